import { z } from 'zod';
import { PLATFORM_MODULES } from './access';
import type { Lang } from './format';
import { laoCodeSchema, provinceCodeSchema } from './registry';
import { plainText } from './validation';

/**
 * The audit trail (api-contract.md, "Access: API keys, personal data, audit"): what an entry records. The contract's
 * list, plus ACCESS_DENIED for a refused attempt to read the trail (itself recorded).
 */
export const AUDIT_ACTIONS = [
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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, Record<Lang, string>> = {
  READ_PERSONAL: { th: 'อ่านข้อมูลส่วนบุคคล', en: 'Read personal data' },
  EXPORT_PERSONAL: { th: 'ส่งออกข้อมูลส่วนบุคคล', en: 'Exported personal data' },
  REVEAL: { th: 'เปิดดูเลขประจำตัวประชาชน', en: 'Revealed a national ID' },
  CREATE: { th: 'เพิ่มข้อมูล', en: 'Created' },
  UPDATE: { th: 'แก้ไขข้อมูล', en: 'Updated' },
  DELETE: { th: 'ลบข้อมูล', en: 'Deleted' },
  TRANSITION: { th: 'เปลี่ยนสถานะการรับรองข้อมูล', en: 'Certification step' },
  LOGIN_FAILED: { th: 'เข้าสู่ระบบไม่สำเร็จ', en: 'Failed login' },
  KEY_CREATED: { th: 'สร้างกุญแจ API', en: 'API key created' },
  KEY_REVOKED: { th: 'ยกเลิกกุญแจ API', en: 'API key revoked' },
  ACCESS_DENIED: { th: 'ถูกปฏิเสธการเข้าถึง', en: 'Access denied' },
};

/** What an entry is about (`subjectType`), as the API writes it. Other values may appear; show them as they are. */
export const AUDIT_SUBJECT_TYPE_LABELS: Record<string, Record<Lang, string>> = {
  SUBMISSION: { th: 'ข้อมูลที่ส่งรับรอง', en: 'Submission' },
  CYCLE: { th: 'รอบการบันทึกและรับรองข้อมูล', en: 'Certification cycle' },
  SUBJECT: { th: 'รายการย่อย (โรงเรียน ศูนย์ ฯลฯ)', en: 'Record (school, centre, …)' },
  SUBJECT_GRANT: { th: 'สิทธิ์บันทึกรายการย่อย', en: 'Recording grant' },
  LOCAL_AUTHORITY: { th: 'ข้อมูล อปท.', en: 'LAO' },
  USER: { th: 'บัญชีผู้ใช้', en: 'User account' },
  API_KEY: { th: 'กุญแจ API', en: 'API key' },
  AUDIT_TRAIL: { th: 'ประวัติการใช้งาน', en: 'Audit trail' },
  INFO_ADMINS: { th: 'ผู้ดูแลข้อมูล INFO ของ อปท.', en: "An LAO's INFO administrators" },
  OPERATION: { th: 'คำสั่งที่ถูกปฏิเสธ', en: 'Refused operation' },
};

export function auditSubjectTypeLabel(subjectType: string | null | undefined, lang: Lang): string {
  if (!subjectType) return '';
  return AUDIT_SUBJECT_TYPE_LABELS[subjectType]?.[lang] ?? subjectType;
}

/** A blank text field of a filter form means "any": '' (or spaces) reads as null. */
const blankAsNull = <T extends z.ZodType<string | null | undefined>>(schema: T) =>
  z.union([schema, z.literal('')]).nullish().transform((value) => (value === '' || value == null ? null : (value as string)));

const dateSchema = z.coerce.date({ error: 'input.date' }).refine((d) => !Number.isNaN(d.getTime()), { error: 'input.date' });

/**
 * `AuditFilter` of the `auditTrail` query, validated alike by the API and the SPA's filter form. `from` and `to` are
 * inclusive instants; `provinceCode` is an addition to the contract's filter (the department narrowing to a province).
 */
export const auditFilterSchema = z
  .object({
    module: z.enum(PLATFORM_MODULES).nullish(),
    action: z.enum(AUDIT_ACTIONS).nullish(),
    actor: blankAsNull(plainText(100)),
    laoCode: blankAsNull(laoCodeSchema),
    provinceCode: blankAsNull(provinceCodeSchema),
    subjectId: blankAsNull(plainText(100)),
    from: dateSchema.nullish(),
    to: dateSchema.nullish(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from.getTime() <= filter.to.getTime(), { path: ['to'], error: 'audit.fromAfterTo' });
export type AuditFilterInput = z.input<typeof auditFilterSchema>;
export type AuditFilter = z.output<typeof auditFilterSchema>;
