import { MESSAGES } from '@lao/domain';
import { CATALOGUE, HAS_PLAN, HAZARDS, NOTES, OCCUPATION, SCHOOLS } from './fixtures';
import { formInputToValue, parseNumberInput, sectionFormSchema, toFormValues } from './indicators';

describe('catalogue form values', () => {
  it('reads number text as the API wants it', () => {
    expect(parseNumberInput('')).toBeNull();
    expect(parseNumberInput('   ')).toBeNull();
    expect(parseNumberInput(' 1,234.50 ')).toBe(1234.5);
    expect(parseNumberInput('๒๕')).toBe(25);
    expect(parseNumberInput('-3')).toBe(-3);
    expect(parseNumberInput('12 คัน')).toBe('12 คัน'); // left as text: the schema refuses it
    expect(parseNumberInput('1e3')).toBe('1e3');
  });

  it('converts radios, choices, check boxes and text', () => {
    expect(formInputToValue(HAS_PLAN, 'true')).toBe(true);
    expect(formInputToValue(HAS_PLAN, 'false')).toBe(false);
    expect(formInputToValue(HAS_PLAN, '')).toBeNull();
    expect(formInputToValue(OCCUPATION, '')).toBeNull();
    expect(formInputToValue(HAZARDS, [])).toBeNull();
    expect(formInputToValue(HAZARDS, ['FLOOD'])).toEqual(['FLOOD']);
    expect(formInputToValue(NOTES, 'x')).toBe('x');
  });

  it('validates exactly like the API: typed values out, message keys for bad ones, unknown options refused', () => {
    const schema = sectionFormSchema(CATALOGUE);
    const ok = schema.safeParse({ ...toFormValues(CATALOGUE, new Map()), DS03: '7', DS01: 'true', DS13: '  ' });
    expect(ok.success).toBe(true);
    expect(ok.data).toMatchObject({ DS03: 7, DS01: true, DS09: null, DS11: null, DS07: null, DS13: null });
    expect(ok.data).not.toHaveProperty(SCHOOLS.code); // linked: never sent

    const bad = schema.safeParse({ ...toFormValues(CATALOGUE, new Map()), DS03: '101', ET09: 'CASTLE', DS07: ['FLOOD', 'LAVA'] });
    expect(bad.success).toBe(false);
    const byPath = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.DS03).toBe('info.aboveMaximum');
    expect(byPath.ET09).toBe('info.unknownOption');
    expect(byPath['DS07.1']).toBe('info.unknownOption');
    expect(MESSAGES['info.unknownOption'].th).toBe('กรุณาเลือกจากตัวเลือกที่กำหนด');
  });
});
