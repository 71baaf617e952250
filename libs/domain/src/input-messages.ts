import type { Lang } from './format';

/** Messages of the shared input checks (safe-text.ts, the API's check of every argument) and their schemas. */
export const INPUT_MESSAGES = {
  'input.outOfRange': {
    th: 'ตัวเลขต้องอยู่ระหว่าง {minimum} ถึง {maximum}',
    en: 'The number must be between {minimum} and {maximum}',
  },
  'eservice.duplicateItem': {
    th: 'ตอบรายการบริการเดียวกันซ้ำในการบันทึกครั้งเดียว',
    en: 'The same service item is answered twice in one save',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * How a message reads when a parameter is missing (a caller forgot it, or a zod issue carried none): the same
 * meaning without the figure, so no one ever reads a raw `{placeholder}`. Messages whose placeholders all sit in
 * brackets or quotes need none: the framed part is left out (message-format.ts).
 */
export const BARE_MESSAGES: Record<string, Record<Lang, string>> = {
  'auth.rateLimited': {
    th: 'พยายามเข้าสู่ระบบหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่',
    en: 'Too many login attempts, please wait a moment and try again',
  },
  'rate.limited': { th: 'มีการเรียกใช้งานมากเกินไป กรุณารอสักครู่แล้วลองใหม่', en: 'Too many requests, please wait a moment and try again' },
  'input.tooLong': { th: 'ข้อความยาวเกินกำหนด', en: 'The text is too long' },
  'input.outOfRange': { th: 'ตัวเลขอยู่นอกช่วงที่รับได้', en: 'The number is out of range' },
  'input.pageTooLarge': { th: 'ขอข้อมูลครั้งละมากเกินกำหนด', en: 'Too many items requested at once' },
  'input.unknownProvince': { th: 'ไม่พบจังหวัดที่ระบุ', en: 'No such province' },
  'input.unknownDistrict': { th: 'ไม่พบอำเภอที่ระบุ', en: 'No such district' },
  'input.unknownLao': { th: 'ไม่พบ อปท. ที่ระบุ', en: 'No such LAO' },
  'query.tooDeep': { th: 'คำขอซ้อนลึกเกินกำหนด', en: 'The query is nested too deeply' },
  'query.tooManyAliases': {
    th: 'คำขอมีชื่อแทน (alias) มากเกินกำหนด กรุณาแบ่งเป็นหลายคำขอ',
    en: 'The query has too many aliases; split it into several requests',
  },
  'query.tooManyRootFields': {
    th: 'คำขอมีรายการหลักมากเกินกำหนด กรุณาแบ่งเป็นหลายคำขอ',
    en: 'The query asks for too many top-level fields; split it into several requests',
  },
  'certification.provincePending': {
    th: 'จังหวัดไม่สามารถรับรองข้อมูลได้ เนื่องจากยังมี อปท. ภายใต้จังหวัดที่ยังไม่ได้ดำเนินการรับรองข้อมูล',
    en: 'The province cannot be certified: some LAOs of the province have not certified their data yet',
  },
  'info.unknownIndicator': { th: 'ไม่พบตัวชี้วัดนี้ในด้านนี้ของปีงบประมาณนี้', en: 'No such indicator in this domain for this fiscal year' },
  'info.noCatalogue': { th: 'ยังไม่มีตัวชี้วัด INFO สำหรับปีงบประมาณนี้', en: 'There are no INFO indicators for this fiscal year' },
  'info.invalidValues': { th: 'ข้อมูลบางรายการไม่ถูกต้อง กรุณาตรวจสอบ', en: 'Some values are not valid; please check them' },
  'info.incomplete': {
    th: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล',
    en: 'Please complete the data before certifying it',
  },
  'info.linkedReadOnly': {
    th: 'ตัวชี้วัดนี้ดึงข้อมูลจากระบบอื่นโดยอัตโนมัติ แก้ไขใน INFO ไม่ได้',
    en: 'This indicator is filled from another module and cannot be changed in INFO',
  },
  'window.closed': { th: 'พ้นกำหนดการบันทึกและรับรองข้อมูลแล้ว', en: 'Recording and certifying have closed' },
  'window.notOpen': { th: 'ยังไม่เปิดให้บันทึกข้อมูลปีงบประมาณนี้', en: 'This fiscal year is not open for recording' },
  'window.notYetOpen': { th: 'ยังไม่ถึงช่วงเวลาบันทึกข้อมูล', en: 'Recording has not opened yet' },
  'eservice.unknownGroup': { th: 'ไม่พบกลุ่มงานบริการนี้ในด้านนี้', en: 'No such group in this side' },
  'eservice.groupRequired': { th: 'ด้านนี้เพิ่มรายการได้ภายใต้กลุ่มงานบริการ', en: 'Items of this side are added under a group' },
  'eservice.invalidAnswers': { th: 'คำตอบบางรายการไม่ถูกต้อง', en: 'Some answers are not valid' },
  'accounts.usernameTaken': { th: 'ชื่อผู้ใช้นี้มีอยู่แล้ว', en: 'The username is taken' },
  'waste.disposal.aboveCollected': {
    th: 'ปริมาณขยะที่ส่งกำจัดรวมมากกว่าปริมาณที่เก็บขนได้',
    en: 'Waste sent to sites exceeds the waste collected',
  },
  'waste.site.inUse': { th: 'ลบไม่ได้: ยังมี อปท. ส่งขยะมาที่สถานที่นี้', en: 'Cannot delete: LAOs still send waste here' },
  'waste.incomplete': { th: 'ยังรับรองไม่ได้: ข้อมูลยังไม่ครบ', en: 'Cannot certify yet: values are missing' },
  'welfare.duplicate': {
    th: 'บุคคลนี้มีสิทธิ์นี้อยู่แล้วที่ อปท. อื่น ลงทะเบียนซ้ำไม่ได้',
    en: 'This person already holds this allowance at an LAO and cannot be registered twice',
  },
};
