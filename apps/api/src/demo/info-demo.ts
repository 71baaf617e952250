import { createHash } from 'node:crypto';
import {
  type CertificationModule,
  fiscalYearOf,
  fiscalYearRange,
  hasValue,
  type IndicatorDefinition,
  type IndicatorValue,
  INFO_DOMAINS,
  type LaoType,
  missingIndicators,
  toChristianYear,
} from '@lao/domain';
import type { EntityManager } from 'typeorm';
import { demoInfoValue, demoLinkedValue } from './info-demo-values';

interface DemoLao {
  code: string;
  type: LaoType;
  provinceCode: string;
}

/** How many past fiscal years are seeded fully certified, before the open one. */
export const DEMO_PAST_YEARS = 3;

// Read once: a global lookup per call is slow where globals are proxied (jest's vm sandbox, which builds the demo
// template), and the demo draws millions of numbers.
const imul = Math.imul;

/** A seeded PRNG (mulberry32) from a text key: the same demo data on every machine. */
export function seededRandom(key: string): () => number {
  let state = createHash('sha1').update(key).digest().readUInt32BE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = imul(state ^ (state >>> 15), 1 | state);
    t = (t + imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The cycle deadline the department usually sets: 15 June of the fiscal year, end of day in Bangkok. */
export function demoDeadline(fiscalYear: number): Date {
  return new Date(Date.UTC(toChristianYear(fiscalYear), 5, 15, 16, 59, 59));
}

/** The department's demo cycles of a module: one window per year, from the start of the fiscal year to 15 June. */
export async function openDemoCycles(manager: EntityManager, module: CertificationModule, years: number[]): Promise<void> {
  await manager.query(`INSERT INTO certification_cycle (module, fiscal_year, opened_by) SELECT $1, y, 'demo' FROM unnest($2::smallint[]) AS y`, [module, years]);
  await manager.query(
    `INSERT INTO certification_window (module, fiscal_year, opens_at, closes_at)
     SELECT $1, y, o, c FROM unnest($2::smallint[], $3::timestamptz[], $4::timestamptz[]) AS t(y, o, c)`,
    [module, years, years.map((y) => fiscalYearRange(y).start), years.map(demoDeadline)],
  );
}

export type Plan = 'PROVINCE_CERTIFIED' | 'LAO_CERTIFIED' | 'PARTIAL' | 'NOTHING';

/** How a module's open year is mixed (INFO's by default); another module draws its own mix on other provinces. */
export interface OpenYearMix {
  /** The PRNG key's prefix per LAO. */
  key?: string;
  /** How many of the smallest provinces to pass over before choosing the special ones (another module: others). */
  offset?: number;
  /** Provinces the province has certified already. */
  provinceCertified?: number;
  /** Provinces whose every LAO has certified, so the province may certify them all now. */
  laoCertified?: number;
}

/**
 * The open year's mix, as it looks some weeks into a cycle: a few provinces done, some LAOs certified, most still
 * recording, some not started; and one province where every LAO but one has certified (the province waits on it).
 */
export function openYearPlans(
  laos: DemoLao[],
  laoCertifiedProvinces: readonly string[] = [],
  mix: OpenYearMix = {},
): { plans: Map<string, Plan>; waitingProvince: string; lastLao: string; readyProvinces: string[] } {
  const { key = 'plan', offset = 0, provinceCertified = 3, laoCertified = 0 } = mix;
  const byProvince = new Map<string, DemoLao[]>();
  for (const lao of laos) byProvince.set(lao.provinceCode, [...(byProvince.get(lao.provinceCode) ?? []), lao]);
  const smallest = [...byProvince.entries()].filter(([code]) => code !== '10').sort((a, b) => a[1].length - b[1].length || a[0].localeCompare(b[0]));
  // Three provinces done and one waiting in the whole country; none when only a few provinces are seeded (bench --quick).
  const special = smallest.length >= 10 ? smallest.slice(offset) : [];
  const doneProvinces = new Set(special.slice(0, provinceCertified).map(([code]) => code));
  const readyProvinces = special.slice(provinceCertified, provinceCertified + laoCertified).map(([code]) => code);
  const [waitingProvince, waitingLaos] = special[provinceCertified + laoCertified] ?? ['', [] as DemoLao[]];
  const lastLao = [...waitingLaos].sort((a, b) => a.code.localeCompare(b.code)).at(-1)?.code ?? '';
  const plans = new Map<string, Plan>();
  const allCertified = new Set([...laoCertifiedProvinces, ...readyProvinces]);
  for (const lao of laos) {
    if (allCertified.has(lao.provinceCode)) plans.set(lao.code, 'LAO_CERTIFIED');
    else if (doneProvinces.has(lao.provinceCode)) plans.set(lao.code, 'PROVINCE_CERTIFIED');
    else if (lao.provinceCode === waitingProvince) plans.set(lao.code, lao.code === lastLao ? 'NOTHING' : 'LAO_CERTIFIED');
    else {
      const r = seededRandom(`${key}:${lao.code}`)();
      plans.set(lao.code, r < 0.18 ? 'LAO_CERTIFIED' : r < 0.75 ? 'PARTIAL' : 'NOTHING');
    }
  }
  return { plans, waitingProvince, lastLao, readyProvinces };
}

/** What the INFO seed varies; the demo uses the defaults, the performance harness (bench/) a national-scale set. */
export interface InfoDemoOptions {
  /** Fully certified fiscal years before the open one (default DEMO_PAST_YEARS). */
  pastYears?: number;
  /** Provinces whose every LAO has certified the open year, so the province may certify all (bench: the largest). */
  laoCertifiedProvinces?: readonly string[];
  /**
   * Share (0–1) of past-year submissions the province returned once with a reason before the LAO certified again,
   * so histories have four steps instead of two (default 0: none).
   */
  returnedShare?: number;
}

const RETURN_REASONS = ['ข้อมูลด้านโครงสร้างพื้นฐานไม่ครบถ้วน กรุณาตรวจสอบ', 'จำนวนประชากรไม่ตรงกับทะเบียนราษฎร์', 'กรุณาแก้ไขงบประมาณให้ตรงกับข้อบัญญัติ'];

/**
 * INFO's demo data: cycles, DEMO_PAST_YEARS certified years and the open year in a realistic mix, with values from
 * info-demo-values.ts and their certification history. Bulk inserts (unnest), a few seconds for the whole country.
 */
export async function seedInfoDemo(
  manager: EntityManager,
  laos: DemoLao[],
  catalogueFor: (fiscalYear: number) => IndicatorDefinition[],
  now = new Date(),
  options: InfoDemoOptions = {},
): Promise<{ waitingProvince: string; lastLao: string; values: number }> {
  const openYear = fiscalYearOf(now);
  const pastYears = options.pastYears ?? DEMO_PAST_YEARS;
  const returnedShare = options.returnedShare ?? 0;
  const years = Array.from({ length: pastYears + 1 }, (_, i) => openYear - pastYears + i);
  await openDemoCycles(manager, 'INFO', years);
  const { plans, waitingProvince, lastLao } = openYearPlans(laos, options.laoCertifiedProvinces);
  let valueCount = 0;

  for (const fiscalYear of years) {
    const indicators = catalogueFor(fiscalYear);
    const typedIn = indicators.filter((i) => !i.linkedFrom);
    // Waste's (PH05, PH06) are read live from the Waste report (catalogue_indicator.linked_code): none stored here.
    const linked = indicators.filter((i) => i.linkedFrom && i.linkedFrom !== 'WASTE');
    const deadline = demoDeadline(fiscalYear);
    const sections: [string, string, string, boolean][] = [];
    const links: [string, string, string, string][] = [];
    const submissions: [string, string, boolean, number, Date | null, Date | null][] = [];
    /** Past-year submissions returned once by the province: [LAO, first certification, return, reason]. */
    const returns: [string, Date, Date, string][] = [];

    for (const lao of laos) {
      const random = seededRandom(`info:${lao.code}:${fiscalYear}`);
      const plan: Plan = fiscalYear < openYear ? 'PROVINCE_CERTIFIED' : plans.get(lao.code)!;
      // Linked figures exist whatever the LAO did in INFO: they come from the other modules.
      for (const indicator of linked) {
        links.push([lao.code, indicator.code, JSON.stringify(demoLinkedValue(indicator, lao, fiscalYear, random)), indicator.linkedFrom!]);
      }
      if (plan === 'NOTHING') continue;
      const values = new Map<string, IndicatorValue>();
      const partialDomains = plan === 'PARTIAL' ? 1 + Math.floor(random() * 7) : INFO_DOMAINS.length;
      for (const domain of INFO_DOMAINS.slice(0, partialDomains)) {
        const domainValues: Record<string, IndicatorValue> = {};
        for (const indicator of typedIn.filter((i) => i.section === domain)) {
          // Optional indicators are often left empty; in a partial year some required ones too.
          if (!indicator.required && random() < 0.35) continue;
          if (plan === 'PARTIAL' && random() < 0.15) continue;
          const value = demoInfoValue(indicator, lao, fiscalYear, random);
          if (hasValue(value)) {
            domainValues[indicator.code] = value;
            values.set(indicator.code, value);
          }
        }
        const complete = missingIndicators(typedIn.filter((i) => i.section === domain), new Map(Object.entries(domainValues))).length === 0;
        sections.push([lao.code, domain, JSON.stringify(domainValues), complete]);
      }
      valueCount += values.size;
      const complete = missingIndicators(typedIn, values).length === 0;
      if (!complete && plan !== 'PARTIAL') throw new Error(`Demo INFO for ${lao.code} ${fiscalYear} should be complete`);
      const certifiedAt = new Date(deadline.getTime() - (10 + Math.floor(random() * 40)) * 86_400_000);
      const provinceAt = new Date(deadline.getTime() + (2 + Math.floor(random() * 10)) * 86_400_000);
      const recent = (days: number) => new Date(Math.min(now.getTime(), Date.now()) - days * 86_400_000);
      if (returnedShare > 0 && fiscalYear < openYear) {
        // A separate stream, so the values above are the same with or without returns.
        const r = seededRandom(`info-return:${lao.code}:${fiscalYear}`);
        if (r() < returnedShare) {
          const firstAt = new Date(certifiedAt.getTime() - (8 + Math.floor(r() * 20)) * 86_400_000);
          returns.push([lao.code, firstAt, new Date(firstAt.getTime() + (1 + Math.floor(r() * 6)) * 86_400_000), RETURN_REASONS[Math.floor(r() * RETURN_REASONS.length)]!]);
        }
      }
      if (plan === 'PROVINCE_CERTIFIED') {
        submissions.push([lao.code, 'PROVINCE_CERTIFIED', complete, values.size, fiscalYear < openYear ? certifiedAt : recent(20), fiscalYear < openYear ? provinceAt : recent(5)]);
      } else if (plan === 'LAO_CERTIFIED') {
        submissions.push([lao.code, 'LAO_CERTIFIED', complete, values.size, recent(1 + Math.floor(random() * 30)), null]);
      } else {
        submissions.push([lao.code, 'DRAFT', complete, values.size, null, null]);
      }
    }

    for (let i = 0; i < sections.length; i += 20_000) {
      const chunk = sections.slice(i, i + 20_000);
      await manager.query(
        `INSERT INTO catalogue_section (module, lao_code, fiscal_year, section, values, complete, saved_by)
         SELECT 'INFO', lao, $1, domain, v::jsonb, complete, 'lao.' || lao FROM unnest($2::text[], $3::text[], $4::text[], $5::boolean[]) AS t(lao, domain, v, complete)`,
        [fiscalYear, chunk.map((s) => s[0]), chunk.map((s) => s[1]), chunk.map((s) => s[2]), chunk.map((s) => s[3])],
      );
    }
    for (let i = 0; i < links.length; i += 50_000) {
      const chunk = links.slice(i, i + 50_000);
      await manager.query(
        `INSERT INTO info_linked_value (lao_code, fiscal_year, indicator_code, value, source_module)
         SELECT lao, $1, code, v::jsonb, module FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(lao, code, v, module)`,
        [fiscalYear, chunk.map((l) => l[0]), chunk.map((l) => l[1]), chunk.map((l) => l[2]), chunk.map((l) => l[3])],
      );
    }
    await manager.query(
      `WITH inserted AS (
         INSERT INTO submission (module, lao_code, fiscal_year, status, complete, recorded_count, lao_certified_at, province_certified_at, updated_at, updated_by)
         SELECT 'INFO', lao, $1, status, complete, n, lao_at, prov_at, coalesce(prov_at, lao_at, now()), 'demo'
           FROM unnest($2::text[], $3::text[], $4::boolean[], $5::int[], $6::timestamptz[], $7::timestamptz[]) AS t(lao, status, complete, n, lao_at, prov_at)
         RETURNING id, lao_code, status, lao_certified_at, province_certified_at)
       INSERT INTO submission_event (submission_id, action, from_status, to_status, actor, at)
       SELECT i.id, 'CERTIFY', 'DRAFT', 'LAO_CERTIFIED', 'lao.' || i.lao_code, i.lao_certified_at FROM inserted i WHERE i.lao_certified_at IS NOT NULL
       UNION ALL
       SELECT i.id, 'CERTIFY_PROVINCE', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED', 'prov.' || l.province_code, i.province_certified_at
         FROM inserted i JOIN local_authority l ON l.code = i.lao_code WHERE i.province_certified_at IS NOT NULL`,
      [
        fiscalYear,
        submissions.map((s) => s[0]),
        submissions.map((s) => s[1]),
        submissions.map((s) => s[2]),
        submissions.map((s) => s[3]),
        submissions.map((s) => s[4]),
        submissions.map((s) => s[5]),
      ],
    );
    if (returns.length) {
      // The history is listed by id: these submissions' events are written again, the returned round first.
      await manager.query(
        `WITH returned AS (
           SELECT s.id, t.lao, t.first_at, t.returned_at, t.reason, l.province_code
             FROM unnest($2::text[], $3::timestamptz[], $4::timestamptz[], $5::text[]) AS t(lao, first_at, returned_at, reason)
             JOIN submission s ON s.module = 'INFO' AND s.lao_code = t.lao AND s.fiscal_year = $1
             JOIN local_authority l ON l.code = t.lao),
         gone AS (
           DELETE FROM submission_event e USING returned r WHERE e.submission_id = r.id
           RETURNING e.submission_id, e.action, e.from_status, e.to_status, e.actor, e.at, e.comment)
         INSERT INTO submission_event (submission_id, action, from_status, to_status, actor, at, comment)
         SELECT * FROM (
           SELECT id, 'CERTIFY', 'DRAFT', 'LAO_CERTIFIED', 'lao.' || lao, first_at, NULL::text FROM returned
           UNION ALL
           SELECT id, 'RETURN', 'LAO_CERTIFIED', 'DRAFT', 'prov.' || province_code, returned_at, reason FROM returned
           UNION ALL
           SELECT * FROM gone) AS e(submission_id, action, from_status, to_status, actor, at, comment)
         ORDER BY submission_id, at`,
        [fiscalYear, returns.map((r) => r[0]), returns.map((r) => r[1]), returns.map((r) => r[2]), returns.map((r) => r[3])],
      );
    }
  }
  return { waitingProvince, lastLao, values: valueCount };
}
