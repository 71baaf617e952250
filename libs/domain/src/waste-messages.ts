import type { Lang } from './format';

/** Waste's messages (merged into MESSAGES): rules, disposal and sites, in the words of the PCD forms. */
export const WASTE_MESSAGES = {
  'waste.rule.collectedAboveGenerated': {
    th: 'ปริมาณขยะที่เก็บขนได้ ({codes}) ต้องไม่มากกว่าปริมาณขยะที่เกิดขึ้น',
    en: 'Waste collected ({codes}) cannot exceed waste generated',
  },
  'waste.rule.servedAbovePopulation': {
    th: 'ประชากรที่ได้รับบริการเก็บขน ({codes}) ต้องไม่มากกว่าประชากรในพื้นที่',
    en: 'Population served ({codes}) cannot exceed the population',
  },
  'waste.rule.householdsAboveTotal': {
    th: 'จำนวนครัวเรือน ({codes}) ต้องไม่มากกว่าจำนวนครัวเรือนทั้งหมดในพื้นที่',
    en: 'Households ({codes}) cannot exceed all households of the area',
  },
  'waste.rule.recoveredAboveGenerated': {
    th: 'ขยะที่นำกลับมาใช้ประโยชน์และหมักทำปุ๋ยต่อปี ({codes}) ต้องไม่มากกว่าปริมาณขยะที่เกิดขึ้นทั้งปี',
    en: 'Recycled and composted per year ({codes}) cannot exceed a year of waste generated',
  },
  'waste.negativeTonnes': { th: 'ปริมาณขยะต้องไม่ติดลบ', en: 'A tonnage cannot be negative' },
  'waste.disposal.aboveCollected': {
    th: 'ปริมาณขยะที่ส่งกำจัดรวม {total} ตัน/วัน มากกว่าปริมาณที่เก็บขนได้ {collected} ตัน/วัน',
    en: 'Waste sent to sites, {total} t/day in all, exceeds the {collected} t/day collected',
  },
  'waste.disposal.collectedMissing': {
    th: 'กรุณากรอกปริมาณขยะที่เก็บขนได้ (WC06) ก่อนระบุสถานที่กำจัด',
    en: 'Please record waste collected (WC06) before the disposal sites',
  },
  'waste.disposal.duplicateSite': { th: 'ระบุสถานที่กำจัดซ้ำ', en: 'A site is listed twice' },
  'waste.disposal.tooMany': { th: 'ระบุสถานที่กำจัดได้ไม่เกิน 20 แห่ง', en: 'At most 20 sites' },
  'waste.disposal.siteNotOperating': {
    th: 'สถานที่กำจัด "{name}" ไม่ได้เปิดดำเนินการ',
    en: 'The site "{name}" is not operating',
  },
  'waste.site.unknown': { th: 'ไม่พบสถานที่กำจัดขยะนี้', en: 'No such disposal site' },
  'waste.site.outsideThailand': {
    th: 'พิกัดต้องอยู่ในประเทศไทย (ละติจูด 5.6–20.5 ลองจิจูด 97.3–105.7)',
    en: 'The coordinates must be in Thailand (latitude 5.6–20.5, longitude 97.3–105.7)',
  },
  'waste.site.otherOperator': {
    th: 'สถานที่กำจัดนี้ดำเนินการโดย อปท. อื่น แก้ไขได้เฉพาะ อปท. ผู้ดำเนินการ',
    en: 'This site is run by another LAO; only its operator may change it',
  },
  'waste.site.inUse': {
    th: 'ลบไม่ได้: ยังมี อปท. {count} แห่งส่งขยะมาที่สถานที่นี้ (ปีงบประมาณ {fiscalYear})',
    en: 'Cannot delete: {count} LAOs still send waste here (fiscal year {fiscalYear})',
  },
  'waste.incomplete': {
    th: 'ยังรับรองไม่ได้: ขาดข้อมูล {count} รายการใน {sections} ส่วน',
    en: 'Cannot certify yet: {count} values missing in {sections} sections',
  },
} as const satisfies Record<string, Record<Lang, string>>;
