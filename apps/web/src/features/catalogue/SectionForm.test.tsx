import { MESSAGES, type IndicatorValue } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import type { IndicatorValueInput, SectionSaveResult } from './save';
import { SectionForm } from './SectionForm';
import { SectionView } from './SectionView';
import { CATALOGUE, DAMAGE, FIRE_TRUCKS, HAS_PLAN, HAZARDS, NOTES, OCCUPATION, RESCUE } from './fixtures';

function setup(values: Map<string, IndicatorValue> = new Map(), result: SectionSaveResult = { ok: true }, options: { hasNext?: boolean; lang?: 'th' | 'en' } = {}) {
  const onSave = jest.fn<Promise<SectionSaveResult>, [IndicatorValueInput[]]>().mockResolvedValue(result);
  const onSaved = jest.fn<void, [boolean]>();
  const user = userEvent.setup();
  renderWithApp(<SectionForm indicators={CATALOGUE} values={values} onSave={onSave} onSaved={onSaved} hasNext={options.hasNext} />, {
    lang: options.lang ?? 'th',
  });
  return { onSave, onSaved, user };
}

function describedByText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

const save = () => screen.getByRole('button', { name: 'บันทึก' });

describe('SectionForm (generated from the catalogue)', () => {
  it('renders one control per value type, with units, hints, required marks and linked values read-only', () => {
    setup(new Map([['ED01', 3]]));

    // INTEGER: a text box whose description carries the unit and the hint.
    const trucks = screen.getByLabelText('จำนวนรถดับเพลิง');
    expect(trucks).toHaveAttribute('type', 'text');
    expect(trucks).toHaveAttribute('inputmode', 'numeric');
    expect(trucks).toHaveAttribute('aria-required', 'true');
    expect(describedByText(trucks)).toContain('คัน');
    expect(describedByText(trucks)).toContain('นับเฉพาะรถที่ใช้งานได้');
    // DECIMAL, optional.
    const damage = screen.getByLabelText('มูลค่าความเสียหายจากสาธารณภัย');
    expect(damage).toHaveAttribute('inputmode', 'decimal');
    expect(damage).not.toHaveAttribute('aria-required');
    // BOOLEAN: มี / ไม่มี radios.
    const plan = screen.getByRole('radiogroup', { name: HAS_PLAN.labelTh });
    expect(within(plan).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['มี', 'ไม่มี']);
    expect(plan).toHaveAttribute('aria-required', 'true');
    // CHOICE with few options: radios; with many: a drop-down of exactly the catalogue's options.
    const rescue = screen.getByRole('radiogroup', { name: RESCUE.labelTh });
    expect(within(rescue).getAllByRole('radio')).toHaveLength(3);
    const occupation = screen.getByLabelText(OCCUPATION.labelTh);
    expect(occupation.tagName).toBe('SELECT');
    // MULTI_CHOICE: check boxes.
    const hazards = screen.getByRole('group', { name: HAZARDS.labelTh });
    expect(within(hazards).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual(['อุทกภัย', 'ภัยแล้ง', 'วาตภัย']);
    // TEXT: a text area limited to the catalogue's length.
    const notes = screen.getByLabelText(NOTES.labelTh);
    expect(notes.tagName).toBe('TEXTAREA');
    expect(notes).toHaveAttribute('maxlength', '20');
    // Linked from LEC: shown, read-only, saying where it comes from.
    const schools = screen.getByLabelText('จำนวนโรงเรียนสังกัด อปท.');
    expect(schools).toHaveAttribute('readonly');
    expect(schools).toHaveValue('3 แห่ง');
    expect(describedByText(schools)).toContain('ข้อมูลจากระบบ LEC (แก้ไขไม่ได้)');
    // Required labels carry the (drawn) star; the legend explains it.
    expect(screen.getByText(FIRE_TRUCKS.labelTh)).toHaveClass('field__label--required');
    expect(screen.getByText(DAMAGE.labelTh)).not.toHaveClass('field__label--required');
    expect(screen.getByText(/ช่องที่มีเครื่องหมาย \*/)).toBeInTheDocument();
  });

  it('starts from the stored values', () => {
    setup(
      new Map<string, IndicatorValue>([
        ['DS03', 4],
        ['DS09', 1500.5],
        ['DS01', false],
        ['DS11', 'FOUNDATION'],
        ['ET09', 'TRADE'],
        ['DS07', ['FLOOD', 'STORM']],
        ['DS13', 'ซ้อมแผนทุกปี'],
      ]),
    );
    expect(screen.getByLabelText('จำนวนรถดับเพลิง')).toHaveValue('4');
    expect(screen.getByLabelText(DAMAGE.labelTh)).toHaveValue('1500.5');
    expect(within(screen.getByRole('radiogroup', { name: HAS_PLAN.labelTh })).getByLabelText('ไม่มี')).toBeChecked();
    expect(screen.getByLabelText('มูลนิธิหรือองค์กรการกุศล')).toBeChecked();
    expect(screen.getByLabelText(OCCUPATION.labelTh)).toHaveValue('TRADE');
    expect(screen.getByLabelText('อุทกภัย')).toBeChecked();
    expect(screen.getByLabelText('ภัยแล้ง')).not.toBeChecked();
    expect(screen.getByLabelText(NOTES.labelTh)).toHaveValue('ซ้อมแผนทุกปี');
  });

  it('shows the Thai error under a number field holding text, and does not save', async () => {
    const { onSave, user } = setup();
    const trucks = screen.getByLabelText('จำนวนรถดับเพลิง');
    await user.type(trucks, 'สามคัน');
    await user.click(save());

    expect(await screen.findByText(MESSAGES['info.notANumber'].th)).toBeInTheDocument();
    expect(trucks).toHaveAttribute('aria-invalid', 'true');
    expect(describedByText(trucks)).toContain(MESSAGES['info.notANumber'].th);
    expect(trucks).toHaveFocus();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('กรุณาแก้ไขข้อมูลที่ไม่ถูกต้อง 1 รายการ');
  });

  it('refuses a value above the maximum, a fraction in a whole number and too many decimals, naming the limit', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByLabelText('จำนวนรถดับเพลิง'), '150');
    await user.type(screen.getByLabelText(DAMAGE.labelTh), '10.555');
    await user.click(save());

    const trucks = screen.getByLabelText('จำนวนรถดับเพลิง');
    await waitFor(() => expect(trucks).toHaveAttribute('aria-invalid', 'true'));
    expect(describedByText(trucks)).toContain(`${MESSAGES['info.aboveMaximum'].th} (ไม่เกิน 100 คัน)`);
    expect(describedByText(screen.getByLabelText(DAMAGE.labelTh))).toContain(MESSAGES['info.tooManyDecimals'].th);
    expect(onSave).not.toHaveBeenCalled();

    // Fixed in place: the errors go as the user types (re-validation on change).
    await user.clear(trucks);
    await user.type(trucks, '2.5');
    await waitFor(() => expect(describedByText(trucks)).toContain(MESSAGES['info.notAnInteger'].th));
    await user.clear(trucks);
    await user.type(trucks, '100');
    await waitFor(() => expect(trucks).not.toHaveAttribute('aria-invalid'));
  });

  it('offers only the catalogue’s options, so an unknown choice cannot be made', () => {
    setup();
    const select = screen.getByLabelText(OCCUPATION.labelTh);
    expect(within(select).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual([
      '',
      ...(OCCUPATION.options ?? []).map((o) => o.value),
    ]);
    const rescue = screen.getByRole('radiogroup', { name: RESCUE.labelTh });
    expect(within(rescue).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['OWN_UNIT', 'FOUNDATION', 'NONE']);
    expect(within(screen.getByRole('group', { name: HAZARDS.labelTh })).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).value)).toEqual([
      'FLOOD',
      'DROUGHT',
      'STORM',
    ]);
  });

  it('saves typed values in catalogue order: numbers as numbers, empty as null, linked ones not sent', async () => {
    const { onSave, onSaved, user } = setup();
    await user.type(screen.getByLabelText('จำนวนรถดับเพลิง'), ' 12 ');
    await user.click(within(screen.getByRole('radiogroup', { name: HAS_PLAN.labelTh })).getByLabelText('ไม่มี'));
    await user.click(screen.getByLabelText('อปท. จัดตั้งหน่วยกู้ชีพกู้ภัยเอง'));
    await user.selectOptions(screen.getByLabelText(OCCUPATION.labelTh), 'FISHERY');
    await user.click(screen.getByLabelText('อุทกภัย'));
    await user.click(screen.getByLabelText('วาตภัย'));
    await user.type(screen.getByLabelText(NOTES.labelTh), '  ซ้อมแผน  ');
    await user.click(save());

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual([
      { indicatorCode: 'DS03', value: 12 },
      { indicatorCode: 'DS09', value: null },
      { indicatorCode: 'DS01', value: false },
      { indicatorCode: 'DS11', value: 'OWN_UNIT' },
      { indicatorCode: 'ET09', value: 'FISHERY' },
      { indicatorCode: 'DS07', value: ['FLOOD', 'STORM'] },
      { indicatorCode: 'DS13', value: 'ซ้อมแผน' },
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('บันทึกเรียบร้อยแล้ว');
    expect(onSaved).toHaveBeenCalledWith(false);
  });

  it('reads Thai grouping and Thai digits in number fields, and clears a value emptied by the user', async () => {
    const { onSave, user } = setup(new Map<string, IndicatorValue>([['DS03', 5], ['DS07', ['FLOOD']]]));
    await user.clear(screen.getByLabelText('จำนวนรถดับเพลิง'));
    await user.type(screen.getByLabelText(DAMAGE.labelTh), '๑,๒๓๔.๕');
    await user.click(screen.getByLabelText('อุทกภัย'));
    await user.click(save());

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const sent = new Map(onSave.mock.calls[0]?.[0].map((v) => [v.indicatorCode, v.value]));
    expect(sent.get('DS03')).toBeNull();
    expect(sent.get('DS09')).toBe(1234.5);
    expect(sent.get('DS07')).toBeNull();
    expect(sent.has('ED01')).toBe(false);
  });

  it('"save and go to the next section" saves and asks to move on', async () => {
    const { onSave, onSaved, user } = setup(new Map(), { ok: true }, { hasNext: true });
    await user.type(screen.getByLabelText('จำนวนรถดับเพลิง'), '3');
    await user.click(screen.getByRole('button', { name: /บันทึกและไปส่วนถัดไป/ }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(true));
    expect(onSave.mock.calls[0]?.[0][0]).toEqual({ indicatorCode: 'DS03', value: 3 });
  });

  it('puts the server’s field issues on the fields by the index of the values sent', async () => {
    const { user } = setup(new Map(), {
      ok: false,
      message: 'ข้อมูลไม่ถูกต้อง 1 รายการ',
      fields: [{ path: 'values.2.value', message: 'กรุณาเลือก มี หรือ ไม่มี (จากเซิร์ฟเวอร์)' }],
    });
    await user.click(save());
    const plan = screen.getByRole('radiogroup', { name: HAS_PLAN.labelTh });
    await waitFor(() => expect(plan).toHaveAttribute('aria-invalid', 'true'));
    expect(describedByText(plan)).toContain('กรุณาเลือก มี หรือ ไม่มี (จากเซิร์ฟเวอร์)');
    expect(screen.getByLabelText('จำนวนรถดับเพลิง')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('shows a refusal without field issues (certified meanwhile) in an alert', async () => {
    const { user } = setup(new Map(), { ok: false, message: MESSAGES['certification.readOnly'].th });
    await user.click(save());
    expect(await screen.findByRole('alert')).toHaveTextContent(MESSAGES['certification.readOnly'].th);
  });

  it('speaks English when the UI is English', async () => {
    const { user } = setup(new Map(), { ok: true }, { lang: 'en' });
    await user.type(screen.getByLabelText('Fire trucks'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(MESSAGES['info.notANumber'].en)).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: HAS_PLAN.labelTh })).toHaveTextContent(/Yes.*No/);
  });
});

describe('SectionView (read-only)', () => {
  it('shows values as people read them, with Thai grouping, units and labels, and says what is not recorded', () => {
    renderWithApp(
      <SectionView
        indicators={CATALOGUE}
        values={new Map<string, IndicatorValue>([
          ['DS03', 1234],
          ['DS09', 1500000.5],
          ['DS01', true],
          ['DS11', 'NONE'],
          ['DS07', ['FLOOD', 'DROUGHT']],
        ])}
      />,
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    const valueOf = (label: string) => screen.getByText(label, { exact: false, selector: 'dt' }).nextElementSibling?.textContent;
    expect(valueOf('จำนวนรถดับเพลิง')).toBe('1,234 คัน');
    expect(valueOf(DAMAGE.labelTh)).toBe('1,500,000.50 บาท');
    expect(valueOf(HAS_PLAN.labelTh)).toBe('มี');
    expect(valueOf(RESCUE.labelTh)).toBe('ไม่มีหน่วยบริการในพื้นที่');
    expect(valueOf(HAZARDS.labelTh)).toBe('อุทกภัย, ภัยแล้ง');
    expect(valueOf(NOTES.labelTh)).toBe('ยังไม่ได้บันทึก');
  });
});
