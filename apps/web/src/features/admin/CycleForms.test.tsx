import { MESSAGES } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { fromBangkokInput, toBangkokInput } from './cycleDates';
import { ExtendCycleForm, WindowsForm, type ExtendCycleInput } from './CycleForms';
import type { WindowInput } from './useCycleAdmin';

describe('ExtendCycleForm', () => {
  it('shows the Thai error under a bad scope code, then submits the API shape once it is valid', async () => {
    const onSubmit = jest.fn<Promise<void>, [ExtendCycleInput]>().mockResolvedValue();
    const user = userEvent.setup();
    renderWithApp(<ExtendCycleForm module="INFO" fiscalYear={2570} onSubmit={onSubmit} />);

    const scope = screen.getByLabelText('รหัสจังหวัดหรือ อปท.');
    await user.type(scope, '123');
    await user.type(screen.getByLabelText('ขยายถึงวันที่'), '2027-01-31');
    await user.click(screen.getByRole('button', { name: 'ขยายเวลา' }));

    expect(await screen.findByText(MESSAGES['certification.extensionScope'].th)).toBeInTheDocument();
    expect(scope).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(scope);
    await user.type(scope, '6120601');
    await user.click(screen.getByRole('button', { name: 'ขยายเวลา' }));

    expect(await screen.findByRole('status')).toHaveTextContent('ขยายเวลาให้ 6120601 แล้ว');
    expect(onSubmit).toHaveBeenCalledWith({ module: 'INFO', fiscalYear: 2570, scopeCode: '6120601', until: '2027-01-31T23:59:59+07:00' });
    expect(screen.queryByText(MESSAGES['certification.extensionScope'].th)).not.toBeInTheDocument();
  });
});

describe('WindowsForm', () => {
  it('starts from the cycle’s windows, checks them by the shared rules, and sends them as Bangkok times', async () => {
    const onSubmit = jest.fn<Promise<void>, [WindowInput[]]>().mockResolvedValue();
    const user = userEvent.setup();
    renderWithApp(<WindowsForm fiscalYear={2570} initial={[{ opensAt: '2027-05-15T08:00', closesAt: '2027-06-15T23:59' }]} onSubmit={onSubmit} />);
    expect(screen.getByLabelText('เปิดวันที่และเวลา')).toHaveValue('2027-05-15T08:00');

    // A second window (LEC has two a year) that closes before it opens is refused under its closing time.
    await user.click(screen.getByRole('button', { name: '+ เพิ่มช่วงเวลา' }));
    const second = screen.getByRole('group', { name: 'ช่วงที่ 2' });
    await user.type(within(second).getByLabelText('เปิดวันที่และเวลา'), '2027-11-15T08:00');
    await user.type(within(second).getByLabelText('ปิดวันที่และเวลา'), '2027-10-15T08:00');
    await user.click(screen.getByRole('button', { name: 'บันทึกช่วงเวลา' }));
    expect(await within(second).findByText(MESSAGES['window.closesBeforeOpens'].th)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(within(second).getByLabelText('เปิดวันที่และเวลา'));
    await user.type(within(second).getByLabelText('เปิดวันที่และเวลา'), '2027-10-01T08:00');
    await user.click(screen.getByRole('button', { name: 'บันทึกช่วงเวลา' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith([
      { opensAt: '2027-05-15T08:00:00+07:00', closesAt: '2027-06-15T23:59:00+07:00' },
      { opensAt: '2027-10-01T08:00:00+07:00', closesAt: '2027-10-15T08:00:00+07:00' },
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('บันทึกช่วงเวลาบันทึกข้อมูลปีงบประมาณ 2570 แล้ว');
  });

  it('refuses overlapping windows', async () => {
    const onSubmit = jest.fn<Promise<void>, [WindowInput[]]>().mockResolvedValue();
    const user = userEvent.setup();
    renderWithApp(
      <WindowsForm
        fiscalYear={2570}
        initial={[
          { opensAt: '2027-05-15T08:00', closesAt: '2027-06-15T23:59' },
          { opensAt: '2027-06-01T08:00', closesAt: '2027-07-15T23:59' },
        ]}
        onSubmit={onSubmit}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'บันทึกช่วงเวลา' }));
    expect(await within(screen.getByRole('group', { name: 'ช่วงที่ 2' })).findByText(MESSAGES['window.overlap'].th)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('cycle times in Bangkok', () => {
  it('shows a moment as Bangkok’s datetime-local value and reads it back', () => {
    expect(toBangkokInput('2027-06-15T16:59:00Z')).toBe('2027-06-15T23:59');
    expect(fromBangkokInput('2027-06-15T23:59')).toBe('2027-06-15T23:59:00+07:00');
    expect(fromBangkokInput('')).toBeNull();
    expect(fromBangkokInput('15/06/2570')).toBeNull();
  });
});
