import type { IndicatorDefinition, IndicatorValue, LaoType } from '@lao/domain';
import { INFO_CATALOGUE_V1 } from '../info/migrations/info-catalogue-v1.data';

/*
 * Plausible INFO values for the demonstration registry. Each indicator has a row in SPECS giving, per LAO type,
 * the range its figure falls in (or a ratio of another indicator's figure), how strongly it follows the LAO's size,
 * its yearly growth and how much it moves from year to year. An LAO's place within each range comes from a hash of
 * its code, so the same LAO looks the same every year (a large SAO stays large, its temples stay put); the seeded
 * PRNG the caller passes only adds the year-to-year movement. Province codes (digits 2–3 of the LAO code) give a
 * few regional traits: mosques in the deep south, haze in the north, fishing on the coast.
 */

type Range = readonly [number, number];
type ByType<T> = Record<LaoType, T>;
type Area = 'NORTH' | 'NORTHEAST' | 'CENTRAL' | 'METRO' | 'EAST' | 'SOUTH' | 'DEEP_SOUTH' | 'COASTAL';
/** Multipliers for LAOs in an area: of a figure, of a choice's weight, or of an option's chance. */
type AreaFactors = Partial<Record<Area, number>>;

/** Per-type figures in a fixed order: SAO, subdistrict municipality, town, city, Pattaya, Bangkok, PAO. */
function t7<T>(sao: T, subdistrict: T, town: T, city: T, pattaya: T, bangkok: T, pao: T): ByType<T> {
  return {
    SAO: sao,
    SUBDISTRICT_MUNICIPALITY: subdistrict,
    TOWN_MUNICIPALITY: town,
    CITY_MUNICIPALITY: city,
    PATTAYA: pattaya,
    BANGKOK: bangkok,
    PAO: pao,
  };
}
const every = <T>(value: T): ByType<T> => t7(value, value, value, value, value, value, value);

interface NumberSpec {
  kind: 'number';
  /** Where the figure falls, per type (log-scaled when the range starts above zero). */
  range: ByType<Range>;
  /** For these types, the figure is another indicator's (rounded, noise-free) figure times a ratio from the range. */
  of?: { code: string; ratio: Partial<ByType<Range>> };
  /** Chance the figure is zero (no such facility at all). */
  zero?: Partial<ByType<number>>;
  /** How much the figure follows the LAO's overall size, 0..1 (default 0.7). */
  sizeWeight?: number;
  /** Yearly growth from 2566 (0.02 = 2 % a year). */
  growth?: number;
  /** Year-to-year movement drawn from the PRNG, as a fraction (0.1 = ±10 %). Stock counts have none. */
  noise?: number;
  /** Figures come in steps, per type (a PAO's council seats). */
  step?: Partial<ByType<number>>;
  areas?: AreaFactors;
}
interface BooleanSpec {
  kind: 'boolean';
  chance: ByType<number>;
  areas?: AreaFactors;
}
/** Option value → its weight (CHOICE) or chance (MULTI_CHOICE), the same for every type or per type. */
type OptionTable = Record<string, number | ByType<number>>;
interface ChoiceSpec {
  kind: 'choice';
  weights: OptionTable;
  areas?: Partial<Record<Area, Record<string, number>>>;
  /** Drawn afresh each year (an audit opinion) rather than a stable trait of the LAO. */
  yearly?: boolean;
  /** This value when the other indicator's figure is zero, and never otherwise. */
  whenZero?: { code: string; value: string };
}
interface MultiChoiceSpec {
  kind: 'multi';
  chances: OptionTable;
  areas?: Partial<Record<Area, Record<string, number>>>;
}
interface TextSpec {
  kind: 'text';
  samples: readonly string[];
  /** Further answers only LAOs in these areas give (seafood on the coast, coffee in the north). */
  areaSamples?: Partial<Record<Area, readonly string[]>>;
}
type Spec = NumberSpec | BooleanSpec | ChoiceSpec | MultiChoiceSpec | TextSpec;

const n = (range: ByType<Range>, more: Omit<NumberSpec, 'kind' | 'range'> = {}): NumberSpec => ({ kind: 'number', range, ...more });
/** A figure derived from another indicator's for every type. */
const ratioOf = (code: string, ratio: ByType<Range>, more: Omit<NumberSpec, 'kind' | 'range' | 'of'> = {}): NumberSpec => ({
  kind: 'number',
  range: every([0, 0] as Range),
  of: { code, ratio },
  ...more,
});
const yes = (chance: ByType<number>, areas?: AreaFactors): BooleanSpec => ({ kind: 'boolean', chance, areas });
const none: Range = [0, 0];

const SPECS: Record<string, Spec> = {
  // ด้านสาธารณสุขและสิ่งแวดล้อม
  PH01: n(t7([1, 3], [1, 2], [0, 3], [0, 2], [0, 1], none, [60, 350]), { zero: t7(0, 0.1, 0.3, 0.6, 0.8, 1, 0) }),
  PH02: n(t7([1, 1], [1, 1], [1, 4], [3, 15], [6, 10], [170, 200], [8, 50]), { zero: t7(0.9, 0.5, 0, 0, 0, 0, 0) }),
  PH03: n(t7([1, 1], [1, 1], [1, 3], [2, 10], [2, 4], [69, 69], [1, 3]), { zero: t7(0.95, 0.7, 0.2, 0, 0, 0, 0.6) }),
  PH04: n(t7([80, 350], [60, 300], [200, 700], [400, 2500], [300, 500], [10_000, 14_000], [5_000, 45_000]), { noise: 0.02 }),
  PH05: ratioOf('SC01', t7([0.0007, 0.0011], [0.0009, 0.0013], [0.0011, 0.0015], [0.0012, 0.0018], [0.004, 0.006], [0.0017, 0.0019], [0.0009, 0.0013]), {
    noise: 0.01,
  }),
  PH06: ratioOf('PH05', t7([0.2, 0.85], [0.6, 0.95], [0.85, 0.97], [0.9, 0.97], [0.93, 0.97], [0.95, 0.97], [0.6, 0.9]), { noise: 0.01 }),
  PH07: {
    kind: 'choice',
    weights: {
      SANITARY_LANDFILL: t7(15, 25, 40, 55, 60, 80, 40),
      INCINERATOR: t7(2, 3, 8, 20, 35, 20, 10),
      SENT_TO_OTHER_LAO: t7(45, 45, 35, 20, 5, 0, 30),
      OPEN_DUMP: t7(30, 22, 12, 2, 0, 0, 5),
      OTHER: t7(8, 5, 5, 3, 0, 0, 15),
    },
  },
  PH08: n(t7([1, 3], [1, 5], [4, 15], [15, 60], [40, 70], [2_000, 2_300], [1, 8]), { zero: t7(0.3, 0, 0, 0, 0, 0, 0.5) }),
  PH09: yes(t7(0.03, 0.1, 0.4, 0.85, 1, 1, 0.15)),
  PH10: ratioOf('SC02', t7([0.3, 0.9], [0.3, 0.85], [0.2, 0.7], [0.15, 0.6], [0.2, 0.4], [0.1, 0.3], [0.3, 0.7]), { growth: 0.03 }),
  PH11: {
    kind: 'multi',
    chances: {
      AIR: t7(0.35, 0.4, 0.5, 0.7, 0.5, 0.95, 0.6),
      WATER: t7(0.25, 0.3, 0.45, 0.6, 0.6, 0.9, 0.5),
      NOISE: t7(0.05, 0.1, 0.3, 0.6, 0.7, 0.9, 0.2),
      UNCOLLECTED_WASTE: t7(0.5, 0.4, 0.3, 0.3, 0.4, 0.5, 0.5),
      ODOUR: t7(0.2, 0.2, 0.25, 0.35, 0.3, 0.6, 0.3),
      HAZARDOUS_WASTE: t7(0.05, 0.08, 0.15, 0.3, 0.2, 0.6, 0.3),
    },
    areas: { NORTH: { AIR: 2.5 }, EAST: { HAZARDOUS_WASTE: 2 }, METRO: { HAZARDOUS_WASTE: 2, WATER: 1.5 } },
  },
  PH12: n(t7([2, 50], [2, 40], [10, 150], [50, 800], [100, 300], [25_000, 26_500], [20, 500]), { growth: 0.01 }),

  // ด้านนวัตกรรมและการศึกษา
  ED01: n(t7([1, 2], [1, 2], [1, 6], [4, 20], [11, 11], [437, 437], [5, 60]), { zero: t7(0.9, 0.6, 0.1, 0, 0, 0, 0) }),
  ED02: ratioOf('ED01', t7([80, 300], [150, 600], [300, 900], [400, 1_200], [800, 1_200], [580, 620], [200, 600]), { growth: -0.01, noise: 0.02 }),
  ED03: n(t7([1, 4], [1, 3], [1, 6], [2, 12], [6, 10], [280, 300], [1, 3]), { zero: t7(0, 0, 0, 0, 0, 0, 0.6) }),
  ED04: ratioOf('ED03', t7([25, 70], [30, 90], [40, 120], [60, 150], [80, 120], [50, 80], [40, 100]), { growth: -0.02, noise: 0.03 }),
  ED05: n(t7([2, 8], [2, 8], [5, 20], [15, 70], [20, 30], [1_300, 1_500], [200, 1_200])),
  ED06: n(t7([1, 6], [1, 6], [3, 12], [5, 30], [8, 15], [150, 300], [30, 200])),
  ED07: n(t7([0, 15], [1, 20], [5, 60], [20, 300], [50, 200], [8_000, 15_000], [0, 50]), { growth: 0.1 }),
  ED08: n(t7([1.5e6, 8e6], [2e6, 15e6], [20e6, 120e6], [100e6, 600e6], [300e6, 500e6], [6e9, 9e9], [80e6, 800e6]), {
    growth: 0.03,
    noise: 0.08,
  }),
  ED09: yes(t7(0.35, 0.4, 0.6, 0.8, 0.9, 0.9, 0.5)),
  ED10: {
    kind: 'choice',
    weights: {
      PRE_PRIMARY: t7(15, 10, 5, 0, 0, 0, 0),
      PRIMARY: t7(60, 50, 35, 20, 10, 30, 10),
      LOWER_SECONDARY: t7(20, 25, 25, 20, 10, 0, 20),
      UPPER_SECONDARY: t7(5, 15, 35, 60, 80, 1, 70),
    },
    whenZero: { code: 'ED01', value: 'NONE' },
  },
  ED11: {
    kind: 'multi',
    chances: {
      CCTV: t7(0.8, 0.85, 0.95, 1, 1, 1, 0.7),
      PUBLIC_WIFI: t7(0.4, 0.5, 0.7, 0.9, 0.9, 1, 0.4),
      MOBILE_APP: t7(0.05, 0.1, 0.25, 0.5, 0.7, 0.95, 0.2),
      IOT_SENSOR: t7(0.05, 0.08, 0.15, 0.4, 0.5, 0.9, 0.2),
      SMART_LIGHTING: t7(0.05, 0.1, 0.2, 0.4, 0.5, 0.6, 0.1),
      GIS: t7(0.7, 0.75, 0.85, 0.95, 1, 1, 0.6),
    },
  },
  ED12: {
    kind: 'text',
    samples: [
      'ศูนย์พัฒนาเด็กเล็กใช้แอปพลิเคชันติดตามพัฒนาการเด็กร่วมกับผู้ปกครอง',
      'จัดห้องเรียนออนไลน์ภาษาอังกฤษให้นักเรียนในพื้นที่ร่วมกับสถานศึกษาใกล้เคียง',
      'โครงการหนูน้อยรักการอ่าน ส่งเสริมให้ผู้ปกครองอ่านนิทานกับเด็กทุกวัน',
      'ศูนย์การเรียนรู้ดิจิทัลชุมชนสอนผู้สูงอายุใช้สมาร์ตโฟนและระวังภัยออนไลน์',
      'ใช้ระบบแผนที่ภาษี (GIS) ร่วมกับข้อมูลผังเมืองในการวางแผนพัฒนาพื้นที่',
      'จัดตั้งแหล่งเรียนรู้เกษตรอินทรีย์ในโรงเรียนให้นักเรียนปลูกผักเป็นอาหารกลางวัน',
      'ติดตั้งกล้องวงจรปิดและระบบแจ้งเตือนอัจฉริยะรอบสถานศึกษาเพื่อความปลอดภัยของเด็ก',
    ],
  },

  // ด้านสาธารณภัย
  DS01: yes(t7(0.95, 0.96, 0.98, 1, 1, 1, 0.98)),
  DS02: n(t7([50, 300], [40, 250], [100, 500], [200, 1_200], [300, 600], [15_000, 25_000], [2_000, 15_000]), { noise: 0.03 }),
  DS03: n(t7([1, 2], [1, 3], [2, 8], [5, 20], [15, 25], [450, 600], [1, 5]), { zero: t7(0.35, 0, 0, 0, 0, 0, 0.5) }),
  DS04: n(t7([1, 3], [1, 3], [2, 6], [3, 12], [6, 12], [150, 250], [2, 15])),
  DS05: n(t7([1, 2], [1, 3], [1, 5], [3, 12], [6, 12], [100, 200], [1, 10]), { zero: t7(0.3, 0.1, 0, 0, 0, 0, 0.3) }),
  DS06: ratioOf('SC03', t7([0, 0.6], [0, 0.6], [0, 0.5], [0, 0.4], [0.1, 0.3], [0.05, 0.2], [0.05, 0.3]), {
    areas: { CENTRAL: 1.5, METRO: 1.3, NORTHEAST: 1.2 },
  }),
  DS07: {
    kind: 'multi',
    chances: {
      FLOOD: t7(0.65, 0.7, 0.7, 0.75, 0.8, 0.9, 0.95),
      DROUGHT: t7(0.65, 0.55, 0.35, 0.2, 0.4, 0.02, 0.9),
      STORM: t7(0.6, 0.55, 0.5, 0.5, 0.6, 0.6, 0.9),
      FIRE: t7(0.6, 0.7, 0.85, 0.95, 0.95, 1, 0.9),
      LANDSLIDE: t7(0.06, 0.05, 0.04, 0.03, 0.05, 0, 0.15),
      FOREST_FIRE: t7(0.15, 0.1, 0.05, 0.03, 0.02, 0, 0.3),
      HAZE: t7(0.2, 0.25, 0.3, 0.4, 0.2, 0.9, 0.4),
    },
    areas: {
      NORTH: { LANDSLIDE: 5, FOREST_FIRE: 4, HAZE: 4 },
      NORTHEAST: { DROUGHT: 1.4, HAZE: 1.5 },
      SOUTH: { LANDSLIDE: 4, DROUGHT: 0.5, HAZE: 0.5, STORM: 1.3 },
      CENTRAL: { FLOOD: 1.2 },
    },
  },
  DS08: n(t7([0, 8], [0, 8], [1, 15], [3, 40], [5, 30], [300, 700], [10, 80]), { sizeWeight: 0.3, noise: 0.5 }),
  DS09: n(t7([0, 3e6], [0, 3e6], [0, 8e6], [0, 20e6], [0, 10e6], [20e6, 200e6], [5e6, 300e6]), { sizeWeight: 0.3, noise: 0.6 }),
  DS10: n(t7([0, 3], [0, 3], [1, 5], [2, 10], [3, 10], [50, 200], [1, 8]), { sizeWeight: 0.4, noise: 0.3 }),
  DS11: {
    kind: 'choice',
    weights: {
      OWN_UNIT: t7(55, 70, 85, 90, 1, 1, 60),
      JOINT_WITH_OTHER_LAO: t7(20, 15, 5, 0, 0, 0, 25),
      FOUNDATION: t7(10, 10, 10, 10, 0, 0, 15),
      NONE: t7(15, 5, 0, 0, 0, 0, 0),
    },
  },
  DS12: n(t7([8, 25], [6, 20], [5, 15], [5, 12], [5, 10], [8, 15], [10, 30]), { sizeWeight: 0.1, noise: 0.1 }),

  // ด้านโครงสร้างพื้นฐาน
  IF01: n(t7([2, 30], [3, 30], [15, 80], [60, 300], [120, 160], [5_400, 5_800], [200, 1_500]), { growth: 0.02 }),
  IF02: n(t7([10, 80], [10, 60], [20, 120], [80, 400], [80, 120], [1_500, 2_500], [100, 900]), { growth: 0.03 }),
  IF03: n(t7([10, 120], [5, 60], [0, 15], [0, 5], [0, 2], none, [50, 600]), { growth: -0.03 }),
  IF04: n(t7([2, 20], [2, 15], [3, 25], [10, 60], [5, 15], [900, 1_200], [50, 400])),
  IF05: ratioOf('SC02', t7([0.97, 0.99], [0.975, 0.99], [0.98, 0.993], [0.985, 0.993], [0.985, 0.993], [0.985, 0.993], [0.97, 0.99])),
  IF06: ratioOf('SC02', t7([0.75, 0.97], [0.85, 0.98], [0.93, 0.99], [0.96, 0.993], [0.97, 0.993], [0.985, 0.993], [0.8, 0.95]), {
    growth: 0.003,
  }),
  IF07: n(t7([100, 800], [200, 1_200], [800, 4_000], [3_000, 20_000], [8_000, 12_000], [150_000, 200_000], [0, 500]), { growth: 0.03 }),
  IF08: yes(t7(0.35, 0.6, 0.9, 1, 1, 1, 0.9)),
  IF09: {
    kind: 'choice',
    weights: {
      LAO_WATERWORKS: t7(30, 40, 30, 15, 0, 0, 10),
      PWA: t7(10, 45, 70, 85, 1, 0, 80),
      MWA: t7(0, 0, 0, 0, 0, 1, 0),
      VILLAGE_WATER: t7(55, 15, 0, 0, 0, 0, 10),
      NONE: t7(5, 0, 0, 0, 0, 0, 0),
    },
    areas: { METRO: { MWA: 1, PWA: 0.1 } },
  },
  IF10: {
    kind: 'multi',
    chances: {
      MOBILE_4G: t7(0.97, 0.98, 1, 1, 1, 1, 1),
      MOBILE_5G: t7(0.3, 0.45, 0.8, 0.95, 1, 1, 0.9),
      FIBRE: t7(0.7, 0.8, 0.95, 1, 1, 1, 1),
      FIXED_LINE: t7(0.3, 0.5, 0.8, 0.9, 0.9, 1, 0.9),
    },
  },
  IF11: n(t7([5, 30], [5, 35], [10, 60], [20, 120], [30, 80], [300, 800], [50, 300]), { noise: 0.25 }),
  IF12: n(t7([1, 1], [1, 2], [1, 6], [2, 30], [20, 60], [1_500, 3_000], [20, 300]), { zero: t7(0.9, 0.7, 0.3, 0, 0, 0, 0), growth: 0.3 }),

  // ด้านการบริหารจัดการน้ำ
  WM01: n(t7([3, 25], [2, 15], [2, 15], [3, 20], [2, 8], [1_600, 1_700], [150, 1_000]), { sizeWeight: 0.5 }),
  WM02: n(t7([5, 40], [3, 25], [2, 15], [2, 15], [3, 6], [20, 40], [300, 2_500]), { sizeWeight: 0.5, growth: 0.01 }),
  WM03: n(t7([5, 40], [3, 30], [1, 15], [1, 10], [1, 10], [1, 5], [300, 3_000]), {
    zero: t7(0, 0, 0.2, 0.4, 0.5, 0.8, 0),
    areas: { NORTHEAST: 1.5, METRO: 0.3 },
  }),
  WM04: n(t7([0, 15_000], [0, 8_000], [0, 2_000], [0, 1_000], none, [60_000, 90_000], [50_000, 1_500_000]), {
    sizeWeight: 0.4,
    areas: { CENTRAL: 1.8, NORTHEAST: 0.6 },
  }),
  WM05: n(t7([50, 800], [200, 3_000], [1_000, 15_000], [5_000, 60_000], none, none, [100, 2_000]), {
    zero: t7(0.5, 0.4, 0.6, 0.8, 1, 1, 0.8),
    noise: 0.05,
  }),
  WM06: n(t7([3, 20], [1, 12], [0, 5], [0, 2], none, none, [5, 50]), { zero: t7(0, 0, 0.4, 0.8, 1, 1, 0.5) }),
  WM07: yes(t7(0.7, 0.75, 0.85, 0.95, 1, 1, 0.9)),
  WM08: {
    kind: 'multi',
    chances: {
      FLOODING: t7(0.55, 0.6, 0.65, 0.75, 0.9, 0.95, 0.9),
      DOMESTIC_SHORTAGE: t7(0.5, 0.4, 0.25, 0.15, 0.4, 0.02, 0.6),
      AGRICULTURAL_SHORTAGE: t7(0.65, 0.5, 0.2, 0.05, 0.05, 0.1, 0.9),
      POOR_QUALITY: t7(0.3, 0.35, 0.5, 0.6, 0.6, 0.9, 0.5),
      SALINITY: t7(0.03, 0.03, 0.03, 0.03, 0.1, 0.3, 0.05),
      BANK_EROSION: t7(0.2, 0.25, 0.25, 0.25, 0.05, 0.5, 0.5),
    },
    areas: {
      NORTHEAST: { DOMESTIC_SHORTAGE: 1.6, AGRICULTURAL_SHORTAGE: 1.3, SALINITY: 5 },
      COASTAL: { SALINITY: 10 },
      CENTRAL: { FLOODING: 1.2, BANK_EROSION: 1.5 },
    },
  },
  WM09: {
    kind: 'choice',
    weights: {
      PASSED: t7(40, 55, 70, 85, 90, 1, 60),
      PARTLY_PASSED: t7(25, 25, 20, 10, 10, 0, 25),
      FAILED: t7(10, 5, 3, 2, 0, 0, 5),
      NOT_TESTED: t7(25, 15, 7, 3, 0, 0, 10),
    },
  },
  WM10: n(t7([20_000, 800_000], [10_000, 400_000], [10_000, 300_000], [10_000, 500_000], [50_000, 500_000], [13e6, 14e6], [1e6, 30e6]), {
    sizeWeight: 0.4,
  }),
  WM11: n(t7([0, 8], [0, 6], [1, 10], [1, 15], [1, 5], [50, 200], [5, 60]), { sizeWeight: 0.4, noise: 0.3 }),
  WM12: {
    kind: 'text',
    samples: [
      'ต้องการขุดลอกหนองน้ำสาธารณะเพื่อเพิ่มปริมาณน้ำสำหรับการเกษตรในฤดูแล้ง',
      'ต้องการขยายเขตระบบประปาหมู่บ้านให้ครอบคลุมครัวเรือนที่อยู่ห่างไกล',
      'ต้องการเครื่องสูบน้ำขนาดใหญ่และปรับปรุงทางระบายน้ำเพื่อแก้ปัญหาน้ำท่วมขังในชุมชน',
      'ต้องการเจาะบ่อบาดาลเพิ่มเติมและปรับปรุงคุณภาพน้ำประปาให้ได้มาตรฐาน',
      'ต้องการก่อสร้างฝายชะลอน้ำบนลำห้วยเพื่อเก็บกักน้ำไว้ใช้ตลอดปี',
      'ต้องการสร้างเขื่อนป้องกันตลิ่งพังริมแม่น้ำบริเวณชุมชนหนาแน่น',
    ],
  },

  // ด้านการจัดการภายในและธรรมาภิบาล
  // SAO council: one member per village (seats for at least six); municipalities and the special LAOs have fixed
  // councils; a PAO's grows with the province in steps of six.
  IG01: n(t7([0, 0], [12, 12], [18, 18], [24, 24], [24, 24], [50, 50], [24, 48]), {
    of: { code: 'SC03', ratio: { SAO: [1, 1] } },
    sizeWeight: 1,
    step: { PAO: 6 },
  }),
  IG02: n(t7([10, 30], [12, 35], [40, 120], [150, 500], [300, 400], [26_000, 30_000], [150, 1_200]), { noise: 0.02 }),
  IG03: n(t7([15, 60], [20, 80], [80, 300], [300, 1_500], [700, 1_200], [40_000, 55_000], [150, 800]), { noise: 0.03 }),
  IG04: n(t7([20e6, 80e6], [30e6, 120e6], [120e6, 600e6], [600e6, 3e9], [2.5e9, 3.5e9], [80e9, 95e9], [400e6, 3.5e9]), {
    growth: 0.03,
    noise: 0.04,
  }),
  IG05: ratioOf('IG04', t7([0.03, 0.1], [0.05, 0.15], [0.1, 0.25], [0.15, 0.35], [0.25, 0.35], [0.2, 0.3], [0.05, 0.15]), { noise: 0.05 }),
  IG06: ratioOf('IG04', t7([0.82, 0.95], [0.82, 0.95], [0.85, 0.97], [0.85, 0.97], [0.85, 0.95], [0.9, 0.98], [0.8, 0.95]), { noise: 0.02 }),
  IG07: n(t7([1, 8], [1, 10], [3, 20], [8, 40], [15, 30], [40, 80], [2, 15]), { zero: t7(0.2, 0.1, 0, 0, 0, 0, 0.1), growth: 0.15 }),
  IG08: n(t7([0, 10], [0, 10], [0, 20], [0, 40], [0, 30], [50, 200], [0, 20]), { growth: -0.3, noise: 0.3 }),
  IG09: {
    kind: 'multi',
    chances: {
      WEBSITE: t7(0.9, 0.92, 0.97, 1, 1, 1, 1),
      FACEBOOK: t7(0.95, 0.95, 0.97, 1, 1, 1, 1),
      LINE_OA: t7(0.55, 0.6, 0.75, 0.9, 1, 1, 0.8),
      LOUDSPEAKER: t7(0.9, 0.8, 0.5, 0.3, 0.2, 0.05, 0.2),
      COMMUNITY_RADIO: t7(0.35, 0.35, 0.3, 0.3, 0.4, 0.3, 0.4),
      NOTICE_BOARD: t7(0.85, 0.85, 0.85, 0.9, 0.9, 0.9, 0.9),
      MOBILE_APP: t7(0.05, 0.1, 0.25, 0.5, 0.8, 0.95, 0.2),
    },
  },
  IG10: n(t7([70, 98], [72, 98], [80, 99], [85, 99], [85, 95], [85, 95], [80, 99]), { sizeWeight: 0.2, noise: 0.03 }),
  IG11: {
    kind: 'choice',
    yearly: true,
    weights: { UNQUALIFIED: 65, QUALIFIED: 25, ADVERSE: 1, DISCLAIMER: 2, PENDING: 7 },
  },
  IG12: yes(t7(0.97, 0.97, 0.98, 1, 1, 1, 1)),

  // ด้านสังคม ศาสนา วัฒนธรรม
  SC01: n(t7([3_000, 12_000], [3_000, 15_000], [10_000, 50_000], [50_000, 300_000], [115_000, 125_000], [5_450_000, 5_520_000], [300_000, 2_500_000]), {
    sizeWeight: 0.85,
    growth: 0.002,
    noise: 0.003,
  }),
  SC02: ratioOf('SC01', t7([0.32, 0.4], [0.33, 0.41], [0.35, 0.43], [0.36, 0.45], [0.5, 0.6], [0.45, 0.5], [0.33, 0.4]), { growth: 0.008 }),
  SC03: n(t7([6, 22], [4, 15], [10, 35], [20, 120], [40, 45], [2_000, 2_100], [500, 3_000])),
  SC04: ratioOf('SC01', t7([0.15, 0.21], [0.15, 0.21], [0.14, 0.2], [0.13, 0.19], [0.1, 0.14], [0.16, 0.18], none), { growth: 0.04, noise: 0.01 }),
  SC05: ratioOf('SC01', t7([0.025, 0.04], [0.025, 0.04], [0.02, 0.035], [0.018, 0.03], [0.015, 0.025], [0.015, 0.02], none), {
    growth: 0.02,
    noise: 0.01,
  }),
  SC06: n(t7([3, 15], [2, 12], [5, 25], [10, 50], [15, 20], [440, 460], [300, 1_500]), { areas: { DEEP_SOUTH: 0.25 } }),
  SC07: n(t7([1, 2], [1, 2], [1, 3], [1, 6], [3, 6], [180, 190], [2, 60]), {
    zero: t7(0.8, 0.8, 0.6, 0.4, 0, 0, 0),
    areas: { DEEP_SOUTH: 5, SOUTH: 2, METRO: 2 },
  }),
  SC08: n(t7([1, 2], [1, 2], [1, 3], [1, 8], [3, 8], [150, 250], [5, 80]), {
    zero: t7(0.75, 0.7, 0.5, 0, 0, 0, 0),
    areas: { NORTH: 2, DEEP_SOUTH: 0.5 },
  }),
  SC09: yes(t7(0.6, 0.65, 0.8, 0.9, 1, 1, 0.4)),
  SC10: {
    kind: 'choice',
    weights: { BUDDHISM: 95, ISLAM: 3, CHRISTIANITY: 1, OTHER: 1 },
    areas: { DEEP_SOUTH: { ISLAM: 40 }, SOUTH: { ISLAM: 3 } },
  },
  SC11: {
    kind: 'multi',
    chances: {
      ELDERLY_CLUB: 0.95,
      WOMEN_GROUP: 0.85,
      YOUTH_COUNCIL: 0.8,
      VOLUNTEERS: 0.7,
      SAVINGS_GROUP: t7(0.85, 0.8, 0.6, 0.5, 0.4, 0.4, 0.8),
      FUNERAL_ASSOCIATION: t7(0.7, 0.65, 0.5, 0.4, 0.3, 0.3, 0.6),
    },
  },
  SC12: n(t7([200_000, 1.5e6], [300_000, 2e6], [1e6, 6e6], [3e6, 25e6], [10e6, 30e6], [150e6, 400e6], [5e6, 60e6]), { noise: 0.15 }),

  // ด้านเศรษฐกิจและการท่องเที่ยว
  ET01: n(t7([1, 4], [1, 5], [2, 10], [5, 30], [10, 25], [450, 550], [80, 400]), { zero: t7(0.2, 0, 0, 0, 0, 0, 0) }),
  ET02: n(t7([3, 30], [2, 25], [5, 40], [10, 80], [10, 40], [1_500, 2_500], [500, 4_000]), { sizeWeight: 0.5, growth: 0.03 }),
  ET03: n(t7([3, 30], [2, 25], [3, 30], [5, 40], [5, 20], [300, 600], [500, 3_000]), { sizeWeight: 0.5, growth: 0.02 }),
  ET04: n(t7([1, 6], [1, 6], [1, 10], [3, 25], [30, 50], [350, 450], [30, 200]), { zero: t7(0.25, 0.2, 0, 0, 0, 0, 0), areas: { COASTAL: 1.5 } }),
  ET05: n(t7([500, 50_000], [500, 80_000], [10_000, 500_000], [100_000, 3e6], [8e6, 12e6], [40e6, 60e6], [500_000, 20e6]), {
    zero: t7(0.3, 0.2, 0, 0, 0, 0, 0),
    sizeWeight: 0.4,
    growth: 0.05,
    noise: 0.15,
    areas: { COASTAL: 2 },
  }),
  ET06: n(t7([60_000, 120_000], [65_000, 130_000], [70_000, 150_000], [80_000, 180_000], [90_000, 160_000], [120_000, 200_000], [70_000, 110_000]), {
    sizeWeight: 0.3,
    growth: 0.03,
    noise: 0.02,
    areas: { NORTHEAST: 0.85, METRO: 1.15 },
  }),
  ET07: n(t7([1, 5], [1, 8], [3, 30], [15, 150], [1_000, 2_000], [1_500, 2_200], [80, 1_500]), {
    zero: t7(0.5, 0.3, 0, 0, 0, 0, 0),
    growth: 0.02,
    areas: { COASTAL: 2, SOUTH: 1.3 },
  }),
  ET08: n(t7([5_000, 60_000], [1_000, 30_000], [100, 8_000], [0, 3_000], [0, 2_000], [100_000, 150_000], [500_000, 5e6]), { growth: -0.005 }),
  ET09: {
    kind: 'choice',
    weights: {
      AGRICULTURE: t7(80, 55, 10, 2, 0, 0, 90),
      FISHERY: t7(2, 3, 2, 0, 0, 0, 0),
      TRADE: t7(3, 12, 40, 40, 10, 30, 0),
      GENERAL_LABOUR: t7(12, 20, 25, 20, 10, 10, 10),
      INDUSTRY: t7(2, 5, 8, 6, 0, 0, 2),
      SERVICES: t7(1, 3, 10, 22, 80, 60, 0),
      CIVIL_SERVICE: t7(0, 2, 5, 10, 0, 0, 0),
    },
    areas: { COASTAL: { FISHERY: 10 }, EAST: { INDUSTRY: 4 }, METRO: { INDUSTRY: 4, AGRICULTURE: 0.3 } },
  },
  ET10: {
    kind: 'multi',
    chances: {
      NATURE: t7(0.6, 0.5, 0.4, 0.4, 0.8, 0.5, 0.95),
      BEACH_ISLAND: t7(0.01, 0.01, 0.01, 0.01, 0.98, 0, 0.025),
      HISTORICAL: t7(0.25, 0.3, 0.4, 0.6, 0.3, 0.95, 0.8),
      RELIGIOUS: t7(0.7, 0.75, 0.8, 0.9, 0.8, 1, 0.95),
      CULTURE: t7(0.5, 0.5, 0.5, 0.6, 0.7, 0.9, 0.8),
      AGROTOURISM: t7(0.35, 0.3, 0.15, 0.05, 0.05, 0.1, 0.7),
    },
    areas: { COASTAL: { BEACH_ISLAND: 40 }, NORTH: { NATURE: 1.4 } },
  },
  ET11: yes(t7(0.4, 0.5, 0.8, 0.95, 1, 1, 0.6)),
  ET12: {
    kind: 'text',
    samples: [
      'ผ้าทอพื้นเมืองย้อมสีธรรมชาติและเครื่องจักสานจากไม้ไผ่',
      'เครื่องปั้นดินเผาและของที่ระลึกจากภูมิปัญญาท้องถิ่น',
      'ผลิตภัณฑ์สมุนไพรแปรรูป ลูกประคบ และน้ำมันนวดจากกลุ่มวิสาหกิจชุมชน',
      'ข้าวสารคุณภาพดีและผลิตภัณฑ์แปรรูปจากข้าวของกลุ่มเกษตรกร',
    ],
    areaSamples: {
      NORTHEAST: ['ข้าวหอมมะลิอินทรีย์และผ้าไหมทอมือลายดั้งเดิมของชุมชน', 'ปลาร้าบองและผ้าขาวม้าทอมือ'],
      NORTH: ['กาแฟอาราบิกาปลูกบนพื้นที่สูงและชาพื้นเมืองของชุมชน', 'ลำไยอบแห้งและผ้าซิ่นตีนจก'],
      EAST: ['ผลไม้ตามฤดูกาล ได้แก่ ทุเรียน มังคุด และเงาะ จำหน่ายทั้งผลสดและแปรรูป'],
      SOUTH: ['ยางพาราแผ่นและผลิตภัณฑ์จากยางพารา', 'ผลไม้ตามฤดูกาล ได้แก่ ทุเรียน มังคุด และเงาะ จำหน่ายทั้งผลสดและแปรรูป'],
      COASTAL: ['อาหารทะเลแปรรูป เช่น ปลาหมึกแห้ง กะปิ และน้ำปลาคุณภาพดี'],
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------

const CATALOGUE = new Map(INFO_CATALOGUE_V1.map((i) => [i.code, i]));
const BASE_YEAR = 2566;

// Read once: a global lookup per call is slow where globals are proxied (jest's vm sandbox), and this runs millions
// of times when the demo fills every LAO's years.
const imul = Math.imul;

/** A stable number in [0, 1) for a text (FNV-1a, then a murmur3 finaliser so neighbouring texts spread out). */
function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

interface Lao {
  code: string;
  type: LaoType;
}

const COASTAL_PROVINCES = new Set(['11', '20', '21', '22', '23', '24', '74', '75', '76', '77', '80', '81', '82', '83', '84', '85', '86', '90', '91', '92', '94', '96']);

const areaCache = new Map<string, Area[]>();

/**
 * The areas an LAO lies in, from its province (digits 2–3 of its code). Bangkok and Pattaya have figures of their
 * own in every row, so no regional factor applies to them.
 */
function areasOf(lao: Lao): Area[] {
  if (lao.type === 'BANGKOK' || lao.type === 'PATTAYA') return [];
  const province = lao.code.slice(1, 3);
  const cached = areaCache.get(province);
  if (cached) return cached;
  const p = Number(province);
  const areas: Area[] = [];
  if ([10, 11, 12, 13, 73, 74].includes(p)) areas.push('METRO');
  else if ((p >= 14 && p <= 19) || (p >= 70 && p <= 77)) areas.push('CENTRAL');
  else if (p >= 20 && p <= 27) areas.push('EAST');
  else if (p >= 30 && p <= 49) areas.push('NORTHEAST');
  else if (p >= 50 && p <= 67) areas.push('NORTH');
  if (p >= 80 && p <= 96) areas.push('SOUTH');
  if ([91, 94, 95, 96].includes(p)) areas.push('DEEP_SOUTH');
  if (COASTAL_PROVINCES.has(province)) areas.push('COASTAL');
  areaCache.set(province, areas);
  return areas;
}

function areaFactor(factors: AreaFactors | undefined, areas: Area[]): number {
  return areas.reduce((f, a) => f * (factors?.[a] ?? 1), 1);
}

function optionFactor(factors: Partial<Record<Area, Record<string, number>>> | undefined, areas: Area[], value: string): number {
  return areas.reduce((f, a) => f * (factors?.[a]?.[value] ?? 1), 1);
}

function interpolate([lo, hi]: Range, t: number): number {
  if (lo > 0 && hi > lo) return lo * (hi / lo) ** t;
  return lo + (hi - lo) * t;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  // indicatorValueSchema checks the digits with an absolute tolerance, which large amounts (a city's revenue in
  // baht and satang) can miss by a hair; such a figure is kept to whole units instead.
  return Math.abs(Math.round(rounded * factor) - rounded * factor) < 1e-6 ? rounded : Math.round(value);
}

function digitsOf(indicator: Pick<IndicatorDefinition, 'valueType' | 'decimals'>): number {
  return indicator.valueType === 'DECIMAL' ? (indicator.decimals ?? 2) : 0;
}

function clamp(value: number, indicator: Pick<IndicatorDefinition, 'min' | 'max'>): number {
  return Math.min(indicator.max ?? Infinity, Math.max(indicator.min ?? 0, value));
}

/** An indicator's figure for an LAO and year before the year's movement: stable, and rounded like the answer. */
function steadyFigure(code: string, lao: Lao, fiscalYear: number, depth = 0): number {
  const spec = SPECS[code];
  const indicator = CATALOGUE.get(code);
  if (!spec || spec.kind !== 'number' || !indicator || depth > 4) return 0;
  const areas = areasOf(lao);
  const factor = areaFactor(spec.areas, areas);
  const own = hash01(`${lao.code}/${code}`);

  const zeroChance = (spec.zero?.[lao.type] ?? 0) / Math.max(1, factor);
  if (zeroChance > 0 && hash01(`${lao.code}/${code}/zero`) < zeroChance) return 0;

  const ratio = spec.of?.ratio[lao.type];
  let value: number;
  if (spec.of && ratio) {
    value = steadyFigure(spec.of.code, lao, fiscalYear, depth + 1) * interpolate(ratio, own);
  } else {
    const weight = spec.sizeWeight ?? 0.7;
    value = interpolate(spec.range[lao.type], weight * hash01(lao.code) + (1 - weight) * own);
  }
  value *= factor * (1 + (spec.growth ?? 0)) ** (fiscalYear - BASE_YEAR);
  const step = spec.step?.[lao.type];
  if (step) value = Math.round(value / step) * step;
  return clamp(roundTo(value, digitsOf(indicator)), indicator);
}

function numberValue(indicator: IndicatorDefinition, spec: NumberSpec, lao: Lao, fiscalYear: number, random: () => number): number {
  const steady = steadyFigure(indicator.code, lao, fiscalYear);
  const noise = spec.noise ?? 0;
  const moved = noise > 0 ? steady * (1 + (random() * 2 - 1) * noise) : steady;
  return clamp(roundTo(moved, digitsOf(indicator)), indicator);
}

function weightOf(table: OptionTable, value: string, type: LaoType): number {
  const entry = table[value];
  if (entry === undefined) return 0;
  return typeof entry === 'number' ? entry : entry[type];
}

function choiceValue(indicator: IndicatorDefinition, spec: ChoiceSpec, lao: Lao, fiscalYear: number, random: () => number): string {
  const values = (indicator.options ?? []).map((o) => o.value);
  if (spec.whenZero && steadyFigure(spec.whenZero.code, lao, fiscalYear) === 0) return spec.whenZero.value;
  const areas = areasOf(lao);
  const weighted = values
    .filter((v) => v !== spec.whenZero?.value)
    .map((v) => ({ v, w: weightOf(spec.weights, v, lao.type) * optionFactor(spec.areas, areas, v) }));
  const total = weighted.reduce((sum, o) => sum + o.w, 0);
  if (total <= 0) return values[0] ?? '';
  let draw = (spec.yearly ? random() : hash01(`${lao.code}/${indicator.code}`)) * total;
  for (const o of weighted) {
    draw -= o.w;
    if (draw < 0) return o.v;
  }
  return weighted[weighted.length - 1]!.v;
}

function multiChoiceValue(indicator: IndicatorDefinition, spec: MultiChoiceSpec, lao: Lao): string[] {
  const areas = areasOf(lao);
  const chances = (indicator.options ?? []).map((o) => ({
    v: o.value,
    p: Math.min(0.98, weightOf(spec.chances, o.value, lao.type) * optionFactor(spec.areas, areas, o.value)),
  }));
  const chosen = chances.filter((c) => hash01(`${lao.code}/${indicator.code}/${c.v}`) < c.p).map((c) => c.v);
  if (chosen.length > 0 || chances.length === 0) return chosen;
  // Never an empty answer: the likeliest option.
  return [chances.reduce((best, c) => (c.p > best.p ? c : best)).v];
}

/** A value for an indicator SPECS does not know (a later catalogue): valid, modest, and still deterministic. */
function fallbackValue(indicator: IndicatorDefinition, lao: Lao, random: () => number): IndicatorValue {
  const options = (indicator.options ?? []).map((o) => o.value);
  const min = indicator.min ?? 0;
  const max = Math.min(indicator.max ?? min + 100, min + 100);
  switch (indicator.valueType) {
    case 'INTEGER':
      return Math.round(min + (max - min) * random());
    case 'DECIMAL':
      return clamp(roundTo(min + (max - min) * random(), digitsOf(indicator)), indicator);
    case 'BOOLEAN':
      return random() < 0.7;
    case 'CHOICE':
      return options[Math.floor(hash01(`${lao.code}/${indicator.code}`) * options.length)] ?? null;
    case 'MULTI_CHOICE':
      return options.length > 0 ? [options[Math.floor(random() * options.length)]!] : [];
    case 'TEXT':
      return 'ข้อมูลตัวอย่างสำหรับการสาธิตระบบ';
  }
}

function valueOf(indicator: IndicatorDefinition, lao: Lao, fiscalYear: number, random: () => number): IndicatorValue {
  const spec = SPECS[indicator.code];
  if (!spec) return fallbackValue(indicator, lao, random);
  switch (spec.kind) {
    case 'number':
      return numberValue(indicator, spec, lao, fiscalYear, random);
    case 'boolean':
      return hash01(`${lao.code}/${indicator.code}`) < spec.chance[lao.type] * areaFactor(spec.areas, areasOf(lao));
    case 'choice':
      return choiceValue(indicator, spec, lao, fiscalYear, random);
    case 'multi':
      return multiChoiceValue(indicator, spec, lao);
    case 'text': {
      const pool = [...spec.samples, ...areasOf(lao).flatMap((a) => spec.areaSamples?.[a] ?? [])];
      const text = pool[Math.floor(hash01(`${lao.code}/${indicator.code}`) * pool.length)] ?? '';
      return indicator.maxLength ? text.slice(0, indicator.maxLength) : text;
    }
  }
}

/**
 * A plausible answer an LAO of this type would type in for a (typed-in) indicator and fiscal year; always valid for
 * indicatorValueSchema(indicator). `random` is the caller's seeded PRNG, for the year-to-year movement.
 */
export function demoInfoValue(indicator: IndicatorDefinition, lao: Lao, fiscalYear: number, random: () => number): IndicatorValue {
  if (indicator.linkedFrom) throw new Error(`${indicator.code} is linked from ${indicator.linkedFrom}: use demoLinkedValue`);
  return valueOf(indicator, lao, fiscalYear, random);
}

/**
 * The figure the source module (LEC, Welfare, Waste, ELE) would hold for a linked indicator: the same LAO's schools
 * and pupils, allowance recipients (none for a PAO, which pays no allowances), waste, and council seats.
 */
export function demoLinkedValue(indicator: IndicatorDefinition, lao: Lao, fiscalYear: number, random: () => number): IndicatorValue {
  if (!indicator.linkedFrom) throw new Error(`${indicator.code} is typed in, not linked: use demoInfoValue`);
  return valueOf(indicator, lao, fiscalYear, random);
}
