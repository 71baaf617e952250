import { apiKeyModules, createApiKeySchema, createUserSchema, loginSchema, passwordSchema, rightsSchema, updateUserSchema, usernameSchema } from './accounts';
import type { z } from 'zod';
import { RIGHTS } from './access';

/** The refusals of a parse, as "path: message" (message keys for our own rules). */
function refusals(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('usernames', () => {
  it('are kept trimmed and in lower case', () => {
    expect(usernameSchema.parse('  Somchai.J  ')).toBe('somchai.j');
  });

  it.each(['abc', 'a'.repeat(64), 'lao_5100101', 'p-10.admin', '007'])('accept %s', (name) => {
    expect(usernameSchema.safeParse(name).success).toBe(true);
  });

  it.each(['ab', 'a'.repeat(65), 'som chai', 'สมชาย', 'user@example', 'x/../y'])('refuse %s', (name) => {
    expect(refusals(usernameSchema, name)).toEqual([': accounts.usernameInvalid']);
  });
});

describe('passwords', () => {
  it('need at least 8 characters and at most 200', () => {
    expect(passwordSchema.safeParse('12345678').success).toBe(true);
    expect(passwordSchema.safeParse('x'.repeat(200)).success).toBe(true);
    expect(refusals(passwordSchema, '1234567')).toEqual([': accounts.passwordTooShort']);
    expect(passwordSchema.safeParse('x'.repeat(201)).success).toBe(false);
  });
});

describe('rights', () => {
  it('name known modules and known rights, each at most once per right', () => {
    expect(rightsSchema.parse({ INFO: ['VIEW', 'CERTIFY'], ACCOUNTS: ['ADMINISTER'] })).toEqual({ INFO: ['VIEW', 'CERTIFY'], ACCOUNTS: ['ADMINISTER'] });
    expect(rightsSchema.safeParse({ INFO: [...RIGHTS] }).success).toBe(true);
    expect(rightsSchema.safeParse({ INFO: [...RIGHTS, 'VIEW'] }).success).toBe(false);
    expect(rightsSchema.safeParse({ PAYROLL: ['VIEW'] }).success).toBe(false);
    expect(rightsSchema.safeParse({ INFO: ['DELETE'] }).success).toBe(false);
  });
});

describe('creating a user', () => {
  const user = { username: 'lao5100101', password: 'correct horse', displayName: 'อบต.บางพลี' };

  it.each([
    ['a department user without a scope', { level: 'DEPARTMENT' }],
    ['a department user with an empty scope', { level: 'DEPARTMENT', scopeCode: '  ' }],
    ['a province user', { level: 'PROVINCE', scopeCode: '10' }],
    ['an LAO user', { level: 'LAO', scopeCode: ' 5100101 ' }],
    ['explicit rights', { level: 'LAO', scopeCode: '5100101', rights: { INFO: ['VIEW'] } }],
  ])('accepts %s', (_, extra) => {
    expect(refusals(createUserSchema, { ...user, ...extra })).toEqual([]);
  });

  it('keeps the scope code trimmed', () => {
    expect(createUserSchema.parse({ ...user, level: 'LAO', scopeCode: ' 5100101 ' }).scopeCode).toBe('5100101');
  });

  it.each([
    ['a department user with a scope', { level: 'DEPARTMENT', scopeCode: '10' }, 'scopeCode: accounts.scopeForbidden'],
    ['a province user without a scope', { level: 'PROVINCE' }, 'scopeCode: accounts.scopeRequired'],
    ['a province user with an LAO code', { level: 'PROVINCE', scopeCode: '5100101' }, 'scopeCode: accounts.scopeRequired'],
    ['a province user with a three-digit code', { level: 'PROVINCE', scopeCode: '101' }, 'scopeCode: accounts.scopeRequired'],
    ['an LAO user without a scope', { level: 'LAO', scopeCode: null }, 'scopeCode: accounts.scopeRequired'],
    ['an LAO user with a province code', { level: 'LAO', scopeCode: '10' }, 'scopeCode: accounts.scopeRequired'],
    ['an LAO user with eight digits', { level: 'LAO', scopeCode: '51001011' }, 'scopeCode: accounts.scopeRequired'],
    ['a blank display name', { level: 'DEPARTMENT', displayName: '   ' }, 'displayName: input.required'],
    ['a short password', { level: 'DEPARTMENT', password: 'short' }, 'password: accounts.passwordTooShort'],
    ['a bad username', { level: 'DEPARTMENT', username: 'a b' }, 'username: accounts.usernameInvalid'],
  ])('refuses %s', (_, extra, refusal) => {
    expect(refusals(createUserSchema, { ...user, ...extra })).toEqual([refusal]);
  });

  it('raises a wrong scope as a custom issue on the scope code', () => {
    for (const extra of [{ level: 'DEPARTMENT', scopeCode: '10' }, { level: 'PROVINCE', scopeCode: '1' }, { level: 'LAO', scopeCode: '1' }]) {
      expect(createUserSchema.safeParse({ ...user, ...extra }).error?.issues).toEqual([expect.objectContaining({ code: 'custom', path: ['scopeCode'] })]);
    }
  });

  it('refuses an unknown level and a display name over 200 characters', () => {
    expect(createUserSchema.safeParse({ ...user, level: 'DISTRICT' }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...user, level: 'DEPARTMENT', displayName: 'ก'.repeat(201) }).success).toBe(false);
  });
});

describe('updating a user', () => {
  it('changes only what is given', () => {
    expect(updateUserSchema.parse({ username: 'Lao5100101' })).toEqual({ username: 'lao5100101' });
    expect(refusals(updateUserSchema, { username: 'lao5100101', displayName: null, password: null, rights: null, active: null })).toEqual([]);
    expect(updateUserSchema.parse({ username: 'lao5100101', active: false, rights: { INFO: ['VIEW'] } })).toEqual({
      username: 'lao5100101',
      active: false,
      rights: { INFO: ['VIEW'] },
    });
  });

  it('checks what is given by the same rules as creating', () => {
    expect(refusals(updateUserSchema, { username: 'lao5100101', displayName: ' ' })).toEqual(['displayName: input.required']);
    expect(refusals(updateUserSchema, { username: 'lao5100101', password: 'short' })).toEqual(['password: accounts.passwordTooShort']);
    expect(updateUserSchema.safeParse({ username: 'lao5100101', active: 'yes' }).success).toBe(false);
    expect(updateUserSchema.safeParse({ username: 'lao5100101', rights: { INFO: ['DELETE'] } }).success).toBe(false);
  });
});

describe('API keys and logging in', () => {
  it('names an API key after the agency using it', () => {
    expect(createApiKeySchema.parse({ name: '  สำนักงานสถิติแห่งชาติ ' })).toEqual({ name: 'สำนักงานสถิติแห่งชาติ' });
    expect(refusals(createApiKeySchema, { name: '  ' })).toEqual(['name: accounts.apiKeyNameRequired']);
    expect(createApiKeySchema.safeParse({ name: 'x'.repeat(201) }).success).toBe(false);
  });

  it('logs in case-insensitively on the username, with the password as typed', () => {
    expect(loginSchema.parse({ username: ' Admin ', password: ' Secret ' })).toEqual({ username: 'admin', password: ' Secret ' });
    expect(loginSchema.safeParse({ username: '', password: 'x' }).success).toBe(false);
    expect(loginSchema.safeParse({ username: 'admin', password: '' }).success).toBe(false);
    expect(loginSchema.safeParse({ username: 'admin', password: 'x'.repeat(201) }).success).toBe(false);
    expect(loginSchema.safeParse({ username: 'a'.repeat(65), password: 'x' }).success).toBe(false);
    expect(loginSchema.safeParse({ username: 'admin', password: 'x'.repeat(200) }).success).toBe(true);
  });
});

describe('API keys for partner agencies (beyond api-keys.test.ts)', () => {
  const refused = (extra: object) => createApiKeySchema.safeParse({ name: 'สำนักงานสถิติแห่งชาติ', ...extra }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('take null for every optional field, and a province of exactly two digits', () => {
    expect(refused({ provinceCode: null, expiresAt: null, rights: null })).toEqual([]);
    expect(refused({ provinceCode: '1' })).toEqual(['provinceCode: input.unknownProvince']);
    expect(refused({ provinceCode: 'ab' })).toEqual(['provinceCode: input.unknownProvince']);
  });

  it('take several different modules', () => {
    expect(refused({ rights: [{ module: 'WELFARE', rights: ['VIEW'] }, { module: 'INFO', rights: ['VIEW'] }] })).toEqual([]);
  });

  it('read no module when the key names none', () => {
    expect(apiKeyModules({ rights: [] })).toEqual([]);
  });
});
