// The Welfare demo's certification: cycles and submissions of every year, and the certified ones' frozen figures
// (welfare_snapshot), computed from the staging table of welfare-demo-enrolments.ts in one pass.
import { fiscalMonthStart, referenceMonth } from '@lao/domain';
import type { EntityManager } from 'typeorm';
import { demoDeadline, openDemoCycles, openYearPlans, type Plan, seededRandom } from './info-demo';
import type { GeneratedLao } from './lao-generator';
import { monthOf } from './welfare-demo-sql';

type SubmissionPlan = { lao: string; fiscalYear: number; status: 'DRAFT' | 'LAO_CERTIFIED' | 'PROVINCE_CERTIFIED'; laoAt: Date | null; provinceAt: Date | null };

/**
 * Cycles and submissions like INFO's: every past year certified by the province, the open year in the mix of
 * openYearPlans (on provinces of its own when the whole country is seeded). A certification freezes the LAO's live
 * figures of the year (WelfareSummaryRepository.live), computed here for every certified LAO and year at once; a
 * DRAFT holds what the workflow stores for Welfare: complete, and the number paid in the reference month.
 */
export async function certify(manager: EntityManager, laos: GeneratedLao[], years: number[], openYear: number, now: Date, today: string): Promise<void> {
  await openDemoCycles(manager, 'WELFARE', years);
  const { plans } = openYearPlans(laos, [], { key: 'welfare-plan', offset: 8, provinceCertified: 2, laoCertified: 1 });
  const recent = (days: number) => new Date(Math.min(now.getTime(), Date.now()) - days * 86_400_000);
  const rows: SubmissionPlan[] = [];
  for (const fiscalYear of years) {
    const deadline = demoDeadline(fiscalYear);
    for (const lao of laos) {
      const plan: Plan = fiscalYear < openYear ? 'PROVINCE_CERTIFIED' : plans.get(lao.code)!;
      if (plan === 'NOTHING') continue;
      const random = seededRandom(`welfare:${lao.code}:${fiscalYear}`);
      const certifiedAt = new Date(deadline.getTime() - (10 + Math.floor(random() * 40)) * 86_400_000);
      const provinceAt = new Date(deadline.getTime() + (2 + Math.floor(random() * 10)) * 86_400_000);
      if (plan === 'PROVINCE_CERTIFIED') {
        const past = fiscalYear < openYear;
        rows.push({ lao: lao.code, fiscalYear, status: plan, laoAt: past ? certifiedAt : recent(20), provinceAt: past ? provinceAt : recent(5) });
      } else if (plan === 'LAO_CERTIFIED') {
        rows.push({ lao: lao.code, fiscalYear, status: plan, laoAt: recent(1 + Math.floor(random() * 30)), provinceAt: null });
      } else {
        rows.push({ lao: lao.code, fiscalYear, status: 'DRAFT', laoAt: null, provinceAt: null });
      }
    }
  }
  await manager.query(
    `CREATE TEMPORARY TABLE welfare_demo_submission (lao_code char(7) NOT NULL, fiscal_year smallint NOT NULL, status text NOT NULL,
       lao_at timestamptz, province_at timestamptz, PRIMARY KEY (lao_code, fiscal_year)) ON COMMIT DROP`,
  );
  await manager.query(`INSERT INTO welfare_demo_submission SELECT * FROM unnest($1::text[], $2::smallint[], $3::text[], $4::timestamptz[], $5::timestamptz[])`, [
    rows.map((r) => r.lao),
    rows.map((r) => r.fiscalYear),
    rows.map((r) => r.status),
    rows.map((r) => r.laoAt),
    rows.map((r) => r.provinceAt),
  ]);
  await figures(manager, years, today);
  await manager.query(
    `INSERT INTO welfare_snapshot (lao_code, fiscal_year, allowance_type, monthly_amount, count, yearly_amount, taken_at)
     SELECT f.lao_code, f.fiscal_year, f.allowance_type, f.monthly_amount, f.count, f.yearly_amount, c.lao_at
       FROM welfare_demo_figures f JOIN welfare_demo_submission c USING (lao_code, fiscal_year) WHERE c.status <> 'DRAFT'`,
  );
  await manager.query(
    `WITH inserted AS (
       INSERT INTO submission (module, lao_code, fiscal_year, status, complete, recorded_count, lao_certified_at, province_certified_at, updated_at, updated_by)
       SELECT 'WELFARE', c.lao_code, c.fiscal_year, c.status, true, coalesce(f.count, 0), c.lao_at, c.province_at, coalesce(c.province_at, c.lao_at, now()), 'demo'
         FROM welfare_demo_submission c
         LEFT JOIN (SELECT lao_code, fiscal_year, sum(count)::int AS count FROM welfare_demo_figures GROUP BY 1, 2) f USING (lao_code, fiscal_year)
       RETURNING id, lao_code, status, lao_certified_at, province_certified_at)
     INSERT INTO submission_event (submission_id, action, from_status, to_status, actor, at)
     SELECT i.id, 'CERTIFY', 'DRAFT', 'LAO_CERTIFIED', 'lao.' || i.lao_code, i.lao_certified_at FROM inserted i WHERE i.lao_certified_at IS NOT NULL
     UNION ALL
     SELECT i.id, 'CERTIFY_PROVINCE', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED', 'prov.' || l.province_code, i.province_certified_at
       FROM inserted i JOIN local_authority l ON l.code = i.lao_code WHERE i.province_certified_at IS NOT NULL`,
  );
}

/**
 * welfare_demo_figures: each submission's figures as WelfareSummaryRepository.live computes them (who is paid in
 * the reference month, by type and amount, and what the twelve months cost), for all of them in one pass. The same
 * rules in month arithmetic instead of a series of dates per enrolment: the months paid are a range (from the first
 * paid month to the last before the end) less the suspension's, and within a year the amount changes at most once
 * (at the 70th, 80th or 90th birthday, or the 18th for disability). The enrolments are read from the staging table,
 * which holds the same values as the registry's tables plus their months (no joins), once: each enrolment's amounts
 * of every year, grouped by LAO, type and those amounts, then the groups spread over the years (a few hundred
 * thousand rows for the country instead of one per enrolment and year). welfare-demo.integration.test.ts compares
 * the result with the API's own statement.
 */
async function figures(manager: EntityManager, years: number[], today: string): Promise<void> {
  /** welfare_monthly_amount for an age in whole years. */
  const amountAt = (age: string) => `CASE e.allowance_type WHEN 'AIDS' THEN 500 WHEN 'DISABILITY' THEN CASE WHEN ${age} < 18 THEN 1000 ELSE 800 END
    ELSE CASE WHEN ${age} >= 90 THEN 1000 WHEN ${age} >= 80 THEN 800 WHEN ${age} >= 70 THEN 700 WHEN ${age} >= 60 THEN 600 ELSE 0 END END`;
  /** Age in whole years on the first day of month `m` (a month index): from the birth month, a month later when born after the 1st. */
  const ageAt = (m: number | string) => `((${m} - e.birth_month - e.after_first) / 12)`;
  // Per year: the months paid from a to z, the amounts of its first and last month, the month the amount changes.
  const steps: string[] = [];
  const perYear = years.map((fiscalYear, i) => {
    const [first, last, ref] = [monthOf(fiscalMonthStart(fiscalYear, 1)), monthOf(fiscalMonthStart(fiscalYear, 12)), monthOf(referenceMonth(fiscalYear, today))];
    steps.push(
      `greatest(${first}, e.first_paid) AS a${i}, least(${last}, e.last_unended) AS z${i}, ${amountAt(ageAt(first))} AS f${i}, ${amountAt(ageAt(last))} AS l${i},
       e.birth_month + e.after_first + 12 * CASE WHEN e.allowance_type = 'DISABILITY' THEN 18 ELSE least(90, ${ageAt(last)} / 10 * 10) END AS c${i}`,
    );
    /** Months paid in [x, y]: within [a, z], less the (open) suspension's months from e.suspended_month. */
    const paid = (x: string | number, y: string | number) =>
      `(greatest(0, least(${y}, s.z${i}) - greatest(${x}, s.a${i}) + 1) - greatest(0, least(${y}, s.z${i}) - greatest(${x}, s.a${i}, e.suspended_month) + 1))`;
    return {
      fiscalYear,
      monthly: `CASE WHEN e.first_paid <= ${ref} AND ${ref} <= e.last_unended AND ${ref} < e.suspended_month THEN ${amountAt(ageAt(ref))} ELSE 0 END`,
      yearly: `CASE WHEN e.last_unended < ${first} THEN 0 WHEN s.f${i} = s.l${i} THEN s.f${i} * ${paid(first, last)}
                    ELSE s.f${i} * ${paid(first, `s.c${i} - 1`)} + s.l${i} * ${paid(`s.c${i}`, last)} END`,
    };
  });
  const ys = perYear.map((_, i) => i);
  await manager.query(
    `CREATE TEMPORARY TABLE welfare_demo_figures ON COMMIT DROP AS
     WITH grouped AS (
       SELECT lao_code, allowance_type, ${ys.map((i) => `m${i}`).join(', ')}, count(*) AS n,
              ${ys.map((i) => `sum(v${i}) AS v${i}, count(*) FILTER (WHERE v${i} > 0) AS p${i}`).join(', ')}
         FROM (SELECT e.lao_code, e.allowance_type, ${perYear.map((y, i) => `${y.monthly} AS m${i}, ${y.yearly} AS v${i}`).join(', ')}
                 FROM welfare_demo_stage e CROSS JOIN LATERAL (SELECT ${steps.join(', ')} OFFSET 0) AS s) per
        GROUP BY lao_code, allowance_type, ${ys.map((i) => `m${i}`).join(', ')})
     SELECT g.lao_code, y.fiscal_year, g.allowance_type, y.monthly_amount,
            sum(CASE WHEN y.monthly_amount > 0 THEN g.n ELSE 0 END)::int AS count, sum(y.yearly)::bigint AS yearly_amount
       FROM grouped g
      CROSS JOIN LATERAL (VALUES ${perYear.map((y, i) => `(${y.fiscalYear}, g.m${i}, g.v${i}, g.p${i})`).join(', ')}) AS y(fiscal_year, monthly_amount, yearly, paid)
      -- As the API: an enrolment not paid in any month of the year is not among the year's figures.
      WHERE y.paid > 0
      GROUP BY g.lao_code, y.fiscal_year, g.allowance_type, y.monthly_amount`,
  );
}
