import type { Lang } from './format';

/** Welfare's messages (merged into MESSAGES), in the words of the DLA's allowance registration forms. */
export const WELFARE_MESSAGES = {
  'welfare.nationalIdFormat': { th: 'เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลัก', en: 'A national ID has 13 digits' },
  'welfare.nationalIdCheckDigit': {
    th: 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบอีกครั้ง',
    en: 'The national ID is not valid (its check digit does not match)',
  },
  'welfare.dateBuddhistEra': {
    th: 'วันที่ต้องส่งเป็นปี ค.ศ. (เช่น 1966-03-01) ระบบแสดงผลเป็นปี พ.ศ.',
    en: 'Dates are sent in the Christian Era (e.g. 1966-03-01) and shown in the Buddhist Era',
  },
  'welfare.birthDateFuture': { th: 'วันเกิดต้องไม่อยู่ในอนาคต', en: 'The birth date cannot be in the future' },
  'welfare.registeredFuture': { th: 'วันที่ลงทะเบียนต้องไม่อยู่ในอนาคต', en: 'The registration date cannot be in the future' },
  'welfare.registeredBeforeBirth': { th: 'วันที่ลงทะเบียนต้องอยู่หลังวันเกิด', en: 'The registration date must be after the birth date' },
  'welfare.elderlyTooEarly': {
    th: 'ลงทะเบียนเบี้ยยังชีพผู้สูงอายุได้ไม่เกิน 1 ปีก่อนอายุครบ 60 ปี',
    en: 'The elderly allowance can be registered at most a year before the 60th birthday',
  },
  'welfare.bankAccount': { th: 'เลขที่บัญชีธนาคารต้องเป็นตัวเลข 10–12 หลัก', en: 'A bank account number has 10–12 digits' },
  'welfare.bankAccountRequired': { th: 'กรุณากรอกเลขที่บัญชีธนาคารสำหรับการโอนเงิน', en: 'A bank account is needed for a bank transfer' },
  'welfare.disabilityCardRequired': { th: 'กรุณากรอกเลขที่บัตรประจำตัวคนพิการ', en: 'Please enter the disability card number' },
  'welfare.phone': { th: 'หมายเลขโทรศัพท์ต้องขึ้นต้นด้วย 0 และมี 9–10 หลัก', en: 'A phone number starts with 0 and has 9–10 digits' },
  'welfare.villageNo': { th: 'หมู่ที่ต้องเป็นตัวเลข 1–99', en: 'A village number is 1–99' },
  // No placeholder: the message also names the field (extensions.fields), where messages take no parameters.
  'welfare.subdistrict': { th: 'ตำบลต้องอยู่ในเขตพื้นที่ของ อปท. (อำเภอที่ตั้งของ อปท.)', en: "The subdistrict must be in the LAO's area (its district)" },
  'welfare.unknownLao': { th: 'ไม่พบ อปท. ที่ระบุ', en: 'No such LAO' },
  'welfare.duplicate': {
    th: 'บุคคลนี้มีสิทธิ์{type}อยู่แล้วที่ อปท. รหัส {laoCode} ลงทะเบียนซ้ำไม่ได้',
    en: 'This person already holds the {type} at LAO {laoCode}',
  },
  'welfare.unknownBeneficiary': { th: 'ไม่พบผู้มีสิทธิ์รายนี้', en: 'No such beneficiary' },
  'welfare.alreadyEnded': { th: 'สิทธิ์ของผู้มีสิทธิ์รายนี้สิ้นสุดแล้ว', en: 'This enrolment has already ended' },
  'welfare.notActive': { th: 'ผู้มีสิทธิ์รายนี้ไม่ได้อยู่ในสถานะรับเบี้ย', en: 'This enrolment is not active' },
  'welfare.notSuspended': { th: 'ผู้มีสิทธิ์รายนี้ไม่ได้ถูกระงับการจ่าย', en: 'This enrolment is not suspended' },
  'welfare.endedFuture': { th: 'วันที่ต้องไม่อยู่ในอนาคต', en: 'The date cannot be in the future' },
  'welfare.endedBeforeRegistration': { th: 'วันที่สิ้นสุดสิทธิ์ต้องไม่ก่อนวันที่ลงทะเบียน', en: 'An enrolment cannot end before it was registered' },
  'welfare.purposeRequired': { th: 'กรุณาระบุเหตุผลในการเปิดดูอย่างน้อย 5 ตัวอักษร', en: 'Please state the purpose (at least 5 characters)' },
  'welfare.month': { th: 'เดือนต้องเป็น 1–12 (1 = ตุลาคม)', en: 'A month is 1–12 (1 = October)' },
} as const satisfies Record<string, Record<Lang, string>>;
