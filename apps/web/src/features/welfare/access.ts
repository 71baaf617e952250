import { hasRight } from '@lao/domain';
import type { ModuleUser } from '../certification/moduleKit';

/**
 * What the pages offer a user, as the API decides it (they never offer what the server refuses): recording for an
 * LAO needs RECORD on WELFARE and the LAO in scope; personal data needs PERSONAL_DATA (masked answers otherwise).
 */
export function recordsFor(user: ModuleUser, lao: { code: string; provinceCode: string }): boolean {
  if (!hasRight(user.rights, 'WELFARE', 'RECORD')) return false;
  if (user.level === 'DEPARTMENT') return true;
  return user.level === 'LAO' ? user.scopeCode === lao.code : user.scopeCode === lao.provinceCode;
}

export const readsPersonal = (user: ModuleUser) => hasRight(user.rights, 'WELFARE', 'PERSONAL_DATA');

/** "ผู้ที่เปิดดูข้อมูลรายนี้": the LAO's own officials and the department (the audit trail's readers for a person). */
export const readsAccessLog = (user: ModuleUser) => user.level === 'DEPARTMENT' || user.level === 'LAO';
