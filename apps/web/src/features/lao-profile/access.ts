import { hasRight, type Rights, type UserLevel } from '@lao/domain';

interface Recorder {
  level: UserLevel;
  scopeCode: string | null;
  rights: Rights;
}

/**
 * May this user change the LAO's contacts? Mirrors the API (updateLocalAuthorityContacts needs REGISTRY RECORD and
 * the LAO in scope: AccessPolicy.assertLao): the LAO itself, the province user of its province, the department.
 * The server decides in the end; this only chooses between the form and the read-only view.
 */
export function mayRecordContacts(user: Recorder | null, lao: { code: string; provinceCode: string }): boolean {
  if (!user || !hasRight(user.rights, 'REGISTRY', 'RECORD')) return false;
  switch (user.level) {
    case 'DEPARTMENT':
      return true;
    case 'PROVINCE':
      return user.scopeCode === lao.provinceCode;
    case 'LAO':
      return user.scopeCode === lao.code;
  }
}
