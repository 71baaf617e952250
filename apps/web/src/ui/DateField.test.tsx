import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { renderWithApp } from '../test/render';
import { DateField } from './DateField';
import { addDays, formatDateInputBE, formatDay, parseDateBE, parseDateTimeBE, todayBangkok } from './dates';

/** A form with one field, as the pages use it: the form keeps the typed BE text, the page converts it on submit. */
function Harness({ onSubmit, initial = '', min, withTime }: { onSubmit: (iso: string | null) => void; initial?: string; min?: string; withTime?: boolean }) {
  const { register, handleSubmit } = useForm({ defaultValues: { on: initial } });
  return (
    <form onSubmit={(e) => void handleSubmit(({ on }) => onSubmit(withTime ? parseDateTimeBE(on) : parseDateBE(on)))(e)}>
      <DateField id="on" label="วันที่" withTime={withTime} min={min} registration={register('on')} />
      <button type="submit">ส่ง</button>
    </form>
  );
}

describe('DateField', () => {
  it('takes 30/06/2570 typed as a Thai official writes it, and gives 2027-06-30 (not the year 3113)', async () => {
    const onSubmit = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<Harness onSubmit={onSubmit} />);
    const input = screen.getByLabelText('วันที่');
    // A text field, never the browser's Christian-Era date input.
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('placeholder', 'วว/ดด/ปปปป');
    await user.type(input, '30/06/2570');
    await user.click(screen.getByRole('button', { name: 'ส่ง' }));
    expect(onSubmit).toHaveBeenCalledWith('2027-06-30');
  });

  it('shows a calendar in Thai with Buddhist-Era years that writes the chosen day in BE', async () => {
    const onSubmit = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<Harness onSubmit={onSubmit} initial="15/06/2570" />);
    await user.click(screen.getByRole('button', { name: 'เลือกวันที่จากปฏิทิน' }));
    const calendar = screen.getByRole('dialog', { name: 'ปฏิทิน' });
    expect(within(calendar).getByRole('combobox', { name: 'เดือน' })).toHaveDisplayValue('มิถุนายน');
    expect(within(calendar).getByRole('combobox', { name: 'ปี พ.ศ.' })).toHaveDisplayValue('2570');
    expect(within(calendar).getByRole('button', { pressed: true })).toHaveAccessibleName('15 มิ.ย. 2570');

    await user.click(within(calendar).getByRole('button', { name: '30 มิ.ย. 2570' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('วันที่')).toHaveValue('30/06/2570');
    await user.click(screen.getByRole('button', { name: 'ส่ง' }));
    expect(onSubmit).toHaveBeenCalledWith('2027-06-30');
  });

  it('refuses days before its minimum on the calendar (e.g. the past)', async () => {
    const user = userEvent.setup();
    const today = todayBangkok();
    renderWithApp(<Harness onSubmit={jest.fn()} initial={formatDateInputBE(today)} min={today} />);
    await user.click(screen.getByRole('button', { name: 'เลือกวันที่จากปฏิทิน' }));
    const calendar = screen.getByRole('dialog', { name: 'ปฏิทิน' });
    const yesterday = addDays(today, -1);
    // Yesterday may be in the month before; move there when it is.
    if (yesterday.slice(0, 7) !== today.slice(0, 7)) await user.click(within(calendar).getByRole('button', { name: 'เดือนก่อนหน้า' }));
    expect(within(calendar).getByRole('button', { name: `${formatDay(yesterday, 'th')} (เลือกไม่ได้)` })).toBeDisabled();
    if (yesterday.slice(0, 7) !== today.slice(0, 7)) await user.click(within(calendar).getByRole('button', { name: 'เดือนถัดไป' }));
    expect(within(calendar).getByRole('button', { name: formatDay(today, 'th') })).toBeEnabled();
  });

  it('empties with its clear button', async () => {
    const onSubmit = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<Harness onSubmit={onSubmit} initial="30/06/2570" />);
    await user.click(screen.getByRole('button', { name: 'ล้างวันที่' }));
    expect(screen.getByLabelText('วันที่')).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'ล้างวันที่' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'ส่ง' }));
    expect(onSubmit).toHaveBeenCalledWith(null);
  });

  it('with a time, keeps the typed time when a day is picked', async () => {
    const onSubmit = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<Harness onSubmit={onSubmit} initial="15/06/2570 23:59" withTime />);
    await user.click(screen.getByRole('button', { name: 'เลือกวันที่จากปฏิทิน' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '16 มิ.ย. 2570' }));
    expect(screen.getByLabelText('วันที่')).toHaveValue('16/06/2570 23:59');
    await user.click(screen.getByRole('button', { name: 'ส่ง' }));
    expect(onSubmit).toHaveBeenCalledWith('2027-06-16T23:59:00+07:00');
  });
});
