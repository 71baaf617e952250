import { defaultRights, hasRight } from './access';
import { apiKeyModules, createApiKeySchema } from './accounts';

describe('createApiKeySchema', () => {
  const messages = (v: object) => (createApiKeySchema.safeParse(v).error?.issues ?? []).map((i) => i.message);
  it('takes VIEW on named modules, a province and a future expiry', () => {
    const future = new Date(Date.now() + 86_400_000);
    const parsed = createApiKeySchema.parse({ name: 'กรมอนามัย', rights: [{ module: 'INFO', rights: ['VIEW'] }], provinceCode: '12', expiresAt: future.toISOString() });
    expect(parsed).toEqual({ name: 'กรมอนามัย', rights: [{ module: 'INFO', rights: ['VIEW'] }], provinceCode: '12', expiresAt: future });
    expect(apiKeyModules(parsed)).toEqual(['INFO']);
    expect(apiKeyModules(createApiKeySchema.parse({ name: 'กรมอนามัย' }))).toEqual(['REGISTRY', 'INFO', 'ESERVICE', 'WASTE']);
  });
  it('refuses other rights, unknown or repeated modules, a bad province, a past expiry', () => {
    expect(messages({ name: 'x', rights: [{ module: 'INFO', rights: ['RECORD'] }] })).toEqual(['accounts.apiKeyViewOnly']);
    expect(messages({ name: 'x', rights: [{ module: 'INFO', rights: [] }] })).toEqual(['accounts.apiKeyViewOnly']);
    expect(messages({ name: 'x', rights: [{ module: 'INFO', rights: ['VIEW', 'VIEW'] }] })).toEqual(['accounts.apiKeyViewOnly']);
    expect(messages({ name: 'x', rights: [{ module: 'NOPE', rights: ['VIEW'] }] })).toEqual(['accounts.apiKeyModule']);
    // Users and keys are the department's own business, never a partner's.
    expect(messages({ name: 'x', rights: [{ module: 'ACCOUNTS', rights: ['VIEW'] }] })).toEqual(['accounts.apiKeyModule']);
    expect(messages({ name: 'x', rights: [{ module: 'INFO', rights: ['VIEW'] }, { module: 'INFO', rights: ['VIEW'] }] })).toEqual(['accounts.apiKeyModule']);
    expect(messages({ name: 'x', provinceCode: '123' })).toEqual(['input.unknownProvince']);
    expect(messages({ name: 'x', expiresAt: new Date(Date.now() - 1000).toISOString() })).toEqual(['accounts.apiKeyExpiryPast']);
    expect(messages({ name: 'x', expiresAt: 'soon' })).toEqual(['input.date']);
    expect(messages({ name: '' })).toEqual(['accounts.apiKeyNameRequired']);
  });
});

describe('PERSONAL_DATA by default', () => {
  it('goes to LAOs on the registry, Welfare and LHR, to the department everywhere, never to provinces', () => {
    const lao = defaultRights('LAO');
    expect(['REGISTRY', 'WELFARE', 'LHR'].map((m) => hasRight(lao, m as 'REGISTRY', 'PERSONAL_DATA'))).toEqual([true, true, true]);
    expect(hasRight(lao, 'INFO', 'PERSONAL_DATA')).toBe(false);
    expect(hasRight(defaultRights('DEPARTMENT'), 'INFO', 'PERSONAL_DATA')).toBe(true);
    expect(Object.values(defaultRights('PROVINCE')).some((r) => r?.includes('PERSONAL_DATA'))).toBe(false);
  });
});
