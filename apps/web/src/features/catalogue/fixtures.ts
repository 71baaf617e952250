import type { CatalogueIndicator } from './indicators';

/**
 * A small catalogue with one indicator of every kind, for the unit tests (an INFO-like section: the engine knows no
 * module, so any section code will do).
 */
export function indicator(partial: Partial<CatalogueIndicator> & Pick<CatalogueIndicator, 'code' | 'labelTh' | 'valueType'>): CatalogueIndicator {
  return {
    section: 'DISASTER',
    position: 1,
    labelEn: partial.labelTh,
    unit: null,
    unitEn: null,
    required: false,
    linkedFrom: null,
    options: null,
    min: null,
    max: null,
    decimals: null,
    maxLength: null,
    hintTh: null,
    hintEn: null,
    ...partial,
  };
}

const options = (...values: [string, string][]) => values.map(([value, labelTh]) => ({ value, labelTh, labelEn: value }));

export const FIRE_TRUCKS = indicator({
  code: 'DS03',
  position: 1,
  labelTh: 'จำนวนรถดับเพลิง',
  labelEn: 'Fire trucks',
  valueType: 'INTEGER',
  unit: 'คัน',
  unitEn: 'vehicles',
  required: true,
  min: 0,
  max: 100,
  hintTh: 'นับเฉพาะรถที่ใช้งานได้',
});
export const DAMAGE = indicator({
  code: 'DS09',
  position: 2,
  labelTh: 'มูลค่าความเสียหายจากสาธารณภัย',
  valueType: 'DECIMAL',
  unit: 'บาท',
  min: 0,
  max: 1_000_000,
  decimals: 2,
});
export const HAS_PLAN = indicator({ code: 'DS01', position: 3, labelTh: 'มีแผนป้องกันและบรรเทาสาธารณภัยของ อปท.', valueType: 'BOOLEAN', required: true });
export const RESCUE = indicator({
  code: 'DS11',
  position: 4,
  labelTh: 'รูปแบบการจัดบริการกู้ชีพกู้ภัย',
  valueType: 'CHOICE',
  required: true,
  options: options(['OWN_UNIT', 'อปท. จัดตั้งหน่วยกู้ชีพกู้ภัยเอง'], ['FOUNDATION', 'มูลนิธิหรือองค์กรการกุศล'], ['NONE', 'ไม่มีหน่วยบริการในพื้นที่']),
});
export const OCCUPATION = indicator({
  code: 'ET09',
  position: 5,
  labelTh: 'อาชีพหลักของประชากร',
  valueType: 'CHOICE',
  options: options(
    ['AGRICULTURE', 'เกษตรกรรม'],
    ['FISHERY', 'ประมง'],
    ['TRADE', 'ค้าขาย'],
    ['GENERAL_LABOUR', 'รับจ้างทั่วไป'],
    ['INDUSTRY', 'อุตสาหกรรม'],
    ['SERVICES', 'บริการและการท่องเที่ยว'],
  ),
});
export const HAZARDS = indicator({
  code: 'DS07',
  position: 6,
  labelTh: 'ประเภทสาธารณภัยที่เสี่ยงเกิดในพื้นที่',
  valueType: 'MULTI_CHOICE',
  required: true,
  options: options(['FLOOD', 'อุทกภัย'], ['DROUGHT', 'ภัยแล้ง'], ['STORM', 'วาตภัย']),
});
export const NOTES = indicator({ code: 'DS13', position: 7, labelTh: 'ข้อเสนอแนะด้านสาธารณภัย', valueType: 'TEXT', maxLength: 20 });
export const SCHOOLS = indicator({
  code: 'ED01',
  position: 8,
  labelTh: 'จำนวนโรงเรียนสังกัด อปท.',
  valueType: 'INTEGER',
  unit: 'แห่ง',
  linkedFrom: 'LEC',
  required: false,
});

export const CATALOGUE: CatalogueIndicator[] = [FIRE_TRUCKS, DAMAGE, HAS_PLAN, RESCUE, OCCUPATION, HAZARDS, NOTES, SCHOOLS];
