import type { z } from 'zod';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_SUBJECT_TYPE_LABELS,
  auditFilterSchema,
  auditSubjectTypeLabel,
} from './audit';
import { isMessageKey, translate } from './errors';

/** The refusals of a parse, as "path: message" (message keys for our own rules). */
function refusals(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('audit actions', () => {
  it("are the contract's list plus ACCESS_DENIED", () => {
    expect(AUDIT_ACTIONS).toEqual([
      'READ_PERSONAL',
      'EXPORT_PERSONAL',
      'REVEAL',
      'CREATE',
      'UPDATE',
      'DELETE',
      'TRANSITION',
      'LOGIN_FAILED',
      'KEY_CREATED',
      'KEY_REVOKED',
      'ACCESS_DENIED',
    ]);
  });

  it('label exactly the actions, each distinctly, Thai in Thai script', () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    for (const lang of ['th', 'en'] as const) {
      const words = AUDIT_ACTIONS.map((a) => AUDIT_ACTION_LABELS[a][lang]);
      for (const word of words) expect(word).toMatch(/\S/);
      expect(new Set(words).size).toBe(AUDIT_ACTIONS.length);
    }
    for (const a of AUDIT_ACTIONS) expect(AUDIT_ACTION_LABELS[a].th).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('name subject types in both languages, and show an unknown type as it is', () => {
    const th = Object.values(AUDIT_SUBJECT_TYPE_LABELS).map((l) => l.th);
    expect(new Set(th).size).toBe(th.length);
    expect(auditSubjectTypeLabel('SUBMISSION', 'th')).toBe('ข้อมูลที่ส่งรับรอง');
    expect(auditSubjectTypeLabel('SUBMISSION', 'en')).toBe('Submission');
    expect(auditSubjectTypeLabel('BENEFICIARY', 'th')).toBe('BENEFICIARY');
    expect(auditSubjectTypeLabel(null, 'en')).toBe('');
  });
});

describe('the audit filter', () => {
  it('accepts nothing at all (the whole trail in scope)', () => {
    expect(auditFilterSchema.parse({})).toEqual({ actor: null, laoCode: null, provinceCode: null, subjectId: null });
  });

  it('accepts every field, trims text and reads dates from ISO strings', () => {
    const parsed = auditFilterSchema.parse({
      module: 'INFO',
      action: 'TRANSITION',
      actor: '  prov.12 ',
      laoCode: '5120101',
      provinceCode: '12',
      subjectId: ' 9b2c4d1e-0000-4000-8000-000000000001 ',
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-01-31T23:59:59.999Z',
    });
    expect(parsed).toEqual({
      module: 'INFO',
      action: 'TRANSITION',
      actor: 'prov.12',
      laoCode: '5120101',
      provinceCode: '12',
      subjectId: '9b2c4d1e-0000-4000-8000-000000000001',
      from: new Date('2026-01-01T00:00:00.000Z'),
      to: new Date('2026-01-31T23:59:59.999Z'),
    });
  });

  it('reads blank text fields of a form as "any"', () => {
    expect(auditFilterSchema.parse({ actor: '', laoCode: '', provinceCode: '', subjectId: '   ' })).toEqual({
      actor: null,
      laoCode: null,
      provinceCode: null,
      subjectId: null,
    });
    expect(auditFilterSchema.parse({ actor: null, laoCode: undefined })).toMatchObject({ actor: null, laoCode: null });
  });

  it('accepts from equal to to (one instant), refuses from after to', () => {
    const at = '2026-03-01T10:00:00.000Z';
    expect(auditFilterSchema.safeParse({ from: at, to: at }).success).toBe(true);
    expect(auditFilterSchema.safeParse({ from: at }).success).toBe(true);
    expect(auditFilterSchema.safeParse({ to: at }).success).toBe(true);
    expect(refusals(auditFilterSchema, { from: '2026-03-01T10:00:00.001Z', to: at })).toEqual(['to: audit.fromAfterTo']);
  });

  it.each([
    [{ laoCode: '512010' }, 'laoCode: input.laoCode'],
    [{ laoCode: '51201011' }, 'laoCode: input.laoCode'],
    [{ laoCode: '512O101' }, 'laoCode: input.laoCode'],
    [{ provinceCode: '1' }, 'provinceCode: input.provinceCode'],
    [{ provinceCode: 'ab' }, 'provinceCode: input.provinceCode'],
    [{ from: 'yesterday' }, 'from: input.date'],
    [{ to: '2026-13-45' }, 'to: input.date'],
  ])('refuses %j', (input, refusal) => {
    expect(refusals(auditFilterSchema, input)).toEqual([refusal]);
  });

  it.each([
    [{ module: 'PAYROLL' }, 'module'],
    [{ action: 'DROP' }, 'action'],
    [{ actor: 'x'.repeat(101) }, 'actor'],
    [{ subjectId: 'x'.repeat(101) }, 'subjectId'],
    [{ actor: 'admin\u0000' }, 'actor'],
  ])('refuses %j on %s', (input, path) => {
    const result = auditFilterSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });

  it('accepts 100 characters of actor and subject', () => {
    expect(auditFilterSchema.safeParse({ actor: 'x'.repeat(100), subjectId: 'y'.repeat(100) }).success).toBe(true);
  });
});

describe('audit messages', () => {
  it.each(['audit.fromAfterTo', 'audit.outsideScope', 'audit.apiKeyRefused'])('%s reads in Thai and English', (key) => {
    expect(isMessageKey(key)).toBe(true);
    if (!isMessageKey(key)) return;
    expect(translate(key, 'th')).toMatch(/[\u0E00-\u0E7F]/);
    expect(translate(key, 'en')).toMatch(/^[\x20-\x7E]+$/);
  });
});
