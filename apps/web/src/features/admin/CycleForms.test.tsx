import { MESSAGES } from '@lao/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { ExtendCycleForm, type ExtendCycleInput } from './CycleForms';

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
