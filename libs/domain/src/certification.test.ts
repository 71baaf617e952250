import { defaultRights, type UserLevel } from './access';
import {
  allowedCertificationActions,
  CERTIFICATION_ACTIONS,
  CERTIFICATION_STATUSES,
  certificationReasonSchema,
  type CertificationAction,
  type CertificationActor,
  type CertificationStatus,
  decideCertification,
  isEditable,
  MAX_REASON_LENGTH,
  needsReason,
  reopensWindow,
  submissionKeySchema,
  yearClosedFor,
} from './certification';

const actor = (level: UserLevel, inScope = true): CertificationActor => ({ level, rights: defaultRights(level), inScope });
const LAO = actor('LAO');
const PROVINCE = actor('PROVINCE');
const DEPARTMENT = actor('DEPARTMENT');
const decide = (action: CertificationAction, who: CertificationActor, status: CertificationStatus, extra: { complete?: boolean; reason?: string | null } = {}) =>
  decideCertification(action, who, { module: 'INFO', status, complete: extra.complete ?? true, reason: extra.reason });

describe('the certification machine: every allowed transition', () => {
  it.each([
    ['CERTIFY', 'LAO', 'DRAFT', 'LAO_CERTIFIED'],
    ['CERTIFY', 'DEPARTMENT', 'DRAFT', 'LAO_CERTIFIED'],
    ['WITHDRAW', 'LAO', 'LAO_CERTIFIED', 'DRAFT'],
    ['WITHDRAW', 'DEPARTMENT', 'LAO_CERTIFIED', 'DRAFT'],
    ['CERTIFY_PROVINCE', 'PROVINCE', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED'],
    ['CERTIFY_PROVINCE', 'DEPARTMENT', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED'],
    ['RETURN', 'PROVINCE', 'LAO_CERTIFIED', 'DRAFT'],
    ['RETURN', 'PROVINCE', 'PROVINCE_CERTIFIED', 'DRAFT'],
    ['RETURN', 'DEPARTMENT', 'LAO_CERTIFIED', 'DRAFT'],
    ['RETURN', 'DEPARTMENT', 'PROVINCE_CERTIFIED', 'DRAFT'],
    ['REOPEN', 'DEPARTMENT', 'PROVINCE_CERTIFIED', 'DRAFT'],
  ] as const)('%s by %s from %s → %s', (action, level, from, to) => {
    expect(decide(action, actor(level), from, { reason: 'ข้อมูลประชากรไม่ตรงกับทะเบียนราษฎร' })).toEqual({ allowed: true, to });
  });
});

describe('every refusal', () => {
  it('refuses anything outside the actor\'s scope first', () => {
    for (const action of CERTIFICATION_ACTIONS) {
      for (const level of ['LAO', 'PROVINCE', 'DEPARTMENT'] as const) {
        expect(decide(action, actor(level, false), 'LAO_CERTIFIED')).toMatchObject({ allowed: false, code: 'FORBIDDEN', messageKey: 'access.outsideScope' });
      }
    }
  });

  it.each([
    ['CERTIFY', 'PROVINCE'],
    ['WITHDRAW', 'PROVINCE'],
    ['CERTIFY_PROVINCE', 'LAO'],
    ['RETURN', 'LAO'],
    ['REOPEN', 'LAO'],
    ['REOPEN', 'PROVINCE'],
  ] as const)('%s is not a step for %s (FORBIDDEN in any status)', (action, level) => {
    for (const status of CERTIFICATION_STATUSES) {
      expect(decide(action, actor(level), status, { reason: 'x' })).toMatchObject({ allowed: false, code: 'FORBIDDEN', messageKey: 'certification.notYourStep' });
    }
  });

  it('refuses an actor without the CERTIFY right on the module', () => {
    const viewer: CertificationActor = { level: 'LAO', rights: { INFO: ['VIEW', 'RECORD'] }, inScope: true };
    expect(decide('CERTIFY', viewer, 'DRAFT')).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    const otherModule: CertificationActor = { level: 'PROVINCE', rights: { ESERVICE: ['VIEW', 'CERTIFY'] }, inScope: true };
    expect(decide('CERTIFY_PROVINCE', otherModule, 'LAO_CERTIFIED')).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
  });

  it.each([
    ['CERTIFY', ['LAO_CERTIFIED', 'PROVINCE_CERTIFIED']],
    ['WITHDRAW', ['DRAFT', 'PROVINCE_CERTIFIED']],
    ['CERTIFY_PROVINCE', ['DRAFT', 'PROVINCE_CERTIFIED']],
    ['RETURN', ['DRAFT']],
    ['REOPEN', ['DRAFT', 'LAO_CERTIFIED']],
  ] as const)('%s from the wrong status is a CONFLICT (the status changed underneath)', (action, statuses) => {
    for (const status of statuses) {
      expect(decide(action, DEPARTMENT, status, { reason: 'x' })).toMatchObject({ allowed: false, code: 'CONFLICT', messageKey: 'certification.wrongStatus' });
    }
  });

  it('refuses to certify an incomplete submission with INCOMPLETE, and only certifying needs completeness', () => {
    expect(decide('CERTIFY', LAO, 'DRAFT', { complete: false })).toMatchObject({ allowed: false, code: 'INCOMPLETE' });
    expect(decide('WITHDRAW', LAO, 'LAO_CERTIFIED', { complete: false })).toEqual({ allowed: true, to: 'DRAFT' });
    expect(decide('RETURN', PROVINCE, 'LAO_CERTIFIED', { complete: false, reason: 'x' })).toEqual({ allowed: true, to: 'DRAFT' });
  });

  it('needs a reason to return or reopen: blank or too long is BAD_USER_INPUT', () => {
    for (const action of ['RETURN', 'REOPEN'] as const) {
      for (const reason of [null, '', '   ', 'ก'.repeat(1001)]) {
        expect(decide(action, DEPARTMENT, 'PROVINCE_CERTIFIED', { reason })).toMatchObject({ allowed: false, code: 'BAD_USER_INPUT' });
      }
    }
  });
});

describe('allowedActions', () => {
  const allowed = (who: CertificationActor, status: CertificationStatus, complete = true) =>
    allowedCertificationActions(who, { module: 'INFO', status, complete });

  it('offers each level exactly its next steps', () => {
    expect(allowed(LAO, 'DRAFT')).toEqual(['CERTIFY']);
    expect(allowed(LAO, 'DRAFT', false)).toEqual([]);
    expect(allowed(LAO, 'LAO_CERTIFIED')).toEqual(['WITHDRAW']);
    expect(allowed(LAO, 'PROVINCE_CERTIFIED')).toEqual([]);
    expect(allowed(PROVINCE, 'DRAFT')).toEqual([]);
    expect(allowed(PROVINCE, 'LAO_CERTIFIED')).toEqual(['CERTIFY_PROVINCE', 'RETURN']);
    expect(allowed(PROVINCE, 'PROVINCE_CERTIFIED')).toEqual(['RETURN']);
    expect(allowed(DEPARTMENT, 'DRAFT')).toEqual(['CERTIFY']);
    expect(allowed(DEPARTMENT, 'LAO_CERTIFIED')).toEqual(['WITHDRAW', 'CERTIFY_PROVINCE', 'RETURN']);
    expect(allowed(DEPARTMENT, 'PROVINCE_CERTIFIED')).toEqual(['RETURN', 'REOPEN']);
  });

  it('offers nothing outside the scope, and nothing to an API-key-like viewer', () => {
    expect(allowed(actor('PROVINCE', false), 'LAO_CERTIFIED')).toEqual([]);
    expect(allowed({ level: 'DEPARTMENT', rights: { INFO: ['VIEW'] }, inScope: true }, 'LAO_CERTIFIED')).toEqual([]);
  });
});

it('keeps only drafts editable', () => {
  expect(CERTIFICATION_STATUSES.filter(isEditable)).toEqual(['DRAFT']);
});

describe('what each refusal says', () => {
  it('names the message of an incomplete submission and of a missing or over-long reason', () => {
    expect(decide('CERTIFY', LAO, 'DRAFT', { complete: false })).toEqual({ allowed: false, code: 'INCOMPLETE', messageKey: 'certification.incomplete' });
    expect(decide('RETURN', PROVINCE, 'LAO_CERTIFIED', { reason: ' ' })).toEqual({ allowed: false, code: 'BAD_USER_INPUT', messageKey: 'certification.reasonRequired' });
    expect(decide('RETURN', PROVINCE, 'LAO_CERTIFIED', { reason: 'ก'.repeat(MAX_REASON_LENGTH + 1) })).toEqual({
      allowed: false,
      code: 'BAD_USER_INPUT',
      messageKey: 'certification.reasonTooLong',
    });
  });

  it('takes a reason of exactly the longest length, counted after trimming', () => {
    expect(decide('REOPEN', DEPARTMENT, 'PROVINCE_CERTIFIED', { reason: 'ก'.repeat(MAX_REASON_LENGTH) })).toEqual({ allowed: true, to: 'DRAFT' });
    expect(decide('REOPEN', DEPARTMENT, 'PROVINCE_CERTIFIED', { reason: `  ${'ก'.repeat(MAX_REASON_LENGTH)}  ` })).toEqual({ allowed: true, to: 'DRAFT' });
  });

  it('asks for a reason exactly when returning or reopening', () => {
    expect(CERTIFICATION_ACTIONS.filter(needsReason)).toEqual(['RETURN', 'REOPEN']);
  });
});

describe('certification inputs', () => {
  it('trims a reason and bounds it', () => {
    expect(certificationReasonSchema.parse('  ยอดประชากรไม่ตรง  ')).toBe('ยอดประชากรไม่ตรง');
    expect(certificationReasonSchema.safeParse('ก'.repeat(MAX_REASON_LENGTH)).success).toBe(true);
    expect(certificationReasonSchema.safeParse('   ').error?.issues.map((i) => i.message)).toEqual(['certification.reasonRequired']);
    expect(certificationReasonSchema.safeParse('ก'.repeat(MAX_REASON_LENGTH + 1)).error?.issues.map((i) => i.message)).toEqual(['certification.reasonTooLong']);
  });

  it('names a submission by module, LAO and fiscal year', () => {
    expect(submissionKeySchema.parse({ module: 'WASTE', laoCode: '5100101', fiscalYear: 2569 })).toEqual({ module: 'WASTE', laoCode: '5100101', fiscalYear: 2569 });
    expect(submissionKeySchema.safeParse({ module: 'REGISTRY', laoCode: '5100101', fiscalYear: 2569 }).success).toBe(false);
    expect(submissionKeySchema.safeParse({ module: 'INFO', laoCode: '51001', fiscalYear: 2569 }).success).toBe(false);
    expect(submissionKeySchema.safeParse({ module: 'INFO', laoCode: '5100101', fiscalYear: 2026 }).error?.issues.map((i) => i.message)).toEqual(['input.fiscalYear']);
  });
});

describe('closed years: only the department returns them, and that re-opens the LAO\'s window', () => {
  const closed = (action: CertificationAction, who: CertificationActor, status: CertificationStatus) =>
    decideCertification(action, who, { module: 'WASTE', status, complete: true, reason: 'ตัวเลขไม่ตรง', yearClosed: true });

  it.each(['LAO_CERTIFIED', 'PROVINCE_CERTIFIED'] as const)('refuses a province returning a closed year from %s (WINDOW_CLOSED)', (status) => {
    expect(closed('RETURN', PROVINCE, status)).toEqual({ allowed: false, code: 'WINDOW_CLOSED', messageKey: 'certification.returnClosedYear' });
    expect(closed('RETURN', DEPARTMENT, status)).toEqual({ allowed: true, to: 'DRAFT' });
  });

  it('leaves every other step of a closed year as it was', () => {
    expect(closed('REOPEN', DEPARTMENT, 'PROVINCE_CERTIFIED')).toEqual({ allowed: true, to: 'DRAFT' });
    expect(closed('CERTIFY_PROVINCE', PROVINCE, 'LAO_CERTIFIED')).toEqual({ allowed: true, to: 'PROVINCE_CERTIFIED' });
    expect(decide('RETURN', PROVINCE, 'LAO_CERTIFIED', { reason: 'x' })).toEqual({ allowed: true, to: 'DRAFT' });
  });

  it('lists what a province and the department may do on a closed year', () => {
    const context = { module: 'INFO' as const, complete: true, yearClosed: true };
    expect(allowedCertificationActions(PROVINCE, { ...context, status: 'LAO_CERTIFIED' })).toEqual(['CERTIFY_PROVINCE']);
    expect(allowedCertificationActions(PROVINCE, { ...context, status: 'PROVINCE_CERTIFIED' })).toEqual([]);
    expect(allowedCertificationActions(DEPARTMENT, { ...context, status: 'PROVINCE_CERTIFIED' })).toEqual(['RETURN', 'REOPEN']);
  });

  it('calls a year closed when its LAO\'s last window has ended, not before it opens, between windows or without a cycle', () => {
    const now = new Date('2026-07-01T00:00:00Z');
    const at = (iso: string) => new Date(iso);
    expect(yearClosedFor({ open: false, opensAt: at('2025-10-01T00:00:00Z'), closesAt: at('2026-06-15T00:00:00Z') }, now)).toBe(true);
    expect(yearClosedFor({ open: true, opensAt: at('2025-10-01T00:00:00Z'), closesAt: at('2026-08-15T00:00:00Z') }, now)).toBe(false);
    expect(yearClosedFor({ open: false, opensAt: at('2026-08-01T00:00:00Z'), closesAt: at('2026-09-01T00:00:00Z') }, now)).toBe(false);
    expect(yearClosedFor({ open: false, opensAt: null, closesAt: null }, now)).toBe(false);
  });

  it('re-opens the window for every step of a closed year back to DRAFT, and only then', () => {
    expect(reopensWindow('RETURN', true)).toBe(true);
    expect(reopensWindow('REOPEN', true)).toBe(true);
    expect(reopensWindow('RETURN', false)).toBe(false);
    expect(reopensWindow('WITHDRAW', true)).toBe(true);
    expect(reopensWindow('CERTIFY', true)).toBe(false);
    expect(reopensWindow('CERTIFY_PROVINCE', true)).toBe(false);
  });
});
