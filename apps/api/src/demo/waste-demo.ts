import {
  type CertificationStatus,
  disposalProblem,
  fiscalYearOf,
  type IndicatorDefinition,
  type IndicatorValue,
  PROPER_DISPOSAL_METHODS,
  WASTE_CODES,
  WASTE_SECTIONS,
  wasteRuleProblems,
  wasteWarnings,
} from '@lao/domain';
import { loadGeometry } from '@lao/thai-map/node';
import type { EntityManager } from 'typeorm';
import { DEMO_PAST_YEARS, demoDeadline, openDemoCycles, openYearPlans, type Plan, seededRandom } from './info-demo';
import { type DemoSite, type DemoUse, planSites, planUses, setCapacities, type SiteLao } from './waste-demo-sites';
import { paoSiteFinances, type WasteQuirk, wasteReportValues, type WasteTraits, wasteTraits } from './waste-demo-values';

/** What the Waste seed varies. */
export interface WasteDemoOptions {
  /** Province-certified fiscal years before the open one (default: INFO's, DEMO_PAST_YEARS). */
  pastYears?: number;
}

export interface WasteDemoSummary {
  reports: number;
  sites: number;
  uses: number;
  /** Figures of the last year every LAO reported (the last past year), from the rows inserted. */
  fiscalYear: number | null;
  kgPerPersonPerDay: number | null;
  /** Tonnes reaching a proper site (PROPER_DISPOSAL_METHODS), of collected and of generated. */
  properOfCollected: number | null;
  properOfGenerated: number | null;
  recyclingRate: number | null;
  /** Reports of the open year with a plausibility warning. */
  openYearWarnings: number;
  readyProvinces: string[];
}

/** Share of the LAOs (not PAOs, Bangkok or Pattaya) whose report of a year carries a warning the province will see. */
const QUIRK_SHARE = 0.01;

interface Certification {
  status: CertificationStatus;
  laoCertifiedAt: Date | null;
  provinceCertifiedAt: Date | null;
}

interface Report extends Certification {
  lao: SiteLao;
  plan: Plan;
  values: Map<string, IndicatorValue>;
  /** The sections saved, each with its own values. */
  sections: { section: string; values: Record<string, IndicatorValue>; complete: boolean }[];
  uses: DemoUse[];
  complete: boolean;
}

/**
 * Waste's demo data: cycles, the past years certified by the province, the open year in a mix like INFO's (on other
 * provinces: two done, one whose LAOs have all certified, one waiting on its last LAO), the disposal sites and where
 * each LAO's waste went every year. Values from waste-demo-values.ts, sites and uses from waste-demo-sites.ts; every
 * report is checked against Waste's rules before it is written. Bulk inserts: 3 s of planning and 4 years of rows for the
 * country, 5–15 s in all depending on the machine's load.
 */
export async function seedWasteDemo(
  manager: EntityManager,
  laos: SiteLao[],
  catalogueFor: (fiscalYear: number) => IndicatorDefinition[],
  now = new Date(),
  options: WasteDemoOptions = {},
): Promise<WasteDemoSummary> {
  const openYear = fiscalYearOf(now);
  const pastYears = options.pastYears ?? DEMO_PAST_YEARS;
  // Only years with a catalogue (Waste's starts in 2566).
  const years = Array.from({ length: pastYears + 1 }, (_, i) => openYear - pastYears + i).filter((y) => catalogueFor(y).length > 0);
  const { plans, readyProvinces } = openYearPlans(laos, [], { key: 'waste-plan', offset: 4, provinceCertified: 2, laoCertified: 1 });
  const empty: WasteDemoSummary = { reports: 0, sites: 0, uses: 0, fiscalYear: null, kgPerPersonPerDay: null, properOfCollected: null, properOfGenerated: null, recyclingRate: null, openYearWarnings: 0, readyProvinces };
  if (years.length === 0 || laos.length === 0) return empty;
  await openDemoCycles(manager, 'WASTE', years);

  const traits = new Map<string, WasteTraits>(laos.map((l) => [l.code, wasteTraits(l)]));
  const network = planSites(laos, (code) => traits.get(code)!.collects, loadGeometry(), years[0]!, openYear);
  const siteById = new Map(network.sites.map((s) => [s.id, s]));
  const clusterOperators = new Set(network.sites.filter((s) => s.cluster).map((s) => s.operatorLaoCode));

  // Every LAO's full report and disposal, every year; then what the open year's LAOs have recorded of it so far.
  const reportsByYear = new Map<number, Report[]>();
  const allUses: DemoUse[] = [];
  for (const fiscalYear of years) {
    const indicators = catalogueFor(fiscalYear);
    const full = new Map<string, Map<string, IndicatorValue>>();
    const streams = new Map<string, () => number>();
    for (const lao of laos) {
      // One stream per LAO and year: its quirk, its values, what it has recorded of them, its certification dates.
      const random = seededRandom(`waste:${lao.code}:${fiscalYear}`);
      streams.set(lao.code, random);
      full.set(lao.code, wasteReportValues(lao, traits.get(lao.code)!, fiscalYear, random, quirkOf(lao, fiscalYear, fiscalYear === years[0], random)));
    }
    const collected = new Map(laos.map((l) => [l.code, full.get(l.code)!.get(WASTE_CODES.collected) as number]));
    const uses = planUses(fiscalYear, laos, collected, network);
    allUses.push(...uses);
    const usesOf = groupBy(uses, (u) => u.laoCode);
    // PAOs: their sites' running cost and members' fees; everyone: whether it is in a cluster.
    const receivedBy = new Map<string, { own: number; members: number }>();
    for (const u of uses) {
      const operator = siteById.get(u.siteId)!.operatorLaoCode;
      const r = receivedBy.get(operator) ?? { own: 0, members: 0 };
      if (operator === u.laoCode) r.own += u.hundredths / 100;
      else r.members += u.hundredths / 100;
      receivedBy.set(operator, r);
    }
    const reports: Report[] = [];
    for (const lao of laos) {
      const values = full.get(lao.code)!;
      const laoUses = usesOf.get(lao.code) ?? [];
      const runsCluster = clusterOperators.has(lao.code) && (receivedBy.get(lao.code)?.members ?? 0) > 0;
      values.set('WF08', runsCluster || laoUses.some((u) => siteById.get(u.siteId)!.cluster));
      const received = receivedBy.get(lao.code);
      const random = streams.get(lao.code)!;
      if (lao.type === 'PAO' && received) paoSiteFinances(values, received.own, received.members, random);
      const plan: Plan = fiscalYear < openYear ? 'PROVINCE_CERTIFIED' : plans.get(lao.code)!;
      const report = recorded(lao, plan, indicators, values, laoUses, fiscalYear, random);
      if (report) reports.push({ ...report, ...certification(plan, fiscalYear, openYear, now, random) });
    }
    reportsByYear.set(fiscalYear, reports);
  }
  setCapacities(network.sites, allUses);

  await insertSites(manager, network.sites);
  let reportCount = 0;
  let useCount = 0;
  for (const fiscalYear of years) {
    const reports = reportsByYear.get(fiscalYear)!;
    reportCount += reports.length;
    useCount += reports.reduce((n, r) => n + r.uses.length, 0);
    await insertYear(manager, fiscalYear, reports);
  }

  const figuresYear = years.length > 1 ? years[years.length - 2]! : years[0]!;
  const figures = nationalFigures(reportsByYear.get(figuresYear)!, siteById);
  const lastYear = new Map((reportsByYear.get(openYear - 1) ?? []).map((r) => [r.lao.code, r.values]));
  const openYearWarnings = (reportsByYear.get(openYear) ?? []).filter((r) => wasteWarnings(r.values, lastYear.get(r.lao.code) ?? null).length > 0).length;
  return { reports: reportCount, sites: network.sites.length, uses: useCount, fiscalYear: figuresYear, ...figures, openYearWarnings, readyProvinces };
}

/** About one LAO in a hundred reports something implausible in a year; a jump needs a year before it. */
function quirkOf(lao: SiteLao, fiscalYear: number, firstYear: boolean, random: () => number): WasteQuirk | null {
  const r = random();
  if (lao.type === 'PAO' || lao.type === 'BANGKOK' || lao.type === 'PATTAYA' || r >= QUIRK_SHARE) return null;
  const kind = r / QUIRK_SHARE;
  return kind < 0.35 ? 'LOW' : kind < 0.55 || firstYear ? 'HIGH' : 'JUMP';
}

/**
 * What an LAO has recorded of its report by now: everything in a certified one; in a partial draft the first one to
 * three sections, some values still empty, and the disposal named by most of those who recorded their collection.
 * Throws if the values break one of Waste's rules (the seed writes nothing the API would refuse).
 */
function recorded(
  lao: SiteLao,
  plan: Plan,
  indicators: IndicatorDefinition[],
  full: Map<string, IndicatorValue>,
  fullUses: DemoUse[],
  fiscalYear: number,
  random: () => number,
): Omit<Report, keyof Certification> | null {
  if (plan === 'NOTHING') return null;
  const partial = plan === 'PARTIAL';
  const sectionCount = partial ? 1 + Math.floor(random() * WASTE_SECTIONS.length) : WASTE_SECTIONS.length;
  const values = new Map<string, IndicatorValue>();
  const sections: Report['sections'] = [];
  for (const section of WASTE_SECTIONS.slice(0, sectionCount)) {
    const own = indicators.filter((i) => i.section === section);
    const sectionValues: Record<string, IndicatorValue> = {};
    for (const indicator of own) {
      const value = full.get(indicator.code);
      if (value === undefined || value === null || (partial && random() < 0.12)) continue;
      sectionValues[indicator.code] = value;
      values.set(indicator.code, value);
    }
    sections.push({ section, values: sectionValues, complete: own.every((i) => !i.required || sectionValues[i.code] !== undefined) });
  }
  const collected = values.get(WASTE_CODES.collected);
  const uses = typeof collected === 'number' && collected > 0 && (!partial || random() < 0.65) ? fullUses : [];
  const problems = wasteRuleProblems(values);
  const disposal = disposalProblem(typeof collected === 'number' ? collected : null, uses.map((u) => u.hundredths / 100));
  if (problems.length || disposal) throw new Error(`Demo Waste for ${lao.code} ${fiscalYear} breaks ${[...problems.map((p) => p.message), disposal].filter(Boolean).join(', ')}`);
  // Completeness as Waste's workflow stores it: every required value, and the disposal where waste is collected.
  const complete = indicators.every((i) => !i.required || values.has(i.code)) && (typeof collected !== 'number' || collected === 0 || uses.length > 0);
  if (!complete && !partial) throw new Error(`Demo Waste for ${lao.code} ${fiscalYear} should be complete`);
  return { lao, plan, values, sections, uses, complete };
}

/** The submission's status and dates as the workflow would have left them (past years: before and after the deadline). */
function certification(plan: Plan, fiscalYear: number, openYear: number, now: Date, random: () => number): Certification {
  const deadline = demoDeadline(fiscalYear).getTime();
  const day = 86_400_000;
  const certifiedAt = new Date(deadline - (10 + Math.floor(random() * 40)) * day);
  const provinceAt = new Date(deadline + (2 + Math.floor(random() * 10)) * day);
  const recent = (days: number) => new Date(Math.min(now.getTime(), Date.now()) - days * day);
  const past = fiscalYear < openYear;
  if (plan === 'PROVINCE_CERTIFIED') return { status: 'PROVINCE_CERTIFIED', laoCertifiedAt: past ? certifiedAt : recent(20), provinceCertifiedAt: past ? provinceAt : recent(5) };
  if (plan === 'LAO_CERTIFIED') return { status: 'LAO_CERTIFIED', laoCertifiedAt: recent(1 + Math.floor(random() * 30)), provinceCertifiedAt: null };
  return { status: 'DRAFT', laoCertifiedAt: null, provinceCertifiedAt: null };
}

async function insertSites(manager: EntityManager, sites: DemoSite[]): Promise<void> {
  const col = <K extends keyof DemoSite>(key: K) => sites.map((s) => s[key]);
  await manager.query(
    `INSERT INTO waste_disposal_site (id, operator_lao_code, name_th, method, status, latitude, longitude, capacity_tonnes_per_day, opened_year, updated_by)
     SELECT id, operator, name, method, status, lat, lon, capacity, opened, 'demo'
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::numeric[], $8::numeric[], $9::smallint[])
            AS t(id, operator, name, method, status, lat, lon, capacity, opened)`,
    [col('id'), col('operatorLaoCode'), col('nameTh'), col('method'), col('status'), col('latitude'), col('longitude'), col('capacityTonnesPerDay'), col('openedYear')],
  );
}

/** One year's sections, disposal uses and submissions with their history, as info-demo.ts writes INFO's. */
async function insertYear(manager: EntityManager, fiscalYear: number, reports: Report[]): Promise<void> {
  const sections = reports.flatMap((r) => r.sections.map((s) => [r.lao.code, s.section, JSON.stringify(s.values), s.complete] as const));
  await manager.query(
    `INSERT INTO catalogue_section (module, lao_code, fiscal_year, section, values, complete, saved_by)
     SELECT 'WASTE', lao, $1, section, v::jsonb, complete, 'lao.' || lao FROM unnest($2::text[], $3::text[], $4::text[], $5::boolean[]) AS t(lao, section, v, complete)`,
    [fiscalYear, sections.map((s) => s[0]), sections.map((s) => s[1]), sections.map((s) => s[2]), sections.map((s) => s[3])],
  );
  const uses = reports.flatMap((r) => r.uses);
  await manager.query(
    `INSERT INTO waste_disposal_use (lao_code, fiscal_year, site_id, tonnes_per_day)
     SELECT lao, $1, site, hundredths / 100.0 FROM unnest($2::text[], $3::uuid[], $4::int[]) AS t(lao, site, hundredths)`,
    [fiscalYear, uses.map((u) => u.laoCode), uses.map((u) => u.siteId), uses.map((u) => u.hundredths)],
  );

  await manager.query(
    `WITH inserted AS (
       INSERT INTO submission (module, lao_code, fiscal_year, status, complete, recorded_count, lao_certified_at, province_certified_at, updated_at, updated_by)
       SELECT 'WASTE', lao, $1, status, complete, n, lao_at, prov_at, coalesce(prov_at, lao_at, now()), 'demo'
         FROM unnest($2::text[], $3::text[], $4::boolean[], $5::int[], $6::timestamptz[], $7::timestamptz[]) AS t(lao, status, complete, n, lao_at, prov_at)
       RETURNING id, lao_code, status, lao_certified_at, province_certified_at)
     INSERT INTO submission_event (submission_id, action, from_status, to_status, actor, at)
     SELECT i.id, 'CERTIFY', 'DRAFT', 'LAO_CERTIFIED', 'lao.' || i.lao_code, i.lao_certified_at FROM inserted i WHERE i.lao_certified_at IS NOT NULL
     UNION ALL
     SELECT i.id, 'CERTIFY_PROVINCE', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED', 'prov.' || l.province_code, i.province_certified_at
       FROM inserted i JOIN local_authority l ON l.code = i.lao_code WHERE i.province_certified_at IS NOT NULL`,
    [
      fiscalYear,
      reports.map((r) => r.lao.code),
      reports.map((r) => r.status),
      reports.map((r) => r.complete),
      reports.map((r) => r.values.size),
      reports.map((r) => r.laoCertifiedAt),
      reports.map((r) => r.provinceCertifiedAt),
    ],
  );
}

/** The national figures of a year's reports, as ratios of sums (what the summaries compute). */
function nationalFigures(reports: Report[], sites: Map<string, DemoSite>): Pick<WasteDemoSummary, 'kgPerPersonPerDay' | 'properOfCollected' | 'properOfGenerated' | 'recyclingRate'> {
  let population = 0;
  let generatedWithPopulation = 0;
  let generated = 0;
  let collected = 0;
  let proper = 0;
  let recovered = 0;
  const num = (r: Report, code: string) => (r.values.get(code) as number | undefined) ?? 0;
  for (const r of reports) {
    const gen = num(r, WASTE_CODES.generated);
    if (num(r, WASTE_CODES.population) > 0) {
      population += num(r, WASTE_CODES.population);
      generatedWithPopulation += gen;
    }
    generated += gen;
    collected += num(r, WASTE_CODES.collected);
    recovered += num(r, WASTE_CODES.recycled) + num(r, WASTE_CODES.composted);
    for (const u of r.uses) if (PROPER_DISPOSAL_METHODS.includes(sites.get(u.siteId)!.method)) proper += u.hundredths / 100;
  }
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  return {
    kgPerPersonPerDay: ratio(generatedWithPopulation * 1000, population),
    properOfCollected: ratio(proper, collected),
    properOfGenerated: ratio(proper, generated),
    recyclingRate: ratio(recovered, generated * 365),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
