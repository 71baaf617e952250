import { MESSAGES } from '@lao/domain';
import { schemaResolver } from '../../ui/forms';
import {
  auditFormSchema,
  EMPTY_AUDIT_FILTER,
  formValuesOf,
  readAuditFilter,
  toApiAuditFilter,
  urlFilterOf,
  writeAuditFilter,
  type AuditFormValues,
} from './filters';

const FULL = {
  module: 'REGISTRY',
  action: 'READ_PERSONAL',
  actor: 'admin',
  laoCode: '6120601',
  subjectId: 'abc',
  from: '2026-11-01',
  to: '2026-11-30',
} as const;

describe('the audit filter in the address', () => {
  it('reads every field from its parameter and writes it back the same way', () => {
    const params = new URLSearchParams('module=REGISTRY&action=READ_PERSONAL&actor=admin&lao=6120601&subject=abc&from=2026-11-01&to=2026-11-30');
    expect(readAuditFilter(params)).toEqual(FULL);
    expect(writeAuditFilter(new URLSearchParams(), FULL).toString()).toBe(params.toString());
  });

  it('drops what the form could not have written: an unknown module or action, a day that is not one', () => {
    const params = new URLSearchParams('module=NOPE&action=DROP_TABLE&from=2026-02-30&to=31/12/2569&lao=%206120601%20');
    expect(readAuditFilter(params)).toEqual({ ...EMPTY_AUDIT_FILTER, laoCode: '6120601' });
  });

  it('keeps other parameters and removes the fields that are cleared', () => {
    const next = writeAuditFilter(new URLSearchParams('lao=6120601&action=REVEAL&other=1'), { ...EMPTY_AUDIT_FILTER, action: 'UPDATE' });
    expect(next.toString()).toBe('action=UPDATE&other=1');
  });

  it('asks the API for whole Bangkok days and only the fields set', () => {
    expect(toApiAuditFilter(FULL)).toEqual({
      module: 'REGISTRY',
      action: 'READ_PERSONAL',
      actor: 'admin',
      laoCode: '6120601',
      subjectId: 'abc',
      from: '2026-11-01T00:00:00.000+07:00',
      to: '2026-11-30T23:59:59.999+07:00',
    });
    expect(toApiAuditFilter(EMPTY_AUDIT_FILTER)).toEqual({});
  });
});

describe('the audit filter form', () => {
  const resolve = async (values: AuditFormValues) => schemaResolver(auditFormSchema)(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  const messageOf = async (values: AuditFormValues, field: keyof AuditFormValues) => (await resolve(values)).errors[field]?.message;

  it('shows the address’s days in the Buddhist Era and reads them back', () => {
    const values = formValuesOf(FULL);
    expect(values.from).toBe('01/11/2569');
    expect(values.to).toBe('30/11/2569');
    expect(urlFilterOf(values)).toEqual(FULL);
  });

  it('accepts a good filter', async () => {
    expect((await resolve(formValuesOf(FULL))).errors).toEqual({});
  });

  it('refuses a day that is not a BE day, an LAO code that is not seven digits, and a start after the end', async () => {
    const values = formValuesOf(FULL);
    expect(await messageOf({ ...values, from: '31/02/2569' }, 'from')).toBe('input.date');
    expect(await messageOf({ ...values, to: '30/11/2026' }, 'to')).toBe('input.date');
    expect(await messageOf({ ...values, laoCode: '612' }, 'laoCode')).toBe('input.laoCode');
    expect(await messageOf({ ...values, from: '01/12/2569' }, 'to')).toBe('audit.fromAfterTo');
    expect(MESSAGES['audit.fromAfterTo'].th).toBe('วันที่เริ่มต้นต้องไม่อยู่หลังวันที่สิ้นสุด');
  });
});
