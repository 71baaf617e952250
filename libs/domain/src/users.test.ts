import type { z } from 'zod';
import { defaultRights, USER_LEVELS } from './access';
import { updateUserSchema } from './accounts';
import { allowedRights, changePasswordFormSchema, changePasswordSchema, editUserSchema, rightsOutsideLevel, rightsToList, userAccountSchema, userFilterSchema } from './users';

function refusals(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('rights a level may hold', () => {
  it.each(USER_LEVELS)('include the defaults of %s', (level) => {
    expect(rightsOutsideLevel(level, defaultRights(level))).toEqual([]);
  });

  it('keep users and keys to the department, and personal data to the modules that hold it', () => {
    expect(allowedRights('DEPARTMENT').ACCOUNTS).toContain('ADMINISTER');
    expect(rightsOutsideLevel('PROVINCE', { ACCOUNTS: ['VIEW'], INFO: ['PERSONAL_DATA', 'RECORD'], WELFARE: ['PERSONAL_DATA'] })).toEqual(['INFO.PERSONAL_DATA', 'ACCOUNTS.VIEW']);
    expect(rightsOutsideLevel('LAO', { REGISTRY: ['PERSONAL_DATA'], LHR: ['ADMINISTER', 'PERSONAL_DATA'] })).toEqual([]);
    expect(rightsOutsideLevel('DEPARTMENT', { INFO: ['PERSONAL_DATA'], ACCOUNTS: ['ADMINISTER'] })).toEqual([]);
  });
});

describe('an account', () => {
  it.each([
    [{ level: 'LAO', scopeCode: '5120101' }, []],
    [{ level: 'LAO', scopeCode: '12' }, ['scopeCode: accounts.scopeRequired']],
    [{ level: 'PROVINCE', scopeCode: null }, ['scopeCode: accounts.scopeRequired']],
    [{ level: 'DEPARTMENT', scopeCode: '12' }, ['scopeCode: accounts.scopeForbidden']],
    [{ level: 'PROVINCE', scopeCode: '12', rights: { ACCOUNTS: ['ADMINISTER'] } }, ['rights: accounts.rightOutsideLevel']],
  ])('%j refused as %j', (account, expected) => {
    expect(refusals(userAccountSchema, account)).toEqual(expected);
  });

  it('names the rights beyond the level in the refusal', () => {
    const issue = userAccountSchema.safeParse({ level: 'LAO', scopeCode: '5120101', rights: { ACCOUNTS: ['ADMINISTER'] } }).error!.issues[0]!;
    expect(issue).toMatchObject({ code: 'custom', params: { rights: 'ACCOUNTS.ADMINISTER' } });
  });

  it('is edited in the form by the same rules', () => {
    const ok = { displayName: 'สมศรี', level: 'PROVINCE', scopeCode: '12', rights: { INFO: ['VIEW'] } };
    expect(refusals(editUserSchema, ok)).toEqual([]);
    expect(refusals(editUserSchema, { ...ok, displayName: ' ', rights: { ACCOUNTS: ['VIEW'] } })).toEqual(['displayName: input.required', 'rights: accounts.rightOutsideLevel']);
  });

  it('is addressed by id or username in an update', () => {
    expect(refusals(updateUserSchema, { displayName: 'x' })).toEqual(['username: accounts.userRequired']);
    expect(refusals(updateUserSchema, { id: '8a0b0d52-8a52-4c55-9a77-b0a2b0b0c001' })).toEqual([]);
    expect(refusals(updateUserSchema, { id: 'x' })).toEqual(['id: notFound.record']);
  });
});

describe('the users filter', () => {
  it('takes a province, a status, a level and a search', () => {
    expect(refusals(userFilterSchema, { provinceCode: '12', status: 'SUSPENDED', level: 'LAO', search: 'สม' })).toEqual([]);
    expect(refusals(userFilterSchema, { provinceCode: '123' })).toEqual(['provinceCode: input.provinceCode']);
    expect(userFilterSchema.safeParse({ status: 'DELETED' }).success).toBe(false);
  });
});

describe('changing one\'s password', () => {
  it('needs the current one and a new, different one of 8 characters', () => {
    expect(refusals(changePasswordSchema, { currentPassword: 'old-pass-1', newPassword: 'new-pass-1' })).toEqual([]);
    expect(refusals(changePasswordSchema, { currentPassword: '', newPassword: 'short' })).toEqual(['currentPassword: input.required', 'newPassword: accounts.passwordTooShort']);
    expect(refusals(changePasswordSchema, { currentPassword: 'same-pass-1', newPassword: 'same-pass-1' })).toEqual(['newPassword: accounts.passwordUnchanged']);
  });

  it('asks the form for the new password twice', () => {
    expect(refusals(changePasswordFormSchema, { currentPassword: 'old-pass-1', newPassword: 'new-pass-1', confirmPassword: 'new-pass-2' })).toEqual(['confirmPassword: accounts.passwordMismatch']);
  });
});

it('lists rights in module and right order', () => {
  expect(rightsToList({ WASTE: ['CERTIFY', 'VIEW'], INFO: ['VIEW'], ESERVICE: [] })).toEqual([
    { module: 'INFO', rights: ['VIEW'] },
    { module: 'WASTE', rights: ['VIEW', 'CERTIFY'] },
  ]);
});
