import { z } from 'zod';
import type { MessageKey } from './errors';
import type { IndicatorValue } from './info';
import { laoCodeSchema, provinceCodeSchema } from './registry';
import { plainText } from './validation';
import { fiscalYearSchema } from './windows';

/**
 * Waste (ระบบสารสนเทศด้านการจัดการขยะมูลฝอยของ อปท., domain.md §5): the yearly LAO report's sections, the rules
 * that tie its values together, the figures computed from it (UN-Habitat's SDG 11.6.1 method) and its disposal sites.
 */
export const WASTE_SECTIONS = ['COLLECTION', 'SEPARATION_RECYCLING', 'FEES_COSTS'] as const;
export type WasteSection = (typeof WASTE_SECTIONS)[number];

export const WASTE_SECTION_LABELS: Record<WasteSection, { th: string; en: string }> = {
  COLLECTION: { th: 'การเก็บขนขยะมูลฝอย', en: 'Collection' },
  SEPARATION_RECYCLING: { th: 'การคัดแยกและนำกลับมาใช้ประโยชน์', en: 'Separation and recycling' },
  FEES_COSTS: { th: 'ค่าธรรมเนียมและค่าใช้จ่าย', en: 'Fees and costs' },
};

/** The report's indicator codes the rules and figures read (the catalogue migration defines them all). */
export const WASTE_CODES = {
  population: 'WC01',
  households: 'WC02',
  populationServed: 'WC03',
  householdsServed: 'WC04',
  generated: 'WC05',
  collected: 'WC06',
  householdsSeparating: 'WS01',
  recycled: 'WS04',
  composted: 'WS05',
  hazardous: 'WS06',
  wetBinHouseholds: 'WS08',
  householdsBilled: 'WF02',
  feeRevenue: 'WF03',
  operatingCost: 'WF04',
} as const;
const C = WASTE_CODES;

export const DISPOSAL_METHODS = ['SANITARY_LANDFILL', 'CONTROLLED_DUMP', 'OPEN_DUMP', 'INCINERATION', 'COMPOSTING', 'RDF', 'TRANSFER_STATION'] as const;
export type DisposalMethod = (typeof DISPOSAL_METHODS)[number];
/** Properly disposed (api-contract.md): what reaches one of these methods. */
export const PROPER_DISPOSAL_METHODS: readonly DisposalMethod[] = ['SANITARY_LANDFILL', 'INCINERATION', 'COMPOSTING', 'RDF'];
export const DISPOSAL_METHOD_LABELS: Record<DisposalMethod, { th: string; en: string }> = {
  SANITARY_LANDFILL: { th: 'ฝังกลบถูกหลักสุขาภิบาล', en: 'Sanitary landfill' },
  CONTROLLED_DUMP: { th: 'เทกองแบบควบคุม', en: 'Controlled dump' },
  OPEN_DUMP: { th: 'เทกองกลางแจ้ง', en: 'Open dump' },
  INCINERATION: { th: 'เตาเผา', en: 'Incineration' },
  COMPOSTING: { th: 'หมักทำปุ๋ย', en: 'Composting' },
  RDF: { th: 'เชื้อเพลิงขยะ (RDF)', en: 'Refuse-derived fuel (RDF)' },
  TRANSFER_STATION: { th: 'สถานีขนถ่าย', en: 'Transfer station' },
};

export const SITE_STATUSES = ['OPERATING', 'CLOSED', 'PLANNED'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];
export const SITE_STATUS_LABELS: Record<SiteStatus, { th: string; en: string }> = {
  OPERATING: { th: 'เปิดดำเนินการ', en: 'Operating' },
  CLOSED: { th: 'ปิดแล้ว', en: 'Closed' },
  PLANNED: { th: 'อยู่ระหว่างก่อสร้าง/วางแผน', en: 'Planned' },
};

/** Thailand's extent (api-contract.md): a site outside it is a typing mistake. */
export const THAILAND_EXTENT = { minLatitude: 5.6, maxLatitude: 20.5, minLongitude: 97.3, maxLongitude: 105.7 } as const;

export type WasteValues = ReadonlyMap<string, IndicatorValue>;

function num(values: WasteValues, code: string): number | null {
  const v = values.get(code);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A rule between two values of the report: `code` may not exceed `limit` (times `factor`). */
interface CrossFieldRule {
  code: string;
  limit: string;
  factor?: number;
  message: MessageKey;
}

/** Waste's cross-field rules, checked on the whole report whichever section is saved. */
export const WASTE_RULES: readonly CrossFieldRule[] = [
  { code: C.collected, limit: C.generated, message: 'waste.rule.collectedAboveGenerated' },
  { code: C.populationServed, limit: C.population, message: 'waste.rule.servedAbovePopulation' },
  { code: C.householdsServed, limit: C.households, message: 'waste.rule.householdsAboveTotal' },
  { code: C.householdsSeparating, limit: C.households, message: 'waste.rule.householdsAboveTotal' },
  { code: C.wetBinHouseholds, limit: C.households, message: 'waste.rule.householdsAboveTotal' },
  { code: C.householdsBilled, limit: C.households, message: 'waste.rule.householdsAboveTotal' },
];

export interface WasteRuleProblem {
  message: MessageKey;
  /** The indicators the rule ties together, the one that is too large first. */
  indicatorCodes: [string, string, ...string[]];
}

/** Every cross-field rule the report breaks; a rule with a part not recorded yet is not broken. */
export function wasteRuleProblems(values: WasteValues): WasteRuleProblem[] {
  const problems: WasteRuleProblem[] = [];
  for (const rule of WASTE_RULES) {
    const value = num(values, rule.code);
    const limit = num(values, rule.limit);
    if (value !== null && limit !== null && value > limit * (rule.factor ?? 1)) problems.push({ message: rule.message, indicatorCodes: [rule.code, rule.limit] });
  }
  // Recycled and composted in a year cannot exceed what is generated in a year.
  const generated = num(values, C.generated);
  const recovered = (num(values, C.recycled) ?? 0) + (num(values, C.composted) ?? 0);
  if (generated !== null && recovered > generated * 365) {
    problems.push({ message: 'waste.rule.recoveredAboveGenerated', indicatorCodes: [C.recycled, C.generated, C.composted] });
  }
  return problems;
}

/** What the disposal uses of an LAO may not exceed: its collected t/day (BAD_USER_INPUT above it). */
export function disposalProblem(collectedTonnesPerDay: number | null, usesTonnesPerDay: readonly number[]): MessageKey | null {
  const total = usesTonnesPerDay.reduce((sum, t) => sum + t, 0);
  if (total === 0) return null;
  if (collectedTonnesPerDay === null) return 'waste.disposal.collectedMissing';
  // Tonnages carry two decimals: compare in hundredths so 0.1 + 0.2 is not above 0.3.
  return Math.round(total * 100) > Math.round(collectedTonnesPerDay * 100) ? 'waste.disposal.aboveCollected' : null;
}

export const PLAUSIBLE_KG_PER_CAPITA = { min: 0.2, max: 3 } as const;
/** Change from last year beyond which a value is flagged (±50 %). */
export const PLAUSIBLE_YEARLY_CHANGE = 0.5;
/** The values compared with last year's report. */
export const YEAR_ON_YEAR_CODES: readonly string[] = [C.generated, C.collected, C.population];

export type WasteWarningCode = 'KG_PER_CAPITA_LOW' | 'KG_PER_CAPITA_HIGH' | 'CHANGE_FROM_LAST_YEAR';

export interface WasteWarning {
  code: WasteWarningCode;
  indicatorCodes: string[];
  value: number;
  /** Last year's value, for CHANGE_FROM_LAST_YEAR. */
  previous: number | null;
}

/**
 * Values accepted but far outside the plausible (the province sees them before confirming): generation per person
 * per day outside 0.2–3 kg, or a figure that moved more than ±50 % from last year's report.
 */
export function wasteWarnings(values: WasteValues, lastYear: WasteValues | null): WasteWarning[] {
  const warnings: WasteWarning[] = [];
  const kg = kgPerCapitaPerDay(num(values, C.generated), num(values, C.population));
  if (kg !== null && kg < PLAUSIBLE_KG_PER_CAPITA.min) warnings.push({ code: 'KG_PER_CAPITA_LOW', indicatorCodes: [C.generated, C.population], value: kg, previous: null });
  if (kg !== null && kg > PLAUSIBLE_KG_PER_CAPITA.max) warnings.push({ code: 'KG_PER_CAPITA_HIGH', indicatorCodes: [C.generated, C.population], value: kg, previous: null });
  for (const code of lastYear ? YEAR_ON_YEAR_CODES : []) {
    const now = num(values, code);
    const before = num(lastYear!, code);
    if (now === null || before === null || before === 0) continue;
    if (Math.abs(now - before) / before > PLAUSIBLE_YEARLY_CHANGE) warnings.push({ code: 'CHANGE_FROM_LAST_YEAR', indicatorCodes: [code], value: now, previous: before });
  }
  return warnings;
}

export function kgPerCapitaPerDay(generatedTonnesPerDay: number | null, population: number | null): number | null {
  if (generatedTonnesPerDay === null || !population) return null;
  return (generatedTonnesPerDay * 1000) / population;
}

/** The parts the figures are computed from; summed over LAOs for a province or the nation. */
export interface WasteParts {
  population: number | null;
  populationServed: number | null;
  generatedTonnesPerDay: number | null;
  collectedTonnesPerDay: number | null;
  properlyDisposedTonnesPerDay: number | null;
  recycledTonnesPerYear: number | null;
  feeRevenue: number | null;
  operatingCost: number | null;
}

export interface WasteFigures {
  populationServed: number | null;
  generatedTonnesPerDay: number | null;
  collectedTonnesPerDay: number | null;
  properlyDisposedTonnesPerDay: number | null;
  recycledTonnesPerYear: number | null;
  kgPerCapitaPerDay: number | null;
  collectionCoverage: number | null;
  properDisposalShare: number | null;
  recyclingRate: number | null;
  costRecovery: number | null;
}

/** The figure fields, in the order reports show them. */
export const WASTE_FIGURES = [
  'populationServed',
  'generatedTonnesPerDay',
  'collectedTonnesPerDay',
  'properlyDisposedTonnesPerDay',
  'recycledTonnesPerYear',
  'kgPerCapitaPerDay',
  'collectionCoverage',
  'properDisposalShare',
  'recyclingRate',
  'costRecovery',
] as const satisfies readonly (keyof WasteFigures)[];
export type WasteFigure = (typeof WASTE_FIGURES)[number];

/** Figures that are shares (0–1, shown as per cent). */
export const WASTE_SHARE_FIGURES: readonly WasteFigure[] = ['collectionCoverage', 'properDisposalShare', 'recyclingRate', 'costRecovery'];

/** An LAO's parts from its report values and the tonnes it sends to properly run sites. */
export function wasteParts(values: WasteValues, properlyDisposedTonnesPerDay: number | null): WasteParts {
  const recycled = num(values, C.recycled);
  const composted = num(values, C.composted);
  return {
    population: num(values, C.population),
    populationServed: num(values, C.populationServed),
    generatedTonnesPerDay: num(values, C.generated),
    collectedTonnesPerDay: num(values, C.collected),
    properlyDisposedTonnesPerDay,
    // Recovered = recycled + composted (SDG 11.6.1 counts both as recovery).
    recycledTonnesPerYear: recycled === null && composted === null ? null : (recycled ?? 0) + (composted ?? 0),
    feeRevenue: num(values, C.feeRevenue),
    operatingCost: num(values, C.operatingCost),
  };
}

const ratio = (part: number | null, whole: number | null, cap = true): number | null => {
  if (part === null || whole === null || whole <= 0) return null;
  return cap ? Math.min(1, part / whole) : part / whole;
};

/**
 * SDG 11.6.1-style figures: kg per person per day (generated / population), collection coverage (population served /
 * population), properly disposed share (properly disposed / generated), recycling rate (recovered per year /
 * generated per year), cost recovery (fee revenue / operating cost, may exceed 1). Null where a part is missing.
 */
export function wasteFigures(parts: WasteParts): WasteFigures {
  return {
    populationServed: parts.populationServed,
    generatedTonnesPerDay: parts.generatedTonnesPerDay,
    collectedTonnesPerDay: parts.collectedTonnesPerDay,
    properlyDisposedTonnesPerDay: parts.properlyDisposedTonnesPerDay,
    recycledTonnesPerYear: parts.recycledTonnesPerYear,
    kgPerCapitaPerDay: kgPerCapitaPerDay(parts.generatedTonnesPerDay, parts.population),
    collectionCoverage: ratio(parts.populationServed, parts.population),
    properDisposalShare: ratio(parts.properlyDisposedTonnesPerDay, parts.generatedTonnesPerDay),
    recyclingRate: ratio(parts.recycledTonnesPerYear, parts.generatedTonnesPerDay === null ? null : parts.generatedTonnesPerDay * 365),
    costRecovery: ratio(parts.feeRevenue, parts.operatingCost, false),
  };
}

/** A tonnage: non-negative, two decimals at most (t/day). */
const tonnesSchema = z
  .number({ error: 'info.notANumber' })
  .finite({ error: 'info.notANumber' })
  .min(0, { error: 'waste.negativeTonnes' })
  .max(50_000, { error: 'info.aboveMaximum' })
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { error: 'info.tooManyDecimals' });

export const latitudeSchema = z
  .number({ error: 'waste.site.outsideThailand' })
  .min(THAILAND_EXTENT.minLatitude, { error: 'waste.site.outsideThailand' })
  .max(THAILAND_EXTENT.maxLatitude, { error: 'waste.site.outsideThailand' });
export const longitudeSchema = z
  .number({ error: 'waste.site.outsideThailand' })
  .min(THAILAND_EXTENT.minLongitude, { error: 'waste.site.outsideThailand' })
  .max(THAILAND_EXTENT.maxLongitude, { error: 'waste.site.outsideThailand' });

const idSchema = z.string().uuid({ error: 'waste.site.unknown' });

export const saveWasteSectionSchema = z.object({
  laoCode: laoCodeSchema,
  fiscalYear: fiscalYearSchema,
  section: z.enum(WASTE_SECTIONS),
  values: z.array(z.object({ indicatorCode: z.string().regex(/^W[A-Z]\d{2}$/, { error: 'info.unknownIndicator' }), value: z.unknown() })).max(100),
});
export type SaveWasteSectionInput = z.infer<typeof saveWasteSectionSchema>;

export const saveWasteDisposalSchema = z.object({
  laoCode: laoCodeSchema,
  fiscalYear: fiscalYearSchema,
  uses: z
    .array(z.object({ siteId: idSchema, tonnesPerDay: tonnesSchema }))
    .max(20, { error: 'waste.disposal.tooMany' })
    .refine((uses) => new Set(uses.map((u) => u.siteId)).size === uses.length, { error: 'waste.disposal.duplicateSite' }),
});
export type SaveWasteDisposalInput = z.infer<typeof saveWasteDisposalSchema>;

/** A site's opening year, Buddhist Era like every year the platform shows and takes. */
const openedYearSchema = z.number({ error: 'input.fiscalYear' }).int({ error: 'input.fiscalYear' }).min(2480, { error: 'input.fiscalYear' }).max(2700, { error: 'input.fiscalYear' });

export const saveDisposalSiteSchema = z.object({
  id: idSchema.nullish(),
  operatorLaoCode: laoCodeSchema,
  nameTh: plainText(200).pipe(z.string().min(1, { error: 'input.required' })),
  method: z.enum(DISPOSAL_METHODS, { error: 'input.invalid' }),
  status: z.enum(SITE_STATUSES, { error: 'input.invalid' }),
  latitude: latitudeSchema,
  longitude: longitudeSchema,
  capacityTonnesPerDay: tonnesSchema.nullish(),
  openedYear: openedYearSchema.nullish(),
});
export type SaveDisposalSiteInput = z.input<typeof saveDisposalSiteSchema>;

export const disposalSiteFilterSchema = z
  .object({
    provinceCode: provinceCodeSchema.nullish(),
    method: z.enum(DISPOSAL_METHODS).nullish(),
    status: z.enum(SITE_STATUSES).nullish(),
  })
  .nullish();

/** Sums over many LAOs' reports; each share from the LAOs that recorded both of its parts (its numerator, denominator). */
export interface WasteSums {
  populationServed: number | null;
  generatedTonnesPerDay: number | null;
  collectedTonnesPerDay: number | null;
  properlyDisposedTonnesPerDay: number | null;
  recycledTonnesPerYear: number | null;
  kgPerCapita: readonly [generatedTonnesPerDay: number | null, population: number | null];
  coverage: readonly [populationServed: number | null, population: number | null];
  properDisposal: readonly [properlyDisposedTonnesPerDay: number | null, generatedTonnesPerDay: number | null];
  recycling: readonly [recycledTonnesPerYear: number | null, generatedTonnesPerDay: number | null];
  costRecovery: readonly [feeRevenue: number | null, operatingCost: number | null];
}

/** A province's or the nation's figures: ratios of sums (never averages of the LAOs' ratios). */
export function summedWasteFigures(sums: WasteSums): WasteFigures {
  const [recycled, generatedForRecycling] = sums.recycling;
  return {
    populationServed: sums.populationServed,
    generatedTonnesPerDay: sums.generatedTonnesPerDay,
    collectedTonnesPerDay: sums.collectedTonnesPerDay,
    properlyDisposedTonnesPerDay: sums.properlyDisposedTonnesPerDay,
    recycledTonnesPerYear: sums.recycledTonnesPerYear,
    kgPerCapitaPerDay: kgPerCapitaPerDay(...sums.kgPerCapita),
    collectionCoverage: ratio(...sums.coverage),
    properDisposalShare: ratio(...sums.properDisposal),
    recyclingRate: ratio(recycled, generatedForRecycling === null ? null : generatedForRecycling * 365),
    costRecovery: ratio(...sums.costRecovery, false),
  };
}
