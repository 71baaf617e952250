import { MESSAGES } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { addDays, formatDateInputBE, todayBangkok } from '../../ui/dates';
import { extensionDays, fromBangkokInput, toBangkokInput } from './cycleDates';
import { ExtendCycleForm, WindowsForm, type ExtendCycleInput } from './CycleForms';
import type { WindowInput } from './useCycleAdmin';

// The deadline is set from today, so the rules "not before today" and "after the deadline" hold whenever this runs.
const today = todayBangkok();
const deadlineDay = addDays(today, 10);
const deadline = `${deadlineDay}T23:59:59+07:00`;
const later = addDays(today, 40);

describe('ExtendCycleForm', () => {
  it('shows the Thai error under a bad scope code, then submits the API shape once it is valid', async () => {
    const onSubmit = jest.fn<Promise<void>, [ExtendCycleInput]>().mockResolvedValue();
    const user = userEvent.setup();
    renderWithApp(<ExtendCycleForm module="INFO" fiscalYear={2570} deadline={deadline} onSubmit={onSubmit} />);

    const scope = screen.getByLabelText('รหัสจังหวัดหรือ อปท.');
    await user.type(scope, '123');
    await user.type(screen.getByLabelText('ขยายถึงวันที่'), formatDateInputBE(later));
    await user.click(screen.getByRole('button', { name: 'ขยายเวลา' }));

    expect(await screen.findByText(MESSAGES['certification.extensionScope'].th)).toBeInTheDocument();
    expect(scope).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(scope);
    await user.type(scope, '6120601');
    await user.click(screen.getByRole('button', { name: 'ขยายเวลา' }));

    expect(await screen.findByRole('status')).toHaveTextContent('ขยายเวลาให้ 6120601 แล้ว');
    expect(onSubmit).toHaveBeenCalledWith({ module: 'INFO', fiscalYear: 2570, scopeCode: '6120601', until: `${later}T23:59:59+07:00` });
    expect(screen.queryByText(MESSAGES['certification.extensionScope'].th)).not.toBeInTheDocument();
  });

  it('takes the day in the Buddhist Era: 30/06/2570 is 30 June 2027, never the year 3113', async () => {
    const onSubmit = jest.fn<Promise<void>, [ExtendCycleInput]>().mockResolvedValue();
    const user = userEvent.setup();
    // A deadline before 30 June 2027 and before today, so that day is a valid extension whenever this runs.
    const due = '2027-06-15T23:59:59+07:00';
    const until = addDays(today, 1) > '2027-06-30' ? addDays(today, 1) : '2027-06-30';
    renderWithApp(<ExtendCycleForm module="INFO" fiscalYear={2570} deadline={due} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('รหัสจังหวัดหรือ อปท.'), '12');
    await user.type(screen.getByLabelText('ขยายถึงวันที่'), formatDateInputBE(until));
    await user.click(screen.getByRole('button', { name: 'ขยายเวลา' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ module: 'INFO', fiscalYear: 2570, scopeCode: '12', until: `${until}T23:59:59+07:00` }));
  });

  it('refuses a day in the past, and a day not after the deadline it extends', async () => {
    const onSubmit = jest.fn<Promise<void>, [ExtendCycleInput]>().mockResolvedValue();
    const user = userEvent.setup();
    renderWithApp(<ExtendCycleForm module="INFO" fiscalYear={2570} deadline={deadline} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('รหัสจังหวัดหรือ อปท.'), '12');
    const until = screen.getByLabelText('ขยายถึงวันที่');

    await user.type(until, formatDateInputBE(addDays(today, -1)));
    await user.click(screen.getByRole('button', { name: 'ขยายเวลา' }));
    expect(await screen.findByText(MESSAGES['input.dateInPast'].th)).toBeInTheDocument();

    await user.clear(until);
    await user.type(until, formatDateInputBE(deadlineDay));
    await user.click(screen.getByRole('button', { name: 'ขยายเวลา' }));
    expect(await screen.findByText(MESSAGES['window.extensionBeforeDeadline'].th)).toBeInTheDocument();

    // A Christian-Era year is not a date here (the browser picker read 2570 as a Christian year).
    await user.clear(until);
    await user.type(until, '30/06/2027');
    await user.click(screen.getByRole('button', { name: 'ขยายเวลา' }));
    expect(await screen.findByText(MESSAGES['input.date'].th)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('starts from the extension being changed, and the calendar offers only the days the rules allow', async () => {
    const user = userEvent.setup();
    renderWithApp(<ExtendCycleForm module="INFO" fiscalYear={2570} deadline={deadline} initial={{ scopeCode: '12', until: formatDateInputBE(later) }} onSubmit={jest.fn()} />);
    expect(screen.getByLabelText('ขยายถึงวันที่')).toHaveValue(formatDateInputBE(later));
    expect(extensionDays(deadline, today)).toEqual({ min: addDays(deadlineDay, 1), max: addDays(deadlineDay, 366) });
    await user.click(screen.getByRole('button', { name: 'เลือกขยายถึงวันที่จากปฏิทิน' }));
    const calendar = screen.getByRole('dialog', { name: 'ปฏิทิน' });
    expect(within(calendar).getByRole('button', { pressed: true })).toHaveTextContent(String(Number(later.slice(8))));
  });
});

describe('WindowsForm', () => {
  it('starts from the cycle’s windows, checks them by the shared rules, and sends them as Bangkok times', async () => {
    const onSubmit = jest.fn<Promise<void>, [WindowInput[]]>().mockResolvedValue();
    const user = userEvent.setup();
    renderWithApp(<WindowsForm fiscalYear={2570} initial={[{ opensAt: '15/05/2570 08:00', closesAt: '15/06/2570 23:59' }]} onSubmit={onSubmit} />);
    expect(screen.getByLabelText('เปิดวันที่และเวลา')).toHaveValue('15/05/2570 08:00');

    // A second window (LEC has two a year) that closes before it opens is refused under its closing time.
    await user.click(screen.getByRole('button', { name: '+ เพิ่มช่วงเวลา' }));
    const second = screen.getByRole('group', { name: 'ช่วงที่ 2' });
    await user.type(within(second).getByLabelText('เปิดวันที่และเวลา'), '15/11/2570 08:00');
    await user.type(within(second).getByLabelText('ปิดวันที่และเวลา'), '15/10/2570 08:00');
    await user.click(screen.getByRole('button', { name: 'บันทึกช่วงเวลา' }));
    expect(await within(second).findByText(MESSAGES['window.closesBeforeOpens'].th)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(within(second).getByLabelText('เปิดวันที่และเวลา'));
    await user.type(within(second).getByLabelText('เปิดวันที่และเวลา'), '01/10/2570 08:00');
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
          { opensAt: '15/05/2570 08:00', closesAt: '15/06/2570 23:59' },
          { opensAt: '01/06/2570 08:00', closesAt: '15/07/2570 23:59' },
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
  it('shows a moment as the BE date-time field does, in Bangkok, and reads it back', () => {
    expect(toBangkokInput('2027-06-15T16:59:00Z')).toBe('15/06/2570 23:59');
    expect(fromBangkokInput('15/06/2570 23:59')).toBe('2027-06-15T23:59:00+07:00');
    expect(fromBangkokInput('')).toBeNull();
    expect(fromBangkokInput('15/06/2570')).toBeNull();
    expect(fromBangkokInput('2027-06-15T23:59')).toBeNull();
    expect(fromBangkokInput('15/06/2570 24:00')).toBeNull();
  });
});
