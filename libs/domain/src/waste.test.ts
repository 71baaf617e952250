import type { IndicatorValue } from './info';
import {
  disposalProblem,
  kgPerCapitaPerDay,
  summedWasteFigures,
  WASTE_RULES,
  wasteFigures,
  type WasteParts,
  wasteParts,
  wasteRuleProblems,
  type WasteSums,
  wasteWarnings,
} from './waste';

const values = (entries: Record<string, IndicatorValue>) => new Map(Object.entries(entries));

describe('wasteRuleProblems: the cross-field rules of the report', () => {
  // Each rule: the value that may not exceed its limit, the message it is refused with.
  const pairs = [
    ['WC06', 'WC05', 'waste.rule.collectedAboveGenerated'],
    ['WC03', 'WC01', 'waste.rule.servedAbovePopulation'],
    ['WC04', 'WC02', 'waste.rule.householdsAboveTotal'],
    ['WS01', 'WC02', 'waste.rule.householdsAboveTotal'],
    ['WS08', 'WC02', 'waste.rule.householdsAboveTotal'],
    ['WF02', 'WC02', 'waste.rule.householdsAboveTotal'],
  ] as const;

  it('knows exactly these six pairwise rules', () => {
    expect(WASTE_RULES.map((r) => [r.code, r.limit, r.message])).toEqual(pairs.map((p) => [...p]));
  });

  it.each(pairs)('%s above %s is refused with %s, naming the larger first', (code, limit, message) => {
    expect(wasteRuleProblems(values({ [code]: 101, [limit]: 100 }))).toEqual([{ message, indicatorCodes: [code, limit] }]);
  });

  it.each(pairs)('%s equal to %s is fine', (code, limit) => {
    expect(wasteRuleProblems(values({ [code]: 100, [limit]: 100 }))).toEqual([]);
    expect(wasteRuleProblems(values({ [code]: 99.99, [limit]: 100 }))).toEqual([]);
  });

  it.each(pairs)('%s is not broken while %s (or itself) is missing or not a number', (code, limit) => {
    expect(wasteRuleProblems(values({ [code]: 101 }))).toEqual([]);
    expect(wasteRuleProblems(values({ [limit]: 100 }))).toEqual([]);
    expect(wasteRuleProblems(values({ [code]: 101, [limit]: null }))).toEqual([]);
    expect(wasteRuleProblems(values({ [code]: 101, [limit]: '100' }))).toEqual([]);
  });

  it('refuses recycled plus composted per year above a year of generated waste, with either part alone counting', () => {
    const problem = { message: 'waste.rule.recoveredAboveGenerated', indicatorCodes: ['WS04', 'WC05', 'WS05'] };
    // 1 t/day generated = 365 t/year.
    expect(wasteRuleProblems(values({ WC05: 1, WS04: 200, WS05: 165 }))).toEqual([]);
    expect(wasteRuleProblems(values({ WC05: 1, WS04: 200, WS05: 165.01 }))).toEqual([problem]);
    expect(wasteRuleProblems(values({ WC05: 1, WS04: 366 }))).toEqual([problem]);
    expect(wasteRuleProblems(values({ WC05: 1, WS05: 366 }))).toEqual([problem]);
    expect(wasteRuleProblems(values({ WC05: 1, WS04: 365 }))).toEqual([]);
    // Not broken without generated.
    expect(wasteRuleProblems(values({ WS04: 1_000_000, WS05: 1_000_000 }))).toEqual([]);
  });

  it('reports every rule broken at once', () => {
    const problems = wasteRuleProblems(values({ WC05: 1, WC06: 2, WC01: 10, WC03: 11, WC02: 5, WF02: 6, WS04: 400 }));
    expect(problems.map((p) => p.indicatorCodes[0])).toEqual(['WC06', 'WC03', 'WF02', 'WS04']);
  });
});

describe('disposalProblem: uses may not add up to more than collected', () => {
  it('accepts no uses (or only zero tonnes) whatever was collected', () => {
    expect(disposalProblem(null, [])).toBeNull();
    expect(disposalProblem(null, [0, 0])).toBeNull();
    expect(disposalProblem(5, [])).toBeNull();
  });

  it('asks for collected first when uses carry tonnes', () => {
    expect(disposalProblem(null, [0.01])).toBe('waste.disposal.collectedMissing');
  });

  it('compares in hundredths, so floating-point sums are not refused', () => {
    expect(0.1 + 0.2).toBeGreaterThan(0.3);
    expect(disposalProblem(0.3, [0.1, 0.2])).toBeNull();
    expect(disposalProblem(10, [3.3, 3.3, 3.4])).toBeNull();
    expect(disposalProblem(0.3, [0.1, 0.21])).toBe('waste.disposal.aboveCollected');
    expect(disposalProblem(10, [10.01])).toBe('waste.disposal.aboveCollected');
    expect(disposalProblem(10, [10])).toBeNull();
    expect(disposalProblem(0, [0.01])).toBe('waste.disposal.aboveCollected');
  });
});

describe('wasteWarnings: accepted but implausible values', () => {
  const kgWarning = (generated: number, population: number) =>
    wasteWarnings(values({ WC05: generated, WC01: population }), null).map((w) => [w.code, w.value]);

  it('flags generation below 0.2 kg per person per day, the threshold itself not', () => {
    expect(kgWarning(0.2, 1000)).toEqual([]);
    expect(kgWarning(0.19, 1000)).toEqual([['KG_PER_CAPITA_LOW', 0.19]]);
  });

  it('flags generation above 3 kg per person per day, the threshold itself not', () => {
    expect(kgWarning(3, 1000)).toEqual([]);
    expect(kgWarning(3.01, 1000)).toEqual([['KG_PER_CAPITA_HIGH', 3.01]]);
    expect(wasteWarnings(values({ WC05: 4, WC01: 1000 }), null)).toEqual([{ code: 'KG_PER_CAPITA_HIGH', indicatorCodes: ['WC05', 'WC01'], value: 4, previous: null }]);
  });

  it('names generated and population, and has no previous value', () => {
    expect(wasteWarnings(values({ WC05: 0.1, WC01: 1000 }), null)).toEqual([{ code: 'KG_PER_CAPITA_LOW', indicatorCodes: ['WC05', 'WC01'], value: 0.1, previous: null }]);
  });

  it('says nothing about kg per person while a part is missing or the population is 0', () => {
    expect(wasteWarnings(values({ WC05: 0.01 }), null)).toEqual([]);
    expect(wasteWarnings(values({ WC01: 1000 }), null)).toEqual([]);
    expect(wasteWarnings(values({ WC05: 5, WC01: 0 }), null)).toEqual([]);
  });

  it.each(['WC05', 'WC06', 'WC01'])('flags %s moving more than ±50 % from last year, exactly 50 % not', (code) => {
    const warn = (now: number, before: number) => wasteWarnings(values({ [code]: now }), values({ [code]: before }));
    expect(warn(150, 100)).toEqual([]);
    expect(warn(50, 100)).toEqual([]);
    expect(warn(151, 100)).toEqual([{ code: 'CHANGE_FROM_LAST_YEAR', indicatorCodes: [code], value: 151, previous: 100 }]);
    expect(warn(49, 100)).toEqual([{ code: 'CHANGE_FROM_LAST_YEAR', indicatorCodes: [code], value: 49, previous: 100 }]);
  });

  it('compares nothing with last year where there is no report, no value, or a previous 0', () => {
    expect(wasteWarnings(values({ WC06: 500 }), null)).toEqual([]);
    expect(wasteWarnings(values({ WC06: 500 }), values({}))).toEqual([]);
    expect(wasteWarnings(values({}), values({ WC06: 500 }))).toEqual([]);
    expect(wasteWarnings(values({ WC06: 500 }), values({ WC06: 0 }))).toEqual([]);
  });

  it('does not compare values outside the year-on-year list', () => {
    expect(wasteWarnings(values({ WC02: 1000 }), values({ WC02: 10 }))).toEqual([]);
  });
});

describe('wasteFigures: SDG 11.6.1-style figures of one LAO', () => {
  const parts = (p: Partial<WasteParts> = {}): WasteParts => ({
    population: 10_000,
    populationServed: 8_000,
    generatedTonnesPerDay: 10,
    collectedTonnesPerDay: 8,
    properlyDisposedTonnesPerDay: 6,
    recycledTonnesPerYear: 365,
    feeRevenue: 300_000,
    operatingCost: 1_200_000,
    ...p,
  });

  it('computes kg per person per day, coverage, proper disposal, recycling rate and cost recovery', () => {
    expect(wasteFigures(parts())).toEqual({
      populationServed: 8_000,
      generatedTonnesPerDay: 10,
      collectedTonnesPerDay: 8,
      properlyDisposedTonnesPerDay: 6,
      recycledTonnesPerYear: 365,
      kgPerCapitaPerDay: 1,
      collectionCoverage: 0.8,
      properDisposalShare: 0.6,
      recyclingRate: 0.1,
      costRecovery: 0.25,
    });
  });

  it('caps shares at 1, except cost recovery', () => {
    const f = wasteFigures(parts({ populationServed: 12_000, properlyDisposedTonnesPerDay: 12, recycledTonnesPerYear: 7300, feeRevenue: 1_800_000 }));
    expect(f).toMatchObject({ collectionCoverage: 1, properDisposalShare: 1, recyclingRate: 1, costRecovery: 1.5 });
  });

  it.each([
    ['population', { population: null }, ['kgPerCapitaPerDay', 'collectionCoverage']],
    ['population 0', { population: 0 }, ['kgPerCapitaPerDay', 'collectionCoverage']],
    ['population served', { populationServed: null }, ['collectionCoverage']],
    ['generated', { generatedTonnesPerDay: null }, ['kgPerCapitaPerDay', 'properDisposalShare', 'recyclingRate']],
    ['generated 0', { generatedTonnesPerDay: 0 }, ['properDisposalShare', 'recyclingRate']],
    ['properly disposed', { properlyDisposedTonnesPerDay: null }, ['properDisposalShare']],
    ['recycled', { recycledTonnesPerYear: null }, ['recyclingRate']],
    ['fee revenue', { feeRevenue: null }, ['costRecovery']],
    ['operating cost', { operatingCost: null }, ['costRecovery']],
    ['operating cost 0', { operatingCost: 0 }, ['costRecovery']],
  ] as const)('leaves null what needs %s, and only that', (_part, missing, nulls) => {
    const f = wasteFigures(parts(missing));
    const shares = ['kgPerCapitaPerDay', 'collectionCoverage', 'properDisposalShare', 'recyclingRate', 'costRecovery'] as const;
    expect(shares.filter((s) => f[s] === null)).toEqual(nulls);
  });

  it('counts a zero part as a value (0 %), not as missing', () => {
    expect(wasteFigures(parts({ properlyDisposedTonnesPerDay: 0, recycledTonnesPerYear: 0, feeRevenue: 0 }))).toMatchObject({ properDisposalShare: 0, recyclingRate: 0, costRecovery: 0 });
  });

  it('kgPerCapitaPerDay is generated t/day × 1000 ÷ population', () => {
    expect(kgPerCapitaPerDay(1.5, 1000)).toBe(1.5);
    expect(kgPerCapitaPerDay(null, 1000)).toBeNull();
    expect(kgPerCapitaPerDay(1, null)).toBeNull();
  });
});

describe('wasteParts: an LAO\'s parts from its values', () => {
  it('reads the codes, and adds recycled and composted as recovered', () => {
    expect(wasteParts(values({ WC01: 100, WC03: 90, WC05: 2, WC06: 1.5, WS04: 10, WS05: 5, WF03: 7, WF04: 9 }), 1.2)).toEqual({
      population: 100,
      populationServed: 90,
      generatedTonnesPerDay: 2,
      collectedTonnesPerDay: 1.5,
      properlyDisposedTonnesPerDay: 1.2,
      recycledTonnesPerYear: 15,
      feeRevenue: 7,
      operatingCost: 9,
    });
  });

  it('counts recovered with one of its parts, null with neither', () => {
    expect(wasteParts(values({ WS04: 10 }), null).recycledTonnesPerYear).toBe(10);
    expect(wasteParts(values({ WS05: 4 }), null).recycledTonnesPerYear).toBe(4);
    expect(wasteParts(values({}), null)).toMatchObject({ recycledTonnesPerYear: null, population: null, properlyDisposedTonnesPerDay: null });
  });
});

describe('summedWasteFigures: a province or the nation as ratios of sums', () => {
  // Two LAOs: A 1,000 people 1 t/day (1 kg), B 9,000 people 18 t/day (2 kg). Average of ratios 1.5; ratio of sums 1.9.
  const sums = (s: Partial<WasteSums> = {}): WasteSums => ({
    populationServed: 9_000,
    generatedTonnesPerDay: 19,
    collectedTonnesPerDay: 15,
    properlyDisposedTonnesPerDay: 9.5,
    recycledTonnesPerYear: 693.5,
    kgPerCapita: [19, 10_000],
    coverage: [9_000, 10_000],
    properDisposal: [9.5, 19],
    recycling: [693.5, 19],
    costRecovery: [300, 200],
    ...s,
  });

  it('divides each share\'s summed numerator by its summed denominator', () => {
    expect(summedWasteFigures(sums())).toEqual({
      populationServed: 9_000,
      generatedTonnesPerDay: 19,
      collectedTonnesPerDay: 15,
      properlyDisposedTonnesPerDay: 9.5,
      recycledTonnesPerYear: 693.5,
      kgPerCapitaPerDay: 1.9,
      collectionCoverage: 0.9,
      properDisposalShare: 0.5,
      recyclingRate: 0.1,
      costRecovery: 1.5,
    });
  });

  it('reads each share from its own pair, not from the totals', () => {
    // Only LAOs with both parts count: generated for recycling differs from all generated.
    const f = summedWasteFigures(sums({ recycling: [365, 2], properDisposal: [1, 4], coverage: [1, 4], kgPerCapita: [2, 1000] }));
    expect(f).toMatchObject({ recyclingRate: 0.5, properDisposalShare: 0.25, collectionCoverage: 0.25, kgPerCapitaPerDay: 2 });
  });

  it('caps shares at 1 except cost recovery, and is null where a pair is incomplete', () => {
    expect(summedWasteFigures(sums({ coverage: [11, 10], properDisposal: [3, 2], recycling: [1000, 1] }))).toMatchObject({ collectionCoverage: 1, properDisposalShare: 1, recyclingRate: 1 });
    const f = summedWasteFigures(sums({ kgPerCapita: [null, null], coverage: [5, null], properDisposal: [null, 3], recycling: [4, null], costRecovery: [1, 0] }));
    expect(f).toMatchObject({ kgPerCapitaPerDay: null, collectionCoverage: null, properDisposalShare: null, recyclingRate: null, costRecovery: null });
  });
});
