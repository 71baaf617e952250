import type { Lang } from './format';
import { BARE_MESSAGES, INPUT_MESSAGES } from './input-messages';
import { INFO_MESSAGES } from './info-messages';
import { fillMessage } from './message-format';
import { WASTE_MESSAGES } from './waste-messages';
import { USERS_MESSAGES } from './users-messages';
import { WELFARE_MESSAGES } from './welfare-messages';

/** Stable `extensions.code` values partners and the SPA branch on (api-contract.md). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'WINDOW_CLOSED',
  'INCOMPLETE',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  /** A statement ran past the API's time budget (STATEMENT_TIMEOUT_MS) and was cancelled; nothing was written. */
  'TIMEOUT',
  /** No database connection came free in time: the server is overloaded, try again shortly. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every message a person may read, keyed. Zod schemas use these keys as their issue messages so the API and
 * the SPA say the same thing in the same words; `{name}` placeholders are filled from params.
 */
export const MESSAGES = {
  // access
  'auth.invalidCredentials': { th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong username or password' },
  'auth.required': { th: 'กรุณาเข้าสู่ระบบก่อน', en: 'Please log in first' },
  'auth.tokenInvalid': { th: 'การเข้าสู่ระบบหมดอายุ กรุณาเข้าสู่ระบบใหม่', en: 'Your session has expired, please log in again' },
  'auth.apiKeyInvalid': { th: 'กุญแจ API ไม่ถูกต้องหรือถูกยกเลิกแล้ว', en: 'The API key is wrong or has been revoked' },
  'auth.rateLimited': {
    th: 'พยายามเข้าสู่ระบบหลายครั้งเกินไป กรุณารอ {seconds} วินาทีแล้วลองใหม่',
    en: 'Too many login attempts, please wait {seconds} seconds and try again',
  },
  'access.outsideScope': { th: 'ท่านไม่มีสิทธิ์ในข้อมูลของหน่วยงานนี้', en: 'This organisation is outside your scope' },
  'access.missingRight': { th: 'ท่านไม่มีสิทธิ์ดำเนินการนี้', en: 'You do not have the right to do this' },
  'access.apiKeyReadOnly': { th: 'กุญแจ API ใช้อ่านข้อมูลได้เท่านั้น', en: 'API keys are read-only' },
  'access.departmentOnly': { th: 'เฉพาะผู้ดูแลระดับกรมเท่านั้น', en: 'Only department administrators may do this' },
  // general
  'input.invalid': { th: 'ข้อมูลไม่ถูกต้อง', en: 'Invalid input' },
  'input.controlCharacters': { th: 'มีอักขระควบคุมที่ใช้ไม่ได้', en: 'Contains control characters that are not allowed' },
  'input.fiscalYear': { th: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2570', en: 'A fiscal year is a Buddhist-Era year such as 2570' },
  'input.date': { th: 'วันที่ไม่ถูกต้อง', en: 'Invalid date' },
  'input.dateInPast': { th: 'วันที่ต้องไม่ก่อนวันนี้', en: 'The date must not be in the past' },
  'input.required': { th: 'กรุณากรอกข้อมูล', en: 'This field is required' },
  'input.tooLong': { th: 'ยาวเกิน {maximum} ตัวอักษร', en: 'Longer than {maximum} characters' },
  'input.pageTooLarge': {
    th: 'ขอข้อมูลได้ครั้งละไม่เกิน {maximum} รายการ',
    en: 'At most {maximum} items can be requested at once',
  },
  'input.badCursor': { th: 'ตำแหน่งหน้าข้อมูล (after) ไม่ถูกต้อง', en: 'The paging cursor (after) is not valid' },
  'input.unknownProvince': { th: 'ไม่พบจังหวัดรหัส {code}', en: 'No province with code {code}' },
  'input.unknownDistrict': { th: 'ไม่พบอำเภอรหัส {code}', en: 'No district with code {code}' },
  'input.unknownLao': { th: 'ไม่พบ อปท. รหัส {code}', en: 'No LAO with code {code}' },
  'input.provinceCode': { th: 'รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก', en: 'A province code is 2 digits' },
  'input.districtCode': { th: 'รหัสอำเภอต้องเป็นตัวเลข 4 หลัก', en: 'A district code is 4 digits' },
  'input.laoCode': { th: 'รหัส อปท. ต้องเป็นตัวเลข 7 หลัก', en: 'An LAO code is 7 digits' },
  'input.searchTooLong': { th: 'คำค้นยาวเกิน 100 ตัวอักษร', en: 'The search text is longer than 100 characters' },
  'notFound.record': { th: 'ไม่พบข้อมูลที่ต้องการ', en: 'Not found' },
  'query.tooDeep': { th: 'คำขอซ้อนลึกเกิน {maximum} ชั้น', en: 'The query is nested deeper than {maximum} levels' },
  'query.tooCostly': {
    th: 'คำขอใหญ่เกินไป (ต้นทุน {cost} เกินกำหนด {maximum}) กรุณาขอทีละน้อยลง',
    en: 'The query is too large (cost {cost} over the limit {maximum}); ask for fewer items at once',
  },
  'query.tooLong': {
    th: 'คำขอยาวเกินกำหนด ({maximum} หน่วยคำ) กรุณาแบ่งเป็นหลายคำขอ',
    en: 'The query is longer than the limit ({maximum} tokens); split it into several requests',
  },
  'query.tooManyAliases': {
    th: 'คำขอมีชื่อแทน (alias) {count} รายการ เกินกำหนด {maximum} กรุณาแบ่งเป็นหลายคำขอ',
    en: 'The query has {count} aliases, over the limit {maximum}; split it into several requests',
  },
  'query.tooManyRootFields': {
    th: 'คำขอมีรายการหลัก {count} รายการ เกินกำหนด {maximum} กรุณาแบ่งเป็นหลายคำขอ',
    en: 'The query asks for {count} top-level fields, over the limit {maximum}; split it into several requests',
  },
  'query.introspectionLogin': {
    th: 'ดูโครงสร้างของ API ได้เมื่อเข้าสู่ระบบหรือใช้กุญแจ API',
    en: 'Log in or use an API key to read the schema of the API',
  },
  'server.timeout': {
    th: 'คำขอใช้เวลานานเกินกำหนดและถูกยกเลิก กรุณาขอข้อมูลให้น้อยลงแล้วลองใหม่',
    en: 'The request took too long and was cancelled; ask for less at once and try again',
  },
  'server.busy': {
    th: 'ระบบมีผู้ใช้งานมาก กรุณาลองใหม่อีกครั้งในอีกสักครู่',
    en: 'The system is busy, please try again in a moment',
  },
  'server.databaseDown': {
    th: 'ฐานข้อมูลของระบบไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่',
    en: 'The database is temporarily unavailable, please try again in a moment',
  },
  'server.internal': {
    th: 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง',
    en: 'Something went wrong on our side, please try again',
  },
  // contacts (seed 001)
  'contacts.websiteInvalid': {
    th: 'ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th',
    en: 'The website must start with http:// or https://, e.g. https://www.example.go.th',
  },
  'contacts.tooManyAdmins': {
    th: 'บันทึกผู้ดูแลระบบ INFO ได้ไม่เกิน 2 คน',
    en: 'At most two INFO administrators can be recorded',
  },
  'contacts.nameRequired': { th: 'กรุณากรอกชื่อ-นามสกุล', en: 'Please enter the name' },
  'contacts.positionRequired': { th: 'กรุณากรอกตำแหน่ง', en: 'Please enter the position' },
  'contacts.phoneInvalid': {
    th: 'เบอร์โทรศัพท์ต้องเป็นตัวเลข 9–10 หลัก เช่น 02 123 4567 หรือ 081 234 5678 (ต่อได้ด้วย ต่อ 123)',
    en: 'A phone number is 9–10 digits, e.g. 02 123 4567 or 081 234 5678 (an extension may follow: ext 123)',
  },
  // certification (shared by every module)
  'certification.notYourStep': {
    th: 'ท่านไม่มีสิทธิ์ดำเนินการขั้นตอนการรับรองนี้',
    en: 'This certification step is not yours to take',
  },
  'certification.wrongStatus': {
    th: 'สถานะการรับรองข้อมูลเปลี่ยนไปแล้ว ไม่สามารถดำเนินการนี้ได้ กรุณาโหลดหน้าใหม่',
    en: 'The certification status does not allow this (it may have just changed); please reload',
  },
  'certification.incomplete': {
    th: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล',
    en: 'Please complete the data before certifying it',
  },
  'certification.incompleteSections': {
    th: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล (ยังไม่ครบ: {sections})',
    en: 'Please complete the data before certifying it (incomplete: {sections})',
  },
  'certification.reasonRequired': { th: 'กรุณาระบุเหตุผล', en: 'Please give a reason' },
  'certification.reasonTooLong': { th: 'เหตุผลยาวเกิน 1,000 ตัวอักษร', en: 'The reason is longer than 1,000 characters' },
  'certification.readOnly': {
    th: 'ข้อมูลได้รับการรับรองแล้ว แก้ไขไม่ได้ หากต้องการแก้ไขให้ยกเลิกการรับรองก่อน',
    en: 'The data is certified and read-only; withdraw or reopen the certification to change it',
  },
  'certification.provincePending': {
    th: 'จังหวัดไม่สามารถรับรองข้อมูลได้ เนื่องจาก มี {count} อปท. ภายใต้จังหวัด ยังไม่ได้ดำเนินการรับรองข้อมูล',
    en: 'The province cannot be certified: {count} LAOs of the province have not certified their data yet',
  },
  'certification.returnClosedYear': {
    th: 'ปีงบประมาณนี้ปิดรับข้อมูลแล้ว จังหวัดส่งคืนให้ อปท. แก้ไขไม่ได้ กรุณาแจ้งกรมส่งเสริมการปกครองท้องถิ่นให้ส่งคืนหรือเปิดให้แก้ไข (อปท. จะได้รับการขยายเวลาเพื่อรับรองข้อมูลใหม่)',
    en: 'The entry window of this year has closed, so a province can no longer return it; ask the department to return or reopen it (the LAO then gets an extension to certify again)',
  },
  'certification.extensionScope': {
    th: 'ขยายเวลาได้ให้จังหวัด (รหัส 2 หลัก) หรือ อปท. (รหัส 7 หลัก)',
    en: 'An extension is for a province (2 digits) or an LAO (7 digits)',
  },
  // accounts
  'accounts.usernameTaken': { th: 'ชื่อผู้ใช้ {username} มีอยู่แล้ว', en: 'The username {username} is taken' },
  'accounts.usernameInvalid': {
    th: 'ชื่อผู้ใช้ใช้ได้เฉพาะ a-z 0-9 . _ - ยาว 3–64 ตัวอักษร',
    en: 'A username uses only a-z 0-9 . _ - and is 3–64 characters long',
  },
  'accounts.passwordTooShort': { th: 'รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร', en: 'A password has at least 8 characters' },
  'accounts.scopeRequired': {
    th: 'ผู้ใช้ระดับจังหวัดต้องมีรหัสจังหวัด 2 หลัก ระดับ อปท. ต้องมีรหัส อปท. 7 หลัก',
    en: 'A province user needs a 2-digit province code, an LAO user a 7-digit LAO code',
  },
  'accounts.scopeForbidden': { th: 'ผู้ใช้ระดับกรมไม่มีรหัสพื้นที่', en: 'A department user has no scope code' },
  'accounts.cannotDisableSelf': { th: 'ไม่สามารถระงับบัญชีของตนเองได้', en: 'You cannot disable your own account' },
  'accounts.apiKeyModule': { th: 'ระบบที่ให้สิทธิ์กุญแจไม่ถูกต้องหรือซ้ำกัน', en: 'A module of the key is unknown or repeated' },
  'accounts.apiKeyViewOnly': { th: 'กุญแจ API ได้รับสิทธิ์ดูข้อมูลเท่านั้น', en: 'API keys are given VIEW only' },
  'accounts.apiKeyExpiryPast': { th: 'วันหมดอายุต้องอยู่ในอนาคต', en: 'The expiry must be in the future' },
  'auth.apiKeyExpired': { th: 'กุญแจ API หมดอายุแล้ว', en: 'The API key has expired' },
  'access.apiKeyModule': { th: 'กุญแจ API นี้ไม่ได้รับสิทธิ์ดูข้อมูลระบบนี้', en: 'This API key may not read this module' },
  'rate.limited': {
    th: 'มีการเรียกใช้งานมากเกินไป กรุณารอ {seconds} วินาทีแล้วลองใหม่',
    en: 'Too many requests, please wait {seconds} seconds and try again',
  },
  'accounts.apiKeyNameRequired': { th: 'กรุณาตั้งชื่อหน่วยงานผู้ใช้กุญแจ', en: 'Please name the agency using the key' },
  // audit trail
  'audit.fromAfterTo': { th: 'วันที่เริ่มต้นต้องไม่อยู่หลังวันที่สิ้นสุด', en: 'The start must not be after the end' },
  'audit.outsideScope': {
    th: 'ท่านไม่มีสิทธิ์ดูประวัติการใช้งานของหน่วยงานนี้',
    en: "This organisation's audit trail is outside your scope",
  },
  'audit.apiKeyRefused': { th: 'กุญแจ API ไม่สามารถอ่านประวัติการใช้งานได้', en: 'API keys cannot read the audit trail' },
  ...INFO_MESSAGES,
  ...WASTE_MESSAGES,
  ...WELFARE_MESSAGES,
  ...USERS_MESSAGES,
  ...INPUT_MESSAGES,
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, value);
}

/** Values for a message's placeholders; a value that reads differently per language (a date) gives both. */
export type MessageParams = Record<string, string | number | Record<Lang, string>>;

export function translate(key: MessageKey, lang: Lang, params: MessageParams = {}): string {
  // A missing parameter is never shown raw: see fillMessage.
  return fillMessage(MESSAGES[key][lang], lang, params, BARE_MESSAGES[key]?.[lang]);
}

/** Language from an Accept-Language header: Thai unless English is preferred over Thai. */
export function langFromAcceptLanguage(header: string | undefined | null): Lang {
  if (!header) return 'th';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag.startsWith('th') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'th';
}
