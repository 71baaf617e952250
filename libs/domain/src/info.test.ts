import { hasValue, type IndicatorDefinition, indicatorValueSchema, lpaScore, missingIndicators } from './info';

const base: IndicatorDefinition = {
  module: 'INFO', code: 'IG04', section: 'INTERNAL_GOVERNANCE', labelTh: 'รายได้', labelEn: 'Revenue', unit: 'บาท', unitEn: 'baht',
  valueType: 'DECIMAL', required: true, linkedFrom: null, options: null, min: 0, max: 100_000_000_000, decimals: 2,
  maxLength: null, position: 4, hintTh: null, hintEn: null, firstYear: 2566, lastYear: null,
};
const ok = (indicator: Partial<IndicatorDefinition>, value: unknown) => indicatorValueSchema({ ...base, ...indicator }).safeParse(value).success;

describe('indicatorValueSchema', () => {
  it('takes baht amounts in the billions with two decimals, and refuses a third', () => {
    expect(ok({}, 1234567890.12)).toBe(true);
    expect(ok({}, 98765432109.99)).toBe(true);
    expect(ok({}, 12.345)).toBe(false);
    expect(ok({}, -1)).toBe(false);
    expect(ok({}, Number.NaN)).toBe(false);
  });
  it('checks integers, yes/no, options and text', () => {
    expect(ok({ valueType: 'INTEGER', max: 10 }, 10)).toBe(true);
    expect(ok({ valueType: 'INTEGER', max: 10 }, 11)).toBe(false);
    expect(ok({ valueType: 'INTEGER' }, 1.5)).toBe(false);
    expect(ok({ valueType: 'BOOLEAN' }, false)).toBe(true);
    expect(ok({ valueType: 'BOOLEAN' }, 'false')).toBe(false);
    const options = [{ value: 'A', labelTh: 'ก', labelEn: 'A' }, { value: 'B', labelTh: 'ข', labelEn: 'B' }];
    expect(ok({ valueType: 'CHOICE', options }, 'A')).toBe(true);
    expect(ok({ valueType: 'CHOICE', options }, 'C')).toBe(false);
    expect(ok({ valueType: 'MULTI_CHOICE', options }, ['A', 'B'])).toBe(true);
    expect(ok({ valueType: 'MULTI_CHOICE', options }, ['A', 'A'])).toBe(false);
    expect(ok({ valueType: 'TEXT', maxLength: 5 }, 'สวัสดี')).toBe(false);
    expect(ok({ valueType: 'TEXT', maxLength: 10 }, 'ส\u0000')).toBe(false);
    expect(ok({}, null)).toBe(true); // null clears
  });
});

describe('completeness and LPA indicator 7', () => {
  it('counts zero and false as values, never linked indicators', () => {
    expect([0, false, 'x', ['A']].every(hasValue)).toBe(true);
    expect([null, undefined, '', ' ', []].some(hasValue)).toBe(false);
    const indicators = [
      { code: 'A', required: true, linkedFrom: null },
      { code: 'B', required: true, linkedFrom: 'LEC' as const },
      { code: 'C', required: false, linkedFrom: null },
    ];
    expect(missingIndicators(indicators, new Map())).toEqual(['A']);
    expect(missingIndicators(indicators, new Map([['A', 0]]))).toEqual([]);
  });
  it('scores 5/3/1/0 as seed 004 says', () => {
    expect(lpaScore({ status: 'PROVINCE_CERTIFIED', complete: true, recordedValues: 80 })).toBe(5);
    expect(lpaScore({ status: 'LAO_CERTIFIED', complete: true, recordedValues: 80 })).toBe(3);
    expect(lpaScore({ status: 'DRAFT', complete: true, recordedValues: 80 })).toBe(1);
    expect(lpaScore({ status: 'DRAFT', complete: false, recordedValues: 3 })).toBe(1);
    expect(lpaScore({ status: 'DRAFT', complete: false, recordedValues: 0 })).toBe(0);
  });
});
