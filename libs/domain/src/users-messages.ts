import type { Lang } from './format';

/** User administration's messages (merged into MESSAGES): editing accounts, resets and changing one's password. */
export const USERS_MESSAGES = {
  'accounts.userRequired': { th: 'กรุณาระบุผู้ใช้ (id หรือชื่อผู้ใช้)', en: 'Name the user (id or username)' },
  'accounts.rightOutsideLevel': {
    th: 'สิทธิ์ที่เลือกเกินกว่าที่ผู้ใช้ระดับนี้มีได้ ({rights})',
    en: 'Some rights are beyond what a user of this level may hold ({rights})',
  },
  'accounts.cannotDemoteSelf': {
    th: 'ไม่สามารถถอนสิทธิ์ผู้ดูแลบัญชีผู้ใช้ หรือเปลี่ยนระดับของบัญชีตนเองได้',
    en: 'You cannot remove your own account-administration right or change your own level',
  },
  'accounts.cannotResetSelf': {
    th: 'ไม่สามารถตั้งรหัสผ่านชั่วคราวให้บัญชีของตนเองได้ กรุณาใช้เมนูเปลี่ยนรหัสผ่าน',
    en: 'You cannot reset your own password; change it instead',
  },
  'accounts.currentPasswordWrong': { th: 'รหัสผ่านปัจจุบันไม่ถูกต้อง', en: 'The current password is wrong' },
  'accounts.passwordUnchanged': { th: 'รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม', en: 'The new password must differ from the current one' },
  'accounts.passwordMismatch': { th: 'ยืนยันรหัสผ่านใหม่ไม่ตรงกัน', en: 'The two new passwords differ' },
  'accounts.passwordChangeRequired': {
    th: 'กรุณาเปลี่ยนรหัสผ่านชั่วคราวก่อนใช้งานระบบ',
    en: 'Please change your temporary password before using the system',
  },
} as const satisfies Record<string, Record<Lang, string>>;
