import { LAO_CODE_KIND_DIGIT, LAO_TYPES, type LaoType } from '@lao/domain';
import { demoEServiceAnswer, type EServiceAnswer, type EServiceChannel } from '../demo/eservice-demo-answers';
import { ESERVICE_CATALOGUE_V1, type EServiceItemSeed } from './migrations/eservice-catalogue-v1.data';

/** Real province codes outside Bangkok. */
const PROVINCES = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45,
  46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83,
  84, 85, 86, 90, 91, 92, 93, 94, 95, 96,
].map(String);

const CHANNELS: readonly EServiceChannel[] = ['WEBSITE', 'FACEBOOK', 'LINE', 'MOBILE_APP', 'EMAIL', 'OTHER'];
const YEARS = [2566, 2567, 2568, 2569, 2570];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pseudoLaos(type: LaoType, count: number, random: () => number): { code: string; type: LaoType }[] {
  return Array.from({ length: count }, () => {
    const province = type === 'BANGKOK' ? '10' : type === 'PATTAYA' ? '20' : PROVINCES[Math.floor(random() * PROVINCES.length)]!;
    const district = String(1 + Math.floor(random() * 20)).padStart(2, '0');
    const sequence = String(1 + Math.floor(random() * 30)).padStart(2, '0');
    return { code: `${LAO_CODE_KIND_DIGIT[type]}${province}${district}${sequence}`, type };
  });
}

const itemsOfSide = (side: number): EServiceItemSeed[] => {
  const s = ESERVICE_CATALOGUE_V1.find((x) => x.side === side)!;
  return [...s.groups.flatMap((g) => g.items), ...s.items];
};
const ALL_ITEMS = ESERVICE_CATALOGUE_V1.flatMap((s) => itemsOfSide(s.side).map((i) => ({ ...i, side: s.side })));

/** The consistency rules of the survey (seed 002, api-contract "e-Service survey"); an empty list when they hold. */
function violations(a: EServiceAnswer): string[] {
  const out: string[] = [];
  if (a.offered) {
    if (a.needed !== null) out.push('needed must be null when offered');
    if (!a.steps || a.steps.length === 0) out.push('steps must be non-empty');
    else {
      if (!a.steps.every((x) => Number.isInteger(x) && x >= 1 && x <= 6)) out.push('steps must be within 1..6');
      for (let i = 1; i < a.steps.length; i++) if (a.steps[i]! <= a.steps[i - 1]!) out.push('steps must be strictly ascending');
    }
    if (!a.channels || a.channels.length === 0) out.push('channels must be non-empty');
    else {
      if (new Set(a.channels).size !== a.channels.length) out.push('channels must not repeat');
      if (!a.channels.every((c) => CHANNELS.includes(c))) out.push('unknown channel');
    }
    if (a.users === null || !Number.isInteger(a.users) || a.users < 0) out.push('users must be an integer ≥ 0');
    const other = a.channels?.includes('OTHER') ?? false;
    if (other && (typeof a.otherChannels !== 'string' || a.otherChannels.trim() === '')) out.push('otherChannels required with OTHER');
    if (other && a.otherChannels && a.otherChannels.split(',').some((p) => p.trim() === '')) out.push('otherChannels has an empty part');
    if (!other && a.otherChannels !== null) out.push('otherChannels only with OTHER');
  } else {
    if (typeof a.needed !== 'boolean') out.push('needed must be answered when not offered');
    if (a.steps !== null || a.channels !== null || a.otherChannels !== null || a.users !== null) out.push('nothing else when not offered');
  }
  return out;
}

describe('e-Service catalogue v1', () => {
  it('has sides 1..6 in order, with the manual’s Thai titles and English ones', () => {
    expect(ESERVICE_CATALOGUE_V1.map((s) => s.side)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ESERVICE_CATALOGUE_V1.map((s) => s.titleTh)).toEqual([
      'งานบริการที่เกี่ยวข้องกับคุณภาพชีวิตประชาชน',
      'งานบริการที่เกี่ยวข้องกับเศรษฐกิจ',
      'สาธารณสุขและสิ่งแวดล้อม',
      'งานบริการที่เกี่ยวข้องกับโครงสร้างพื้นฐาน',
      'ด้านการร้องเรียนเกี่ยวกับหน่วยงาน อปท.',
      'งานบริการอื่น ๆ เพิ่มเติม นอกเหนือจากด้านที่ 1 – 5',
    ]);
    for (const s of ESERVICE_CATALOGUE_V1) expect(s.titleEn.trim().length).toBeGreaterThan(5);
  });

  it('gives side 1 its four sub-groups, holding all its items, and no other side a group', () => {
    const side1 = ESERVICE_CATALOGUE_V1[0]!;
    expect(side1.groups.map((g) => g.code)).toEqual(['S1_CHILD', 'S1_ELDERLY_DISABLED', 'S1_HEALTH', 'S1_COMPLAINT']);
    expect(side1.groups.map((g) => g.titleTh)).toEqual([
      'การบริการที่เกี่ยวข้องกับเด็กแรกเกิด เด็กเล็ก และวัยรุ่น',
      'การบริการที่เกี่ยวข้องกับการขึ้นทะเบียนผู้สูงอายุและคนพิการ',
      'การบริการอื่นที่เกี่ยวข้องกับสุขภาพ/อนามัย',
      'การร้องทุกข์ออนไลน์',
    ]);
    expect(side1.items).toEqual([]);
    for (const g of side1.groups) {
      expect(g.titleEn.trim()).not.toBe('');
      expect(g.items.length).toBeGreaterThanOrEqual(3);
    }
    for (const s of ESERVICE_CATALOGUE_V1.slice(1)) expect(s.groups).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5])('has at least 5 preset items in side %i', (side) => {
    expect(itemsOfSide(side).length).toBeGreaterThanOrEqual(5);
  });

  it('has no preset items in side 6', () => {
    expect(itemsOfSide(6)).toEqual([]);
    expect(ESERVICE_CATALOGUE_V1[5]!.groups).toEqual([]);
  });

  it('has unique codes S<side>_<NN>, numbered 01..n through each side, and unique names', () => {
    const codes = ALL_ITEMS.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(ALL_ITEMS.map((i) => i.nameTh)).size).toBe(ALL_ITEMS.length);
    for (const i of ALL_ITEMS) {
      expect(i.code).toMatch(/^S[1-6]_\d{2}$/);
      expect(i.code[1]).toBe(String(i.side));
      expect(i.nameTh.trim()).toBe(i.nameTh);
      expect(i.nameTh.length).toBeGreaterThan(3);
      expect(i.nameTh.length).toBeLessThanOrEqual(300);
      expect(i.nameEn.trim().length).toBeGreaterThan(3);
    }
    for (const side of [1, 2, 3, 4, 5]) {
      expect(itemsOfSide(side).map((i) => i.code)).toEqual(itemsOfSide(side).map((_, k) => `S${side}_${String(k + 1).padStart(2, '0')}`));
    }
  });

  it('holds the preset items the manual shows', () => {
    const names = new Set(ALL_ITEMS.map((i) => i.nameTh));
    for (const name of [
      'ลงทะเบียนรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด',
      'ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ',
      'ลงทะเบียนรับเบี้ยความพิการ',
      'บริการชำระค่าน้ำประปา/ค่าน้ำเสีย',
      'ขออนุญาตก่อสร้างอาคาร',
      'ร้องเรียนการทุจริตและประพฤติมิชอบ',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe('demo e-Service answers', () => {
  const random = mulberry32(2566);
  const laos = LAO_TYPES.flatMap((type) => pseudoLaos(type, 300, random));
  const codes = [...ALL_ITEMS.map((i) => i.code), 'ADDED-ITEM'];
  const offered = new Map<string, number>();
  const offeredByType = new Map<LaoType, number>();
  const offeredByYear = new Map<number, number>();
  const bad: string[] = [];
  let answers = 0;

  beforeAll(() => {
    const mathRandom = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('demoEServiceAnswer must use the PRNG it is given');
    });
    try {
      for (const lao of laos) {
        for (const year of YEARS) {
          for (const code of codes) {
            const a = demoEServiceAnswer(code, lao, year, random);
            answers++;
            const problems = violations(a);
            if (problems.length > 0 && bad.length < 20) bad.push(`${lao.type} ${lao.code} ${year} ${code}: ${problems.join('; ')} ${JSON.stringify(a)}`);
            if (a.offered) {
              offered.set(code, (offered.get(code) ?? 0) + 1);
              offeredByType.set(lao.type, (offeredByType.get(lao.type) ?? 0) + 1);
              offeredByYear.set(year, (offeredByYear.get(year) ?? 0) + 1);
            }
          }
        }
      }
    } finally {
      mathRandom.mockRestore();
    }
  });

  const rate = (code: string) => (offered.get(code) ?? 0) / (laos.length * YEARS.length);

  it('answers consistently for 300 LAOs of each type, FY 2566–2570, every item', () => {
    expect(answers).toBe(laos.length * YEARS.length * codes.length);
    expect(bad).toEqual([]);
  });

  it('offers online complaints more often than building permits', () => {
    const complaints = ESERVICE_CATALOGUE_V1[0]!.groups.find((g) => g.code === 'S1_COMPLAINT')!.items.map((i) => i.code);
    for (const c of complaints) {
      expect(rate(c)).toBeGreaterThan(rate('S4_01'));
      expect(rate(c)).toBeGreaterThan(0.4);
    }
    expect(rate('S4_01')).toBeGreaterThan(0);
    expect(rate('S4_01')).toBeLessThan(0.3);
  });

  it('has bigger LAOs adopt more, and adoption rise with the years', () => {
    const perType = (t: LaoType) => offeredByType.get(t) ?? 0;
    expect(perType('CITY_MUNICIPALITY')).toBeGreaterThan(perType('SUBDISTRICT_MUNICIPALITY'));
    expect(perType('TOWN_MUNICIPALITY')).toBeGreaterThan(perType('SAO'));
    expect(perType('BANGKOK')).toBeGreaterThan(perType('SAO'));
    for (let k = 1; k < YEARS.length; k++) expect(offeredByYear.get(YEARS[k]!)!).toBeGreaterThan(offeredByYear.get(YEARS[k - 1]!)!);
  });

  it('keeps an LAO offering a service in later years', () => {
    const r = mulberry32(7);
    for (const lao of laos.slice(0, 200)) {
      for (const code of codes) {
        const years = YEARS.map((y) => demoEServiceAnswer(code, lao, y, r).offered);
        // Once offered, offered in every later year: the answers never go from true back to false.
        expect(years.some((offered, i) => i > 0 && years[i - 1] && !offered)).toBe(false);
      }
    }
  });
});
