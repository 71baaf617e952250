import type { IndicatorDefinition, WasteSection } from '@lao/domain';

/*
 * Waste's first catalogue (fiscal years 2566 on), modelled on the Pollution Control Department's LAO forms (คพ.1–3)
 * and UN-Habitat's SDG 11.6.1 method. Codes: W + the section's letter (C collection, S separation/recycling, F fees)
 * + position; a code is never reused. The rules and figures (libs/domain waste.ts) read WC01–WC06, WS01–WS08, WF02–WF04.
 */
type Row = Omit<IndicatorDefinition, 'module' | 'labelEn' | 'unitEn' | 'hintTh' | 'hintEn' | 'firstYear' | 'lastYear' | 'linkedFrom' | 'options' | 'maxLength'> & {
  labelEn: string;
  unitEn: string | null;
  hintTh: string | null;
  hintEn: string | null;
};

const U = {
  person: ['คน', 'persons'],
  household: ['ครัวเรือน', 'households'],
  tonnesPerDay: ['ตัน/วัน', 'tonnes/day'],
  tonnesPerYear: ['ตัน/ปี', 'tonnes/year'],
  vehicle: ['คัน', 'vehicles'],
  perWeek: ['ครั้ง/สัปดาห์', 'times/week'],
  place: ['แห่ง', 'places'],
  point: ['จุด', 'points'],
  bahtPerHouseholdMonth: ['บาท/ครัวเรือน/เดือน', 'baht/household/month'],
  bahtPerYear: ['บาท/ปี', 'baht/year'],
} as const;

function row(
  code: string,
  section: WasteSection,
  position: number,
  labelTh: string,
  labelEn: string,
  unit: readonly [string, string] | null,
  valueType: 'INTEGER' | 'DECIMAL' | 'BOOLEAN',
  max: number | null,
  options: { decimals?: number; required?: boolean; hint?: readonly [string, string] } = {},
): Row {
  return {
    code,
    section,
    position,
    labelTh,
    labelEn,
    unit: unit?.[0] ?? null,
    unitEn: unit?.[1] ?? null,
    valueType,
    required: options.required ?? true,
    min: valueType === 'BOOLEAN' ? null : 0,
    max,
    decimals: valueType === 'DECIMAL' ? (options.decimals ?? 2) : null,
    hintTh: options.hint?.[0] ?? null,
    hintEn: options.hint?.[1] ?? null,
  };
}

const PEOPLE = 10_000_000;
const HOUSEHOLDS = 5_000_000;
const TONNES_DAY = 20_000;
const TONNES_YEAR = 7_300_000;
const BAHT = 100_000_000_000;

export const WASTE_CATALOGUE_V1: Row[] = [
  row('WC01', 'COLLECTION', 1, 'จำนวนประชากรในพื้นที่', 'Population of the area', U.person, 'INTEGER', PEOPLE, { hint: ['ตามทะเบียนราษฎร ณ 31 ธันวาคม', 'Registered population on 31 December'] }),
  row('WC02', 'COLLECTION', 2, 'จำนวนครัวเรือนในพื้นที่', 'Households of the area', U.household, 'INTEGER', HOUSEHOLDS),
  row('WC03', 'COLLECTION', 3, 'จำนวนประชากรที่ได้รับบริการเก็บขนขยะมูลฝอย', 'Population served by waste collection', U.person, 'INTEGER', PEOPLE),
  row('WC04', 'COLLECTION', 4, 'จำนวนครัวเรือนที่ได้รับบริการเก็บขนขยะมูลฝอย', 'Households served by waste collection', U.household, 'INTEGER', HOUSEHOLDS),
  row('WC05', 'COLLECTION', 5, 'ปริมาณขยะมูลฝอยที่เกิดขึ้น', 'Solid waste generated', U.tonnesPerDay, 'DECIMAL', TONNES_DAY, {
    hint: ['ประมาณจากการชั่งน้ำหนักหรืออัตราการเกิดขยะต่อคน', 'Weighed, or estimated from the per-person rate'],
  }),
  row('WC06', 'COLLECTION', 6, 'ปริมาณขยะมูลฝอยที่เก็บขนได้', 'Solid waste collected', U.tonnesPerDay, 'DECIMAL', TONNES_DAY, {
    hint: ['ต้องไม่มากกว่าปริมาณขยะที่เกิดขึ้น', 'No more than the waste generated'],
  }),
  row('WC07', 'COLLECTION', 7, 'จำนวนรถเก็บขนขยะมูลฝอย', 'Collection vehicles', U.vehicle, 'INTEGER', 10_000),
  row('WC08', 'COLLECTION', 8, 'ความถี่ในการเก็บขนขยะมูลฝอย', 'Collection frequency', U.perWeek, 'DECIMAL', 14, { decimals: 1 }),
  row('WC09', 'COLLECTION', 9, 'จำนวนพนักงานเก็บขนขยะมูลฝอย', 'Collection workers', U.person, 'INTEGER', 100_000),

  row('WS01', 'SEPARATION_RECYCLING', 1, 'จำนวนครัวเรือนที่คัดแยกขยะมูลฝอยต้นทาง', 'Households separating waste at source', U.household, 'INTEGER', HOUSEHOLDS),
  row('WS02', 'SEPARATION_RECYCLING', 2, 'จำนวนธนาคารขยะ', 'Waste banks', U.place, 'INTEGER', 10_000),
  row('WS03', 'SEPARATION_RECYCLING', 3, 'จำนวนสมาชิกธนาคารขยะ', 'Waste bank members', U.person, 'INTEGER', PEOPLE),
  row('WS04', 'SEPARATION_RECYCLING', 4, 'ปริมาณขยะรีไซเคิลที่นำกลับมาใช้ประโยชน์', 'Recyclables recovered', U.tonnesPerYear, 'DECIMAL', TONNES_YEAR),
  row('WS05', 'SEPARATION_RECYCLING', 5, 'ปริมาณขยะอินทรีย์ที่นำไปหมักทำปุ๋ยหรือใช้ประโยชน์', 'Organic waste composted or used', U.tonnesPerYear, 'DECIMAL', TONNES_YEAR),
  row('WS06', 'SEPARATION_RECYCLING', 6, 'ปริมาณของเสียอันตรายจากชุมชนที่เก็บรวบรวมได้', 'Household hazardous waste collected', U.tonnesPerYear, 'DECIMAL', TONNES_YEAR),
  row('WS07', 'SEPARATION_RECYCLING', 7, 'จำนวนจุดรวบรวมของเสียอันตรายจากชุมชน', 'Household hazardous waste drop-off points', U.point, 'INTEGER', 100_000),
  row('WS08', 'SEPARATION_RECYCLING', 8, 'จำนวนครัวเรือนที่มีถังขยะเปียกลดโลกร้อน', 'Households with a wet-waste (composting) bin', U.household, 'INTEGER', HOUSEHOLDS),

  row('WF01', 'FEES_COSTS', 1, 'อัตราค่าธรรมเนียมเก็บขนขยะมูลฝอย', 'Collection fee', U.bahtPerHouseholdMonth, 'DECIMAL', 10_000),
  row('WF02', 'FEES_COSTS', 2, 'จำนวนครัวเรือนที่เรียกเก็บค่าธรรมเนียม', 'Households billed', U.household, 'INTEGER', HOUSEHOLDS),
  row('WF03', 'FEES_COSTS', 3, 'รายได้จากค่าธรรมเนียมเก็บขนขยะมูลฝอย', 'Fee revenue', U.bahtPerYear, 'DECIMAL', BAHT),
  row('WF04', 'FEES_COSTS', 4, 'ค่าใช้จ่ายในการดำเนินงานเก็บขนและกำจัดขยะมูลฝอย', 'Operating cost of collection and disposal', U.bahtPerYear, 'DECIMAL', BAHT),
  row('WF05', 'FEES_COSTS', 5, 'งบลงทุนด้านการจัดการขยะมูลฝอย', 'Capital spending on waste management', U.bahtPerYear, 'DECIMAL', BAHT),
  row('WF06', 'FEES_COSTS', 6, 'มีข้อบัญญัติท้องถิ่นเรื่องการจัดการขยะมูลฝอย', 'Has a local waste-management ordinance', null, 'BOOLEAN', null),
  row('WF07', 'FEES_COSTS', 7, 'จ้างเอกชนดำเนินการเก็บขนขยะมูลฝอย', 'Collection contracted to a private company', null, 'BOOLEAN', null),
  row('WF08', 'FEES_COSTS', 8, 'เข้าร่วมกลุ่มพื้นที่ (Cluster) การกำจัดขยะมูลฝอย', 'Member of a disposal cluster', null, 'BOOLEAN', null),
];
