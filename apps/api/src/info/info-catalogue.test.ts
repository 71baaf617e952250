import { INFO_DOMAINS, LAO_CODE_KIND_DIGIT, LAO_TYPES, indicatorValueSchema, type IndicatorDefinition, type InfoDomain, type LaoType } from '@lao/domain';
import { demoInfoValue, demoLinkedValue } from '../demo/info-demo-values';
import { INFO_CATALOGUE_V1 } from './migrations/info-catalogue-v1.data';

const PREFIX: Record<InfoDomain, string> = {
  PUBLIC_HEALTH_ENVIRONMENT: 'PH',
  INNOVATION_EDUCATION: 'ED',
  DISASTER: 'DS',
  INFRASTRUCTURE: 'IF',
  WATER_MANAGEMENT: 'WM',
  INTERNAL_GOVERNANCE: 'IG',
  SOCIETY_RELIGION_CULTURE: 'SC',
  ECONOMY_TOURISM: 'ET',
};

/** Real province codes outside Bangkok. */
const PROVINCES = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45,
  46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83,
  84, 85, 86, 90, 91, 92, 93, 94, 95, 96,
].map(String);

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

const byCode = new Map(INFO_CATALOGUE_V1.map((i) => [i.code, i]));
const valueFor = (indicator: IndicatorDefinition, lao: { code: string; type: LaoType }, year: number, random: () => number) =>
  indicator.linkedFrom ? demoLinkedValue(indicator, lao, year, random) : demoInfoValue(indicator, lao, year, random);

describe('INFO catalogue v1', () => {
  it('has unique codes with the prefix of their domain', () => {
    expect(byCode.size).toBe(INFO_CATALOGUE_V1.length);
    for (const i of INFO_CATALOGUE_V1) {
      expect(i.code).toMatch(/^[A-Z]{2}\d{2}$/);
      expect(i.code.slice(0, 2)).toBe(PREFIX[i.section as InfoDomain]);
    }
  });

  it.each(INFO_DOMAINS)('has 10–12 indicators in %s, at positions 1..n', (domain) => {
    const indicators = INFO_CATALOGUE_V1.filter((i) => i.section === domain);
    expect(indicators.length).toBeGreaterThanOrEqual(10);
    expect(indicators.length).toBeLessThanOrEqual(12);
    expect(indicators.map((i) => i.position).sort((a, b) => a - b)).toEqual(indicators.map((_, k) => k + 1));
    expect(indicators.map((i) => Number(i.code.slice(2))).sort((a, b) => a - b)).toEqual(indicators.map((_, k) => k + 1));
    const types = new Set(indicators.map((i) => i.valueType));
    for (const t of ['INTEGER', 'DECIMAL', 'BOOLEAN', 'CHOICE', 'MULTI_CHOICE'] as const) expect(types).toContain(t);
  });

  it('gives choices at least two options with unique values, and only choices have options', () => {
    for (const i of INFO_CATALOGUE_V1) {
      if (i.valueType === 'CHOICE' || i.valueType === 'MULTI_CHOICE') {
        const values = (i.options ?? []).map((o) => o.value);
        expect(values.length).toBeGreaterThanOrEqual(2);
        expect(new Set(values).size).toBe(values.length);
        for (const o of i.options ?? []) {
          expect(o.value).toMatch(/^[A-Z][A-Z0-9_]*$/);
          expect(o.labelTh).not.toBe('');
          expect(o.labelEn).not.toBe('');
        }
      } else {
        expect(i.options).toBeNull();
      }
    }
  });

  it('gives numbers bounds, decimals only to DECIMAL and a length only to TEXT', () => {
    for (const i of INFO_CATALOGUE_V1) {
      const numeric = i.valueType === 'INTEGER' || i.valueType === 'DECIMAL';
      expect(i.min !== null && i.max !== null).toBe(numeric);
      expect(i.decimals !== null).toBe(i.valueType === 'DECIMAL');
      expect(i.maxLength !== null).toBe(i.valueType === 'TEXT');
      expect((i.hintTh === null) === (i.hintEn === null)).toBe(true);
      expect((i.unit === null) === (i.unitEn === null)).toBe(true);
    }
    const numeric = INFO_CATALOGUE_V1.filter((i) => i.valueType === 'INTEGER' || i.valueType === 'DECIMAL');
    expect(new Set(numeric.map((i) => i.min))).toEqual(new Set([0]));
    expect(INFO_CATALOGUE_V1.filter((i) => i.valueType === 'DECIMAL' && i.unit === null)).toEqual([]);
  });

  it('links exactly the module-fed indicators, never as required', () => {
    const linked = Object.fromEntries(INFO_CATALOGUE_V1.filter((i) => i.linkedFrom).map((i) => [i.code, i.linkedFrom]));
    expect(linked).toEqual({
      PH05: 'WASTE',
      PH06: 'WASTE',
      ED01: 'LEC',
      ED02: 'LEC',
      ED03: 'LEC',
      ED04: 'LEC',
      IG01: 'ELE',
      SC04: 'WELFARE',
      SC05: 'WELFARE',
    });
    expect(INFO_CATALOGUE_V1.filter((i) => i.linkedFrom && i.required)).toEqual([]);
    const typedIn = INFO_CATALOGUE_V1.filter((i) => !i.linkedFrom);
    const share = INFO_CATALOGUE_V1.filter((i) => i.required).length / INFO_CATALOGUE_V1.length;
    expect(typedIn.some((i) => !i.required)).toBe(true);
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.8);
  });

  it('retires one indicator after 2568 and adds two from 2569', () => {
    expect(INFO_CATALOGUE_V1.filter((i) => i.lastYear !== null).map((i) => [i.code, i.lastYear])).toEqual([['IG08', 2568]]);
    expect(
      INFO_CATALOGUE_V1.filter((i) => i.firstYear !== 2566)
        .map((i) => [i.code, i.firstYear])
        .sort(),
    ).toEqual([
      ['IF12', 2569],
      ['IG07', 2569],
    ]);
  });
});

describe('INFO demo values', () => {
  const random = mulberry32(20260101);
  const laos = LAO_TYPES.flatMap((type) => pseudoLaos(type, 200, random));
  const years = [2566, 2567, 2568, 2569, 2570];

  it('are valid for every indicator, LAO type and year', () => {
    const failures: string[] = [];
    for (const indicator of INFO_CATALOGUE_V1) {
      const schema = indicatorValueSchema(indicator);
      for (const lao of laos) {
        for (const year of years) {
          const value = valueFor(indicator, lao, year, random);
          const answered = value !== null && !(Array.isArray(value) && value.length === 0);
          if ((!answered || !schema.safeParse(value).success) && failures.length < 20) {
            failures.push(`${indicator.code} ${lao.type} ${lao.code} ${year}: ${JSON.stringify(value)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps each side to its own kind of indicator', () => {
    const lao = laos[0]!;
    expect(() => demoInfoValue(byCode.get('SC04')!, lao, 2568, random)).toThrow();
    expect(() => demoLinkedValue(byCode.get('SC01')!, lao, 2568, random)).toThrow();
  });

  it('scales with the kind of LAO', () => {
    const population = byCode.get('SC01')!;
    const mean = (type: LaoType) => {
      const of = laos.filter((l) => l.type === type).map((l) => demoInfoValue(population, l, 2568, random) as number);
      return of.reduce((a, b) => a + b, 0) / of.length;
    };
    const sao = mean('SAO');
    const city = mean('CITY_MUNICIPALITY');
    expect(sao).toBeGreaterThan(3_000);
    expect(sao).toBeLessThan(12_000);
    expect(city).toBeGreaterThan(sao * 5);
    expect(mean('TOWN_MUNICIPALITY')).toBeLessThan(city);
    expect(mean('BANGKOK')).toBeGreaterThan(5_000_000);
  });

  it('keeps related figures consistent', () => {
    const get = (code: string, lao: { code: string; type: LaoType }, year: number) => valueFor(byCode.get(code)!, lao, year, random);
    for (const lao of laos) {
      for (const year of years) {
        expect(get('PH06', lao, year) as number).toBeLessThanOrEqual(get('PH05', lao, year) as number);
        expect(get('IF05', lao, year) as number).toBeLessThanOrEqual(get('SC02', lao, year) as number);
        expect(get('SC02', lao, year) as number).toBeLessThan(get('SC01', lao, year) as number);
        // No schools means no students and no school-lunch arrangement; no centres, no children in them.
        const schools = get('ED01', lao, year);
        expect([schools === 0, get('ED02', lao, year) === 0 || schools !== 0, get('ED10', lao, year) === 'NONE']).toEqual([schools === 0, true, schools === 0]);
        expect(get('ED03', lao, year) !== 0 || get('ED04', lao, year) === 0).toBe(true);
      }
      // A stable trait of the LAO, and a stock that does not jump from year to year.
      expect(get('SC10', lao, 2567)).toBe(get('SC10', lao, 2570));
      expect(get('SC06', lao, 2567)).toBe(get('SC06', lao, 2570));
    }
  });
});
