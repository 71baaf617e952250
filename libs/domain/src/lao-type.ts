/** The kinds of Local Administrative Organisation (อปท.). Order is the order lists show them in. */
export const LAO_TYPES = [
  'PAO',
  'BANGKOK',
  'PATTAYA',
  'CITY_MUNICIPALITY',
  'TOWN_MUNICIPALITY',
  'SUBDISTRICT_MUNICIPALITY',
  'SAO',
] as const;
export type LaoType = (typeof LAO_TYPES)[number];

export const LAO_TYPE_LABELS: Record<LaoType, { th: string; thShort: string; en: string }> = {
  PAO: { th: 'องค์การบริหารส่วนจังหวัด', thShort: 'อบจ.', en: 'Provincial Administrative Organization' },
  BANGKOK: { th: 'กรุงเทพมหานคร', thShort: 'กทม.', en: 'Bangkok Metropolitan Administration' },
  PATTAYA: { th: 'เมืองพัทยา', thShort: 'เมืองพัทยา', en: 'Pattaya City' },
  CITY_MUNICIPALITY: { th: 'เทศบาลนคร', thShort: 'ทน.', en: 'City municipality' },
  TOWN_MUNICIPALITY: { th: 'เทศบาลเมือง', thShort: 'ทม.', en: 'Town municipality' },
  SUBDISTRICT_MUNICIPALITY: { th: 'เทศบาลตำบล', thShort: 'ทต.', en: 'Subdistrict municipality' },
  SAO: { th: 'องค์การบริหารส่วนตำบล', thShort: 'อบต.', en: 'Subdistrict Administrative Organization' },
};

export function isLaoType(value: string): value is LaoType {
  return (LAO_TYPES as readonly string[]).includes(value);
}

/** The first digit of a DLA code by kind of LAO (the code is kind, province, district's two digits, running number). */
export const LAO_CODE_KIND_DIGIT: Record<LaoType, string> = {
  PAO: '1',
  CITY_MUNICIPALITY: '2',
  TOWN_MUNICIPALITY: '3',
  SUBDISTRICT_MUNICIPALITY: '4',
  SAO: '5',
  BANGKOK: '6',
  PATTAYA: '7',
};
