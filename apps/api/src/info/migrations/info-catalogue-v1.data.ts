import type { CertificationModule, IndicatorDefinition, IndicatorOption, InfoDomain } from '@lao/domain';

/*
 * INFO's first catalogue (fiscal years 2566 onwards): what an LAO records about itself in the eight domains.
 * Codes are the domain's two-letter prefix and the indicator's position in it; a code is never reused.
 * Linked indicators are filled from their module and never count for completeness, so they are never required.
 */

const DOMAIN_OF_PREFIX: Record<string, InfoDomain> = {
  PH: 'PUBLIC_HEALTH_ENVIRONMENT',
  ED: 'INNOVATION_EDUCATION',
  DS: 'DISASTER',
  IF: 'INFRASTRUCTURE',
  WM: 'WATER_MANAGEMENT',
  IG: 'INTERNAL_GOVERNANCE',
  SC: 'SOCIETY_RELIGION_CULTURE',
  ET: 'ECONOMY_TOURISM',
};

/** Units as Thai officials write them, with the English the SPA shows. */
const U = {
  person: ['คน', 'persons'],
  place: ['แห่ง', 'places'],
  household: ['ครัวเรือน', 'households'],
  village: ['หมู่บ้าน', 'villages'],
  vehicle: ['คัน', 'vehicles'],
  km: ['กม.', 'km'],
  rai: ['ไร่', 'rai'],
  tonnesPerDay: ['ตัน/วัน', 'tonnes/day'],
  baht: ['บาท', 'baht'],
  bahtPerPersonYear: ['บาท/คน/ปี', 'baht/person/year'],
  cubicMetresPerDay: ['ลบ.ม./วัน', 'm³/day'],
  cubicMetres: ['ลบ.ม.', 'm³'],
  times: ['ครั้ง', 'times'],
  project: ['โครงการ', 'projects'],
  item: ['รายการ', 'items'],
  point: ['จุด', 'points'],
  well: ['บ่อ', 'wells'],
  group: ['กลุ่ม', 'groups'],
  matter: ['เรื่อง', 'cases'],
  minute: ['นาที', 'minutes'],
  score: ['คะแนน', 'points'],
} as const satisfies Record<string, readonly [string, string]>;
type Unit = (typeof U)[keyof typeof U];

const MAX_PEOPLE = 10_000_000;
const MAX_HOUSEHOLDS = 5_000_000;
const MAX_PLACES = 10_000;
const MAX_BAHT = 100_000_000_000;

interface Common {
  required?: boolean;
  linkedFrom?: CertificationModule;
  hint?: readonly [th: string, en: string];
  firstYear?: number;
  lastYear?: number;
}

function define(
  code: string,
  labelTh: string,
  labelEn: string,
  valueType: IndicatorDefinition['valueType'],
  unit: Unit | null,
  common: Common,
  shape: Partial<Pick<IndicatorDefinition, 'options' | 'min' | 'max' | 'decimals' | 'maxLength'>>,
): IndicatorDefinition {
  const domain = DOMAIN_OF_PREFIX[code.slice(0, 2)];
  if (!domain) throw new Error(`Indicator ${code}: unknown domain prefix`);
  return {
    module: 'INFO',
    code,
    section: domain,
    labelTh,
    labelEn,
    unit: unit?.[0] ?? null,
    unitEn: unit?.[1] ?? null,
    valueType,
    required: common.linkedFrom ? false : (common.required ?? true),
    linkedFrom: common.linkedFrom ?? null,
    options: shape.options ?? null,
    min: shape.min ?? null,
    max: shape.max ?? null,
    decimals: shape.decimals ?? null,
    maxLength: shape.maxLength ?? null,
    position: Number(code.slice(2)),
    hintTh: common.hint?.[0] ?? null,
    hintEn: common.hint?.[1] ?? null,
    firstYear: common.firstYear ?? 2566,
    lastYear: common.lastYear ?? null,
  };
}

const integer = (code: string, th: string, en: string, unit: Unit, max: number, common: Common = {}) =>
  define(code, th, en, 'INTEGER', unit, common, { min: 0, max });
const decimal = (code: string, th: string, en: string, unit: Unit, max: number, decimals: 1 | 2, common: Common = {}) =>
  define(code, th, en, 'DECIMAL', unit, common, { min: 0, max, decimals });
const yesNo = (code: string, th: string, en: string, common: Common = {}) => define(code, th, en, 'BOOLEAN', null, common, {});
const choice = (code: string, th: string, en: string, options: IndicatorOption[], common: Common = {}) =>
  define(code, th, en, 'CHOICE', null, common, { options });
const multiChoice = (code: string, th: string, en: string, options: IndicatorOption[], common: Common = {}) =>
  define(code, th, en, 'MULTI_CHOICE', null, common, { options });
const text = (code: string, th: string, en: string, maxLength: number, common: Common = {}) =>
  define(code, th, en, 'TEXT', null, common, { maxLength });
const option = (value: string, labelTh: string, labelEn: string): IndicatorOption => ({ value, labelTh, labelEn });
const optional: Common = { required: false };

export const INFO_CATALOGUE_V1: IndicatorDefinition[] = [
  // ด้านสาธารณสุขและสิ่งแวดล้อม
  integer('PH01', 'จำนวนโรงพยาบาลส่งเสริมสุขภาพตำบล (รพ.สต.) ในพื้นที่', 'Sub-district health-promoting hospitals in the area', U.place, MAX_PLACES, {
    hint: ['รวม รพ.สต. ที่ถ่ายโอนภารกิจให้ อบจ. แล้ว', 'Include those already transferred to the PAO'],
  }),
  integer('PH02', 'จำนวนโรงพยาบาลในพื้นที่ (รัฐและเอกชน)', 'Hospitals in the area (public and private)', U.place, MAX_PLACES),
  integer('PH03', 'จำนวนศูนย์บริการสาธารณสุขของ อปท.', 'LAO-run public health service centres', U.place, MAX_PLACES, {
    hint: ['นับเฉพาะที่ อปท. เป็นผู้ดำเนินการ', 'Count only those the LAO runs itself'],
  }),
  integer('PH04', 'จำนวนอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.)', 'Village health volunteers', U.person, MAX_PEOPLE),
  decimal('PH05', 'ปริมาณขยะมูลฝอยที่เกิดขึ้น', 'Solid waste generated', U.tonnesPerDay, 20_000, 2, { linkedFrom: 'WASTE' }),
  decimal('PH06', 'ปริมาณขยะมูลฝอยที่ได้รับการเก็บขน', 'Solid waste collected', U.tonnesPerDay, 20_000, 2, { linkedFrom: 'WASTE' }),
  choice(
    'PH07',
    'วิธีการกำจัดขยะมูลฝอยหลัก',
    'Main solid-waste disposal method',
    [
      option('SANITARY_LANDFILL', 'ฝังกลบถูกหลักสุขาภิบาล', 'Sanitary landfill'),
      option('INCINERATOR', 'เตาเผา', 'Incinerator'),
      option('SENT_TO_OTHER_LAO', 'ส่งให้ อปท. อื่นกำจัด', 'Sent to another LAO for disposal'),
      option('OPEN_DUMP', 'กองบนพื้น', 'Open dumping'),
      option('OTHER', 'อื่น ๆ', 'Other'),
    ],
    { hint: ['เลือกวิธีที่ใช้กำจัดขยะปริมาณมากที่สุด', 'Choose the method that handles the largest share of the waste'] },
  ),
  integer('PH08', 'จำนวนรถเก็บขนขยะมูลฝอย', 'Refuse collection vehicles', U.vehicle, MAX_PLACES, {
    hint: ['นับรถที่ อปท. เป็นเจ้าของหรือเช่าใช้เป็นประจำ', 'Vehicles the LAO owns or leases on a regular basis'],
  }),
  yesNo('PH09', 'มีระบบบำบัดน้ำเสียรวมของชุมชน', 'Has a central community wastewater treatment system'),
  integer('PH10', 'จำนวนครัวเรือนที่คัดแยกขยะมูลฝอยต้นทาง', 'Households sorting waste at source', U.household, MAX_HOUSEHOLDS, optional),
  multiChoice(
    'PH11',
    'ปัญหามลพิษที่พบในพื้นที่',
    'Pollution problems in the area',
    [
      option('AIR', 'มลพิษทางอากาศและฝุ่นละออง PM2.5', 'Air pollution and PM2.5 dust'),
      option('WATER', 'มลพิษทางน้ำ', 'Water pollution'),
      option('NOISE', 'มลพิษทางเสียง', 'Noise pollution'),
      option('UNCOLLECTED_WASTE', 'ขยะมูลฝอยตกค้าง', 'Uncollected waste'),
      option('ODOUR', 'กลิ่นเหม็นรบกวน', 'Odour nuisance'),
      option('HAZARDOUS_WASTE', 'ของเสียอันตรายและกากอุตสาหกรรม', 'Hazardous and industrial waste'),
    ],
    optional,
  ),
  decimal('PH12', 'พื้นที่สีเขียวสาธารณะ', 'Public green space', U.rai, 10_000_000, 2, {
    ...optional,
    hint: ['สวนสาธารณะและลานกีฬาที่ประชาชนใช้ประโยชน์ได้ (1 ไร่ = 1,600 ตร.ม.)', 'Parks and sports grounds open to the public (1 rai = 1,600 m²)'],
  }),

  // ด้านนวัตกรรมและการศึกษา
  integer('ED01', 'จำนวนโรงเรียนสังกัด อปท.', 'Schools run by the LAO', U.place, MAX_PLACES, { linkedFrom: 'LEC' }),
  integer('ED02', 'จำนวนนักเรียนในโรงเรียนสังกัด อปท.', 'Students in LAO-run schools', U.person, MAX_PEOPLE, { linkedFrom: 'LEC' }),
  integer('ED03', 'จำนวนศูนย์พัฒนาเด็กเล็ก', 'Child-development centres', U.place, MAX_PLACES, { linkedFrom: 'LEC' }),
  integer('ED04', 'จำนวนเด็กในศูนย์พัฒนาเด็กเล็ก', 'Children in child-development centres', U.person, MAX_PEOPLE, { linkedFrom: 'LEC' }),
  integer('ED05', 'จำนวนสถานศึกษาสังกัดอื่นในพื้นที่', 'Other schools and colleges in the area', U.place, MAX_PLACES, {
    hint: ['สังกัด สพฐ. เอกชน และอาชีวศึกษา ไม่รวมโรงเรียนสังกัด อปท.', 'OBEC, private and vocational; not the LAO’s own schools'],
  }),
  integer('ED06', 'จำนวนแหล่งเรียนรู้ในชุมชน (ห้องสมุด พิพิธภัณฑ์ ศูนย์การเรียนรู้)', 'Community learning places (libraries, museums, learning centres)', U.place, MAX_PLACES),
  integer('ED07', 'จำนวนจุดให้บริการอินเทอร์เน็ตไร้สายสาธารณะ (Wi-Fi) ที่ อปท. จัดให้บริการ', 'Public Wi-Fi points provided by the LAO', U.point, 100_000),
  decimal('ED08', 'งบประมาณรายจ่ายด้านการศึกษา', 'Education expenditure budget', U.baht, MAX_BAHT, 2, {
    hint: ['ตามข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่าย แผนงานการศึกษา', 'Education programme of the annual budget ordinance'],
  }),
  yesNo('ED09', 'มีศูนย์การเรียนรู้ดิจิทัลชุมชน', 'Has a community digital learning centre'),
  choice(
    'ED10',
    'ระดับการศึกษาสูงสุดที่โรงเรียนสังกัด อปท. เปิดสอน',
    'Highest level taught in LAO-run schools',
    [
      option('NONE', 'ไม่มีโรงเรียนสังกัด อปท.', 'No LAO-run school'),
      option('PRE_PRIMARY', 'ก่อนประถมศึกษา (อนุบาล)', 'Pre-primary (kindergarten)'),
      option('PRIMARY', 'ประถมศึกษา', 'Primary'),
      option('LOWER_SECONDARY', 'มัธยมศึกษาตอนต้น', 'Lower secondary'),
      option('UPPER_SECONDARY', 'มัธยมศึกษาตอนปลาย', 'Upper secondary'),
    ],
    { hint: ['หากไม่มีโรงเรียนสังกัด อปท. ให้เลือก “ไม่มีโรงเรียนสังกัด อปท.”', 'Choose “No LAO-run school” if the LAO runs none'] },
  ),
  multiChoice(
    'ED11',
    'เทคโนโลยีดิจิทัลที่ อปท. นำมาใช้ในการให้บริการ',
    'Digital technologies the LAO uses in its services',
    [
      option('CCTV', 'กล้องโทรทัศน์วงจรปิด (CCTV)', 'CCTV cameras'),
      option('PUBLIC_WIFI', 'อินเทอร์เน็ตไร้สายสาธารณะ', 'Public Wi-Fi'),
      option('MOBILE_APP', 'แอปพลิเคชันบนมือถือ', 'Mobile application'),
      option('IOT_SENSOR', 'เซนเซอร์ตรวจวัดระดับน้ำหรือคุณภาพอากาศ (IoT)', 'Water-level or air-quality sensors (IoT)'),
      option('SMART_LIGHTING', 'ไฟส่องสว่างอัจฉริยะ', 'Smart street lighting'),
      option('GIS', 'ระบบสารสนเทศภูมิศาสตร์ (GIS) และแผนที่ภาษี', 'GIS and tax mapping'),
    ],
    optional,
  ),
  text('ED12', 'นวัตกรรมหรือแนวปฏิบัติที่ดีด้านการศึกษาของ อปท.', 'The LAO’s educational innovations or good practices', 500, optional),

  // ด้านสาธารณภัย
  yesNo('DS01', 'มีแผนป้องกันและบรรเทาสาธารณภัยของ อปท.', 'Has a disaster prevention and mitigation plan'),
  integer('DS02', 'จำนวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)', 'Civil defence volunteers', U.person, MAX_PEOPLE, {
    hint: ['นับเฉพาะผู้ที่ผ่านการฝึกอบรมและยังปฏิบัติหน้าที่', 'Only trained volunteers still on duty'],
  }),
  integer('DS03', 'จำนวนรถดับเพลิง', 'Fire engines', U.vehicle, MAX_PLACES),
  integer('DS04', 'จำนวนรถบรรทุกน้ำ', 'Water tankers', U.vehicle, MAX_PLACES),
  integer('DS05', 'จำนวนรถกู้ภัยและรถปฏิบัติการแพทย์ฉุกเฉิน', 'Rescue and emergency medical vehicles', U.vehicle, MAX_PLACES),
  integer('DS06', 'จำนวนหมู่บ้าน/ชุมชนที่เสี่ยงภัยน้ำท่วม', 'Flood-prone villages or communities', U.village, 100_000, {
    hint: ['เทศบาลให้นับเป็นจำนวนชุมชน', 'Municipalities count communities'],
  }),
  multiChoice(
    'DS07',
    'ประเภทสาธารณภัยที่เสี่ยงเกิดในพื้นที่',
    'Types of disaster the area faces',
    [
      option('FLOOD', 'อุทกภัย', 'Flood'),
      option('DROUGHT', 'ภัยแล้ง', 'Drought'),
      option('STORM', 'วาตภัย', 'Windstorm'),
      option('FIRE', 'อัคคีภัย', 'Fire'),
      option('LANDSLIDE', 'ดินโคลนถล่ม', 'Landslide'),
      option('FOREST_FIRE', 'ไฟป่า', 'Forest fire'),
      option('HAZE', 'หมอกควัน', 'Haze'),
    ],
  ),
  integer('DS08', 'จำนวนครั้งที่เกิดสาธารณภัยในพื้นที่', 'Disaster events in the area', U.times, 100_000, {
    hint: ['นับตามปีงบประมาณ (1 ตุลาคม – 30 กันยายน)', 'Count over the fiscal year (1 October – 30 September)'],
  }),
  decimal('DS09', 'มูลค่าความเสียหายจากสาธารณภัย', 'Damage caused by disasters', U.baht, MAX_BAHT, 2, optional),
  integer('DS10', 'จำนวนครั้งที่ฝึกซ้อมแผนป้องกันและบรรเทาสาธารณภัย', 'Disaster-plan drills held', U.times, 10_000, optional),
  choice('DS11', 'รูปแบบการจัดบริการกู้ชีพกู้ภัย', 'How rescue services are provided', [
    option('OWN_UNIT', 'อปท. จัดตั้งหน่วยกู้ชีพกู้ภัยเอง', 'The LAO’s own rescue unit'),
    option('JOINT_WITH_OTHER_LAO', 'ร่วมกับ อปท. อื่น', 'Jointly with another LAO'),
    option('FOUNDATION', 'มูลนิธิหรือองค์กรการกุศล', 'A foundation or charity'),
    option('NONE', 'ไม่มีหน่วยบริการในพื้นที่', 'No rescue service in the area'),
  ]),
  decimal('DS12', 'ระยะเวลาเฉลี่ยในการออกปฏิบัติการเมื่อได้รับแจ้งเหตุ', 'Average response time after an alert', U.minute, 240, 1, {
    ...optional,
    hint: ['นับจากเวลารับแจ้งเหตุถึงเวลาถึงที่เกิดเหตุ', 'From the call to arrival on the scene'],
  }),

  // ด้านโครงสร้างพื้นฐาน
  decimal('IF01', 'ความยาวถนนลาดยาง (แอสฟัลต์ติก) ที่ อปท. รับผิดชอบ', 'Asphalt roads maintained by the LAO', U.km, 100_000, 2, {
    hint: ['นับเฉพาะถนนที่ อปท. รับผิดชอบบำรุงรักษา', 'Only roads the LAO maintains'],
  }),
  decimal('IF02', 'ความยาวถนนคอนกรีตที่ อปท. รับผิดชอบ', 'Concrete roads maintained by the LAO', U.km, 100_000, 2),
  decimal('IF03', 'ความยาวถนนลูกรังหรือหินคลุกที่ อปท. รับผิดชอบ', 'Laterite or crushed-rock roads maintained by the LAO', U.km, 100_000, 2),
  integer('IF04', 'จำนวนสะพาน', 'Bridges', U.place, 100_000),
  integer('IF05', 'จำนวนครัวเรือนที่มีไฟฟ้าใช้', 'Households with electricity', U.household, MAX_HOUSEHOLDS),
  integer('IF06', 'จำนวนครัวเรือนที่มีน้ำประปาใช้', 'Households with piped water', U.household, MAX_HOUSEHOLDS),
  integer('IF07', 'จำนวนจุดติดตั้งไฟฟ้าส่องสว่างสาธารณะ', 'Public street-light points', U.point, 1_000_000),
  yesNo('IF08', 'มีผังเมืองรวมที่มีผลบังคับใช้ในพื้นที่', 'A comprehensive town plan is in force in the area', {
    hint: ['ผังเมืองรวมที่ประกาศเป็นกฎกระทรวงหรือข้อบัญญัติและยังไม่หมดอายุ', 'Issued by ministerial regulation or local ordinance and not expired'],
  }),
  choice('IF09', 'ผู้ให้บริการน้ำประปาหลักในพื้นที่', 'Main piped-water provider in the area', [
    option('LAO_WATERWORKS', 'กิจการประปาของ อปท.', 'The LAO’s waterworks'),
    option('PWA', 'การประปาส่วนภูมิภาค', 'Provincial Waterworks Authority'),
    option('MWA', 'การประปานครหลวง', 'Metropolitan Waterworks Authority'),
    option('VILLAGE_WATER', 'ประปาหมู่บ้าน', 'Village water supply'),
    option('NONE', 'ไม่มีระบบประปา', 'No piped water'),
  ]),
  multiChoice(
    'IF10',
    'ระบบสื่อสารที่ครอบคลุมพื้นที่',
    'Communication networks covering the area',
    [
      option('MOBILE_4G', 'โทรศัพท์เคลื่อนที่ 4G', '4G mobile'),
      option('MOBILE_5G', 'โทรศัพท์เคลื่อนที่ 5G', '5G mobile'),
      option('FIBRE', 'อินเทอร์เน็ตความเร็วสูง (ไฟเบอร์ออปติก)', 'Fibre broadband'),
      option('FIXED_LINE', 'โทรศัพท์พื้นฐาน', 'Fixed telephone lines'),
    ],
    optional,
  ),
  integer('IF11', 'จำนวนโครงการก่อสร้างและซ่อมแซมโครงสร้างพื้นฐาน', 'Infrastructure construction and repair projects', U.project, 100_000, {
    ...optional,
    hint: ['นับโครงการที่ดำเนินการแล้วเสร็จในปีงบประมาณ', 'Projects completed during the fiscal year'],
  }),
  integer('IF12', 'จำนวนหัวจ่ายอัดประจุไฟฟ้าสำหรับยานยนต์ไฟฟ้า (EV) ในพื้นที่', 'Electric-vehicle charging points in the area', U.point, 100_000, {
    ...optional,
    firstYear: 2569,
    hint: ['รวมทุกผู้ให้บริการในพื้นที่', 'All operators in the area'],
  }),

  // ด้านการบริหารจัดการน้ำ
  integer('WM01', 'จำนวนแหล่งน้ำธรรมชาติ (แม่น้ำ ลำคลอง หนอง บึง)', 'Natural water bodies (rivers, canals, ponds, swamps)', U.place, 100_000),
  integer('WM02', 'จำนวนแหล่งน้ำที่สร้างขึ้น (อ่างเก็บน้ำ ฝาย สระน้ำ)', 'Man-made water sources (reservoirs, weirs, ponds)', U.place, 100_000),
  integer('WM03', 'จำนวนบ่อน้ำบาดาลสาธารณะ', 'Public groundwater wells', U.well, 100_000, {
    hint: ['นับเฉพาะบ่อที่ยังใช้งานได้', 'Only wells still in use'],
  }),
  decimal('WM04', 'พื้นที่ที่ได้รับประโยชน์จากระบบชลประทาน', 'Irrigated area', U.rai, 100_000_000, 2, {
    hint: ['1 ไร่ = 1,600 ตารางเมตร', '1 rai = 1,600 m²'],
  }),
  decimal('WM05', 'กำลังการผลิตน้ำประปาของ อปท.', 'Piped-water production of the LAO', U.cubicMetresPerDay, 10_000_000, 1, {
    hint: ['นับเฉพาะกิจการประปาที่ อปท. ดำเนินการเอง หากไม่มีให้กรอก 0', 'Only waterworks the LAO runs itself; enter 0 if none'],
  }),
  integer('WM06', 'จำนวนระบบประปาหมู่บ้านที่ อปท. ดูแล', 'Village water-supply systems the LAO maintains', U.place, MAX_PLACES),
  yesNo('WM07', 'มีแผนบริหารจัดการน้ำของ อปท.', 'Has a water-management plan'),
  multiChoice('WM08', 'ปัญหาด้านน้ำที่พบในพื้นที่', 'Water problems in the area', [
    option('FLOODING', 'น้ำท่วมขัง', 'Flooding'),
    option('DOMESTIC_SHORTAGE', 'ขาดแคลนน้ำอุปโภคบริโภค', 'Shortage of household water'),
    option('AGRICULTURAL_SHORTAGE', 'ขาดแคลนน้ำเพื่อการเกษตร', 'Shortage of water for farming'),
    option('POOR_QUALITY', 'น้ำเสียหรือคุณภาพน้ำต่ำ', 'Wastewater or poor water quality'),
    option('SALINITY', 'น้ำเค็มรุกหรือดินเค็ม', 'Salt-water intrusion or saline soil'),
    option('BANK_EROSION', 'ตลิ่งพังทลาย', 'Riverbank erosion'),
  ]),
  choice(
    'WM09',
    'ผลการตรวจคุณภาพน้ำประปา',
    'Piped-water quality test result',
    [
      option('PASSED', 'ผ่านเกณฑ์คุณภาพน้ำประปาดื่มได้', 'Meets the drinkable tap-water standard'),
      option('PARTLY_PASSED', 'ผ่านเกณฑ์บางรายการ', 'Meets some parameters'),
      option('FAILED', 'ไม่ผ่านเกณฑ์', 'Does not meet the standard'),
      option('NOT_TESTED', 'ยังไม่ได้ตรวจ', 'Not tested'),
    ],
    optional,
  ),
  integer('WM10', 'ความจุเก็บกักน้ำของแหล่งน้ำที่ อปท. ดูแล', 'Storage capacity of water sources the LAO maintains', U.cubicMetres, 10_000_000_000, optional),
  integer('WM11', 'จำนวนโครงการขุดลอกแหล่งน้ำและคูคลอง', 'Dredging projects for water sources and canals', U.project, 100_000, optional),
  text('WM12', 'ความต้องการด้านการบริหารจัดการน้ำของพื้นที่', 'Water-management needs of the area', 500, optional),

  // ด้านการจัดการภายในและธรรมาภิบาล
  integer('IG01', 'จำนวนสมาชิกสภาท้องถิ่น', 'Local council members', U.person, 1_000, { linkedFrom: 'ELE' }),
  integer('IG02', 'จำนวนข้าราชการส่วนท้องถิ่น', 'Local government officials', U.person, 1_000_000, {
    hint: ['ไม่รวมข้าราชการครูและบุคลากรทางการศึกษา', 'Excluding teachers and education personnel'],
  }),
  integer('IG03', 'จำนวนลูกจ้างประจำและพนักงานจ้าง', 'Permanent and contract employees', U.person, 1_000_000),
  decimal('IG04', 'รายรับจริงทั้งสิ้น', 'Total actual revenue', U.baht, MAX_BAHT, 2, {
    hint: ['ตามงบแสดงผลการดำเนินงานของปีงบประมาณที่ผ่านมา', 'From the previous fiscal year’s financial statements'],
  }),
  decimal('IG05', 'รายได้ที่ อปท. จัดเก็บเอง', 'Own-source revenue', U.baht, MAX_BAHT, 2, {
    hint: ['ภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย ค่าธรรมเนียม ค่าปรับ และรายได้จากทรัพย์สิน', 'Land and building tax, signboard tax, fees, fines and property income'],
  }),
  decimal('IG06', 'รายจ่ายจริงทั้งสิ้น', 'Total actual expenditure', U.baht, MAX_BAHT, 2),
  integer('IG07', 'จำนวนงานบริการ e-Service ที่เปิดให้บริการ', 'e-Services offered', U.item, 10_000, {
    firstYear: 2569,
    hint: ['นับบริการที่ประชาชนยื่นคำขอและติดตามผลได้ทางออนไลน์', 'Services citizens can apply for and track online'],
  }),
  integer('IG08', 'จำนวนเรื่องร้องเรียนที่รับทางโทรสาร', 'Complaints received by fax', U.matter, 100_000, { ...optional, lastYear: 2568 }),
  multiChoice('IG09', 'ช่องทางการสื่อสารกับประชาชน', 'Channels for communicating with citizens', [
    option('WEBSITE', 'เว็บไซต์', 'Website'),
    option('FACEBOOK', 'เฟซบุ๊ก', 'Facebook'),
    option('LINE_OA', 'ไลน์ทางการ (LINE OA)', 'LINE official account'),
    option('LOUDSPEAKER', 'หอกระจายข่าวและเสียงตามสาย', 'Village loudspeakers'),
    option('COMMUNITY_RADIO', 'วิทยุชุมชน', 'Community radio'),
    option('NOTICE_BOARD', 'บอร์ดประชาสัมพันธ์', 'Notice boards'),
    option('MOBILE_APP', 'แอปพลิเคชันบนมือถือ', 'Mobile application'),
  ]),
  decimal('IG10', 'คะแนนการประเมินคุณธรรมและความโปร่งใส (ITA)', 'Integrity and Transparency Assessment (ITA) score', U.score, 100, 2, {
    hint: ['คะแนนเต็ม 100', 'Out of 100'],
  }),
  choice('IG11', 'ผลการตรวจสอบงบการเงินโดยสำนักงานการตรวจเงินแผ่นดิน', 'State Audit Office opinion on the financial statements', [
    option('UNQUALIFIED', 'ไม่มีเงื่อนไข', 'Unqualified'),
    option('QUALIFIED', 'มีเงื่อนไข', 'Qualified'),
    option('ADVERSE', 'ไม่ถูกต้อง', 'Adverse'),
    option('DISCLAIMER', 'ไม่แสดงความเห็น', 'Disclaimer of opinion'),
    option('PENDING', 'ยังไม่ได้รับผลการตรวจสอบ', 'Not yet received'),
  ]),
  yesNo('IG12', 'มีแผนพัฒนาท้องถิ่นที่ประกาศใช้แล้ว', 'Has an adopted local development plan'),

  // ด้านสังคม ศาสนา วัฒนธรรม
  integer('SC01', 'จำนวนประชากรทั้งหมด', 'Total population', U.person, MAX_PEOPLE, {
    hint: ['ตามทะเบียนราษฎร ณ วันที่ 31 ธันวาคม ของปีก่อน', 'Civil registration at 31 December of the previous year'],
  }),
  integer('SC02', 'จำนวนครัวเรือนทั้งหมด', 'Total households', U.household, MAX_HOUSEHOLDS),
  integer('SC03', 'จำนวนหมู่บ้าน/ชุมชน', 'Villages or communities', U.village, 100_000, {
    hint: ['เทศบาลให้นับเป็นจำนวนชุมชน', 'Municipalities count communities'],
  }),
  integer('SC04', 'จำนวนผู้สูงอายุที่ได้รับเบี้ยยังชีพ', 'Elderly people receiving the living allowance', U.person, MAX_PEOPLE, {
    linkedFrom: 'WELFARE',
    hint: ['ผู้มีสิทธิ์ที่ อปท. เป็นผู้จ่ายเบี้ยยังชีพ', 'Beneficiaries the LAO pays'],
  }),
  integer('SC05', 'จำนวนคนพิการที่ได้รับเบี้ยความพิการ', 'Disabled people receiving the disability allowance', U.person, MAX_PEOPLE, {
    linkedFrom: 'WELFARE',
    hint: ['ผู้มีสิทธิ์ที่ อปท. เป็นผู้จ่ายเบี้ยความพิการ', 'Beneficiaries the LAO pays'],
  }),
  integer('SC06', 'จำนวนวัดและสำนักสงฆ์', 'Buddhist temples and monastic residences', U.place, MAX_PLACES),
  integer('SC07', 'จำนวนมัสยิด', 'Mosques', U.place, MAX_PLACES),
  integer('SC08', 'จำนวนโบสถ์คริสต์', 'Churches', U.place, MAX_PLACES),
  yesNo('SC09', 'มีโรงเรียนผู้สูงอายุหรือศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ', 'Has an elderly school or elderly quality-of-life centre'),
  choice('SC10', 'ศาสนาที่ประชากรส่วนใหญ่นับถือ', 'Religion of most of the population', [
    option('BUDDHISM', 'พุทธ', 'Buddhism'),
    option('ISLAM', 'อิสลาม', 'Islam'),
    option('CHRISTIANITY', 'คริสต์', 'Christianity'),
    option('OTHER', 'อื่น ๆ', 'Other'),
  ]),
  multiChoice(
    'SC11',
    'กลุ่มและองค์กรภาคประชาชนในพื้นที่',
    'Civil-society groups in the area',
    [
      option('ELDERLY_CLUB', 'ชมรมผู้สูงอายุ', 'Elderly club'),
      option('WOMEN_GROUP', 'กลุ่มสตรี', 'Women’s group'),
      option('YOUTH_COUNCIL', 'สภาเด็กและเยาวชน', 'Children and youth council'),
      option('VOLUNTEERS', 'กลุ่มจิตอาสา', 'Volunteer group'),
      option('SAVINGS_GROUP', 'กลุ่มออมทรัพย์', 'Savings group'),
      option('FUNERAL_ASSOCIATION', 'สมาคมฌาปนกิจสงเคราะห์', 'Funeral welfare association'),
    ],
    optional,
  ),
  decimal('SC12', 'งบประมาณด้านศาสนา วัฒนธรรม และประเพณี', 'Budget for religion, culture and traditions', U.baht, MAX_BAHT, 2, optional),

  // ด้านเศรษฐกิจและการท่องเที่ยว
  integer('ET01', 'จำนวนตลาดสดและตลาดนัด', 'Fresh markets and open-air markets', U.place, MAX_PLACES, {
    hint: ['รวมตลาดที่ อปท. ดำเนินการและตลาดเอกชน', 'Both LAO-run and private markets'],
  }),
  integer('ET02', 'จำนวนผลิตภัณฑ์หนึ่งตำบลหนึ่งผลิตภัณฑ์ (OTOP) ที่ขึ้นทะเบียน', 'Registered OTOP products', U.item, 100_000, {
    hint: ['ผลิตภัณฑ์ที่ลงทะเบียนผู้ผลิตผู้ประกอบการ OTOP ในพื้นที่', 'Products registered by OTOP producers in the area'],
  }),
  integer('ET03', 'จำนวนวิสาหกิจชุมชน', 'Community enterprises', U.group, 100_000),
  integer('ET04', 'จำนวนแหล่งท่องเที่ยว', 'Tourist attractions', U.place, MAX_PLACES),
  integer('ET05', 'จำนวนนักท่องเที่ยวและผู้เยี่ยมเยือน', 'Tourists and visitors', U.person, 100_000_000, {
    ...optional,
    hint: ['ทั้งชาวไทยและชาวต่างชาติ ตลอดปี', 'Thai and foreign, over the year'],
  }),
  decimal('ET06', 'รายได้เฉลี่ยของประชากร', 'Average income per person', U.bahtPerPersonYear, 10_000_000, 2, {
    hint: ['ตามข้อมูลความจำเป็นพื้นฐาน (จปฐ.) ปีล่าสุด', 'From the latest Basic Minimum Needs (BMN) survey'],
  }),
  integer('ET07', 'จำนวนโรงแรมและที่พัก', 'Hotels and lodgings', U.place, MAX_PLACES),
  decimal('ET08', 'พื้นที่การเกษตร', 'Agricultural land', U.rai, 100_000_000, 2),
  choice('ET09', 'อาชีพหลักของประชากร', 'Main occupation of the population', [
    option('AGRICULTURE', 'เกษตรกรรม', 'Farming'),
    option('FISHERY', 'ประมง', 'Fishing'),
    option('TRADE', 'ค้าขาย', 'Trade'),
    option('GENERAL_LABOUR', 'รับจ้างทั่วไป', 'General labour'),
    option('INDUSTRY', 'อุตสาหกรรม', 'Industry'),
    option('SERVICES', 'บริการและการท่องเที่ยว', 'Services and tourism'),
    option('CIVIL_SERVICE', 'รับราชการ', 'Civil service'),
  ]),
  multiChoice(
    'ET10',
    'ประเภทแหล่งท่องเที่ยวในพื้นที่',
    'Kinds of tourist attraction in the area',
    [
      option('NATURE', 'ธรรมชาติ', 'Nature'),
      option('BEACH_ISLAND', 'ชายหาดและเกาะ', 'Beaches and islands'),
      option('HISTORICAL', 'ประวัติศาสตร์และโบราณสถาน', 'History and ancient sites'),
      option('RELIGIOUS', 'ศาสนสถาน', 'Religious sites'),
      option('CULTURE', 'วัฒนธรรมและวิถีชุมชน', 'Culture and community life'),
      option('AGROTOURISM', 'เกษตร', 'Agrotourism'),
    ],
    optional,
  ),
  yesNo('ET11', 'มีตลาดชุมชนหรือถนนคนเดินที่ อปท. ส่งเสริม', 'Has a community market or walking street the LAO supports'),
  text('ET12', 'สินค้าหรือผลิตภัณฑ์เด่นของพื้นที่', 'Notable products of the area', 500, optional),
];
