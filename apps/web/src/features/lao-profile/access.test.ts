import { defaultRights } from '@lao/domain';
import { mayRecordContacts } from './access';

const lao = { code: '1200101', provinceCode: '12' };

describe('mayRecordContacts (mirrors the API rule)', () => {
  it('lets the LAO itself, its province and the department record, with REGISTRY RECORD', () => {
    expect(mayRecordContacts({ level: 'LAO', scopeCode: '1200101', rights: defaultRights('LAO') }, lao)).toBe(true);
    expect(mayRecordContacts({ level: 'PROVINCE', scopeCode: '12', rights: defaultRights('PROVINCE') }, lao)).toBe(true);
    expect(mayRecordContacts({ level: 'DEPARTMENT', scopeCode: null, rights: defaultRights('DEPARTMENT') }, lao)).toBe(true);
  });

  it('refuses other LAOs, other provinces, missing rights and nobody', () => {
    expect(mayRecordContacts({ level: 'LAO', scopeCode: '1200102', rights: defaultRights('LAO') }, lao)).toBe(false);
    expect(mayRecordContacts({ level: 'PROVINCE', scopeCode: '13', rights: defaultRights('PROVINCE') }, lao)).toBe(false);
    expect(mayRecordContacts({ level: 'LAO', scopeCode: '1200101', rights: { REGISTRY: ['VIEW'], INFO: ['RECORD'] } }, lao)).toBe(false);
    expect(mayRecordContacts(null, lao)).toBe(false);
  });
});
