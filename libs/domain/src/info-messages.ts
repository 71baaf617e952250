import type { Lang } from './format';

/** INFO's and the e-Service survey's messages (merged into MESSAGES): their rules in the words of seeds 001 and 002. */
export const INFO_MESSAGES = {
  // INFO
  'info.notANumber': { th: 'กรุณากรอกเป็นตัวเลข', en: 'Please enter a number' },
  'info.notAnInteger': { th: 'กรุณากรอกเป็นจำนวนเต็ม', en: 'Please enter a whole number' },
  'info.belowMinimum': { th: 'ค่าน้อยกว่าที่กำหนด', en: 'The value is below the minimum' },
  'info.aboveMaximum': { th: 'ค่ามากกว่าที่กำหนด', en: 'The value is above the maximum' },
  'info.tooManyDecimals': { th: 'ทศนิยมเกินจำนวนหลักที่กำหนด', en: 'Too many decimal places' },
  'info.notABoolean': { th: 'กรุณาเลือก มี หรือ ไม่มี', en: 'Please choose yes or no' },
  'info.unknownOption': { th: 'กรุณาเลือกจากตัวเลือกที่กำหนด', en: 'Please choose one of the options' },
  'info.duplicateOption': { th: 'เลือกตัวเลือกซ้ำ', en: 'An option is chosen twice' },
  'info.unknownIndicator': { th: 'ไม่พบตัวชี้วัดรหัส {code} ในด้านนี้ของปีงบประมาณนี้', en: 'No indicator {code} in this domain for this fiscal year' },
  'info.noCatalogue': {
    th: 'ยังไม่มีตัวชี้วัด INFO สำหรับปีงบประมาณ {fiscalYear}',
    en: 'There are no INFO indicators for fiscal year {fiscalYear}',
  },
  'info.tooManyIndicators': { th: 'ขอข้อมูลได้ครั้งละไม่เกิน 50 ตัวชี้วัด', en: 'At most 50 indicators can be requested at once' },
  'info.invalidValues': {
    th: 'ข้อมูลไม่ถูกต้อง {count} รายการ กรุณาตรวจสอบ (ตัวชี้วัด {code})',
    en: '{count} values are not valid; please check them (indicator {code})',
  },
  'info.incomplete': {
    th: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล ยังขาดข้อมูล {count} รายการ ใน {domains} ด้าน',
    en: 'Please complete the data before certifying: {count} values are missing in {domains} domains',
  },
  'info.linkedReadOnly': {
    th: 'ตัวชี้วัด {code} ดึงข้อมูลจากระบบ {module} โดยอัตโนมัติ แก้ไขใน INFO ไม่ได้',
    en: 'Indicator {code} is filled from {module} and cannot be changed in INFO',
  },
  'window.closed': {
    th: 'พ้นกำหนดการบันทึกและรับรองข้อมูลปีงบประมาณ {fiscalYear} แล้ว (ภายในวันที่ {deadline})',
    en: 'Recording and certifying for fiscal year {fiscalYear} closed on {deadline}',
  },
  'window.notOpen': {
    th: 'ยังไม่เปิดให้บันทึกข้อมูลปีงบประมาณ {fiscalYear}',
    en: 'Fiscal year {fiscalYear} is not open for recording',
  },
  'window.none': { th: 'กรุณากำหนดช่วงเวลาบันทึกข้อมูลอย่างน้อย 1 ช่วง', en: 'Give at least one entry window' },
  'window.tooMany': { th: 'กำหนดช่วงเวลาบันทึกข้อมูลได้ไม่เกิน 12 ช่วงต่อปี', en: 'At most 12 entry windows a year' },
  'window.closesBeforeOpens': { th: 'วันปิดต้องอยู่หลังวันเปิด', en: 'A window closes after it opens' },
  'window.outsideFiscalYear': {
    th: 'ช่วงเวลาบันทึกข้อมูลต้องอยู่ภายในปีงบประมาณ ±1 ปี',
    en: 'An entry window lies within the fiscal year, give or take a year',
  },
  'window.overlap': { th: 'ช่วงเวลาบันทึกข้อมูลซ้อนทับกัน', en: 'Entry windows overlap' },
  'window.extensionBeforeDeadline': { th: 'วันที่ขยายเวลาต้องอยู่หลังกำหนดเดิม', en: 'An extension ends after the deadline it extends' },
  'window.extensionTooLate': { th: 'ขยายเวลาได้ไม่เกิน 1 ปีหลังกำหนดเดิม', en: 'An extension ends at most a year after the deadline' },
  'window.deadlineMismatch': {
    th: 'กำหนดส่งต้องตรงกับวันปิดของช่วงเวลาสุดท้าย',
    en: 'The deadline is the close of the last window',
  },
  'window.notYetOpen': {
    th: 'ยังไม่ถึงช่วงเวลาบันทึกข้อมูลปีงบประมาณ {fiscalYear} (เปิดวันที่ {opensAt})',
    en: 'Recording for fiscal year {fiscalYear} opens on {opensAt}',
  },
  'subject.unknown': { th: 'ไม่พบรายการนี้', en: 'No such record' },
  'subject.nameRequired': { th: 'กรุณากรอกชื่อ', en: 'Please give a name' },
  'subject.granteeNotInLao': {
    th: 'มอบสิทธิ์บันทึกได้เฉพาะผู้ใช้ระดับ อปท. ของ อปท. นี้',
    en: 'Recording can be granted only to an LAO account of this LAO',
  },
  // e-Service survey (seed 002)
  'eservice.unknownItem': { th: 'ไม่พบรายการบริการนี้ในแบบสำรวจ', en: 'No such service item in this survey' },
  'eservice.offeredRequired': { th: 'กรุณาระบุว่ามีบริการ e-Service หรือไม่', en: 'Please say whether the e-Service is offered' },
  'eservice.neededRequired': { th: 'กรุณาระบุว่ามีความต้องการหรือไม่ต้องการ', en: 'Please say whether it is needed' },
  'eservice.neededOnlyWhenNotOffered': {
    th: 'ระบุความต้องการได้เฉพาะบริการที่ยังไม่มี e-Service',
    en: '"Needed" is answered only for services not offered online',
  },
  'eservice.stepsRequired': { th: 'กรุณาเลือกขั้นตอนที่ให้บริการออนไลน์อย่างน้อย 1 ขั้นตอน', en: 'Choose at least one online step' },
  'eservice.channelsRequired': { th: 'กรุณาเลือกช่องทางให้บริการอย่างน้อย 1 ช่องทาง', en: 'Choose at least one channel' },
  'eservice.usersRequired': { th: 'กรุณากรอกจำนวนผู้ใช้บริการ (0 ได้)', en: 'Enter the number of users (0 is fine)' },
  'eservice.onlyWhenOffered': {
    th: 'ขั้นตอน ช่องทาง และจำนวนผู้ใช้บริการ ระบุได้เฉพาะบริการที่มี e-Service',
    en: 'Steps, channels and users are answered only for services offered online',
  },
  'eservice.otherChannelsRequired': { th: 'กรุณาระบุช่องทางอื่น ๆ (คั่นด้วยเครื่องหมายจุลภาค)', en: 'Name the other channels (comma-separated)' },
  'eservice.otherChannelsOnlyWithOther': { th: 'ระบุช่องทางอื่นได้เมื่อเลือก "อื่น ๆ"', en: 'Other channels are named only when "Other" is chosen' },
  'eservice.badSteps': { th: 'ขั้นตอนต้องเป็น 1–6 ไม่ซ้ำกัน', en: 'Steps are 1–6, each once' },
  'eservice.badChannels': { th: 'ช่องทางไม่ถูกต้องหรือซ้ำกัน', en: 'A channel is unknown or repeated' },
  'eservice.badUsers': { th: 'จำนวนผู้ใช้บริการต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป', en: 'Users is a whole number, 0 or more' },
  'eservice.badSide': { th: 'ด้านต้องเป็น 1–6', en: 'A side is 1 to 6' },
  'eservice.nameRequired': { th: 'กรุณากรอกชื่องานบริการ', en: 'Please name the service' },
  'eservice.unknownGroup': { th: 'ไม่พบกลุ่มงานบริการ {group} ในด้านที่ {side}', en: 'No group {group} in side {side}' },
  'eservice.groupRequired': { th: 'ด้านที่ {side} เพิ่มรายการได้ภายใต้กลุ่มงานบริการ', en: 'Items of side {side} are added under a group' },
  'eservice.presetItem': { th: 'ลบได้เฉพาะรายการที่ อปท. เพิ่มเอง', en: 'Only items the LAO added can be deleted' },
  'eservice.incomplete': {
    th: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล (ด้านที่ยังไม่ครบ: {sides})',
    en: 'Please complete the survey before certifying it (incomplete sides: {sides})',
  },
  'eservice.invalidAnswers': {
    th: 'คำตอบไม่ถูกต้อง {count} รายการ ({item})',
    en: '{count} answers are not valid ({item})',
  },
} as const satisfies Record<string, Record<Lang, string>>;
