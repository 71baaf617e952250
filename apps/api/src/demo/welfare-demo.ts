import { ALLOWANCE_TYPES, bangkokToday, END_REASONS, fiscalYearOf } from '@lao/domain';
import type { EntityManager } from 'typeorm';
import { type GeoProvince, thaiGeography } from '../registry/thai-geography';
import { DEMO_PAST_YEARS } from './info-demo';
import type { GeneratedLao } from './lao-generator';
import { FIGURES_DEFERRED_SETTING, FIGURES_LOCK, rebuildYearsSql } from '../welfare/welfare-figures.maintenance';
import { withoutIndexes } from './welfare-demo-bulk-load';
import { certify } from './welfare-demo-certify';
import { stageSql } from './welfare-demo-enrolments';
import { BANGKOK_STREETS, FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './welfare-demo-names';
import { welfareDemoPlan, welfareDemoPrefix } from './welfare-demo-plan';
import { constantJson, monthOf } from './welfare-demo-sql';

// The registry's plan per LAO and its UUID halves, for the seed's tests (welfare-demo-plan.ts).
export { type LaoPlan, welfareDemoPlan, welfareDemoPrefix } from './welfare-demo-plan';

/**
 * `pnpm start`'s allowance registry: Nonthaburi (the suburbs), Samut Songkhram (small and rural) and Phuket (a
 * tourist island), small enough to keep the first start short; the bench asks for 'ALL' (the whole country).
 */
export const WELFARE_DEMO_PROVINCES: readonly string[] = ['12', '75', '83'];

/** What the Welfare seed varies. */
export interface WelfareDemoOptions {
  /** The provinces (of the LAOs given) whose LAOs get an allowance registry, or 'ALL' of them (default WELFARE_DEMO_PROVINCES). */
  provinceCodes?: readonly string[] | 'ALL';
  /** Province-certified fiscal years before the open one, each with its frozen figures (default DEMO_PAST_YEARS). */
  pastYears?: number;
  /** The country's geography, when the caller has read it already (reading it takes seconds). */
  geography?: GeoProvince[];
}

export interface WelfareDemoSummary {
  people: number;
  enrolments: number;
  provinces: string[];
}

/** The tables the seed fills by the million (welfare_snapshot, a few rows per LAO and year, is not among them). */
const LOADED_TABLES = ['welfare_person', 'welfare_beneficiary', 'welfare_suspension', 'welfare_event'];

/**
 * Welfare's demo data: the allowance registry of the chosen provinces' LAOs (people, enrolments, suspensions, the
 * history of each), cycles, the past years certified by the province with their frozen figures, and the open year in
 * a mix like INFO's. Set-based, choices hashed from keys (the same data on every run), for three provinces in seconds
 * and the whole country (11.5 million enrolments) in minutes:
 *  - every enrolment is generated once, by generate_series per LAO, into a staging table (stageSql, of the people
 *    of welfare-demo-people.ts);
 *  - the registry's tables are filled from it with their keys, indexes and foreign keys set aside and made again after
 *    (withoutIndexes, welfare-demo-bulk-load.ts);
 *  - the certified years' frozen figures are computed from it in one pass (welfare-demo-certify.ts).
 * Runs inside the demo seed's transaction; its helper tables are temporary.
 */
export async function seedWelfareDemo(manager: EntityManager, laos: GeneratedLao[], now: Date, options: WelfareDemoOptions = {}): Promise<WelfareDemoSummary> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('seedWelfareDemo runs inside a transaction');
  const chosen = options.provinceCodes ?? WELFARE_DEMO_PROVINCES;
  const seeded = chosen === 'ALL' ? laos : laos.filter((l) => chosen.includes(l.provinceCode));
  const provinces = [...new Set(seeded.map((l) => l.provinceCode))].sort();
  if (seeded.length === 0) return { people: 0, enrolments: 0, provinces };
  const openYear = fiscalYearOf(now);
  const pastYears = options.pastYears ?? DEMO_PAST_YEARS;
  const years = Array.from({ length: pastYears + 1 }, (_, i) => openYear - pastYears + i);
  const today = bangkokToday(now);
  const plans = welfareDemoPlan(seeded, options.geography ?? (await thaiGeography()), openYear);

  // For this transaction only: memory for sorts and hash joins of millions of rows, and no caching of one-row
  // lateral steps (each a subquery with OFFSET 0, computed once per row: PostgreSQL would flatten a plain one, or a
  // one-row VALUES, and compute each expression again wherever it is used).
  // Also: the maintained figures are not kept row by row for millions of rows; they are rebuilt once at the end.
  for (const setting of ["work_mem = '256MB'", "maintenance_work_mem = '512MB'", 'enable_memoize = off', `${FIGURES_DEFERRED_SETTING} = 'on'`]) await manager.query(`SET LOCAL ${setting}`);
  await manager.query(`CREATE TEMPORARY TABLE welfare_demo_lao (
      code char(7) PRIMARY KEY, seed bigint NOT NULL, district_code char(4) NOT NULL, district_number int NOT NULL, district_sum int NOT NULL,
      elderly int NOT NULL, pre_registered int NOT NULL, disabled int NOT NULL, aids int NOT NULL, id_base int NOT NULL, subdistricts text[] NOT NULL,
      own_subdistrict text, villages int, person_prefix text NOT NULL, enrolment_prefix text NOT NULL) ON COMMIT DROP`);
  await manager.query(
    `INSERT INTO welfare_demo_lao
     SELECT code, code::bigint * 1000, district, district::int,
            substr(district, 1, 1)::int * 12 + substr(district, 2, 1)::int * 11 + substr(district, 3, 1)::int * 10 + substr(district, 4, 1)::int * 9,
            elderly, pre, disabled, aids, id_base, string_to_array(subs, ','), own, villages, person_prefix, enrolment_prefix
       FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[], $9::text[], $10::int[], $11::text[], $12::text[])
            AS t(code, district, elderly, pre, disabled, aids, id_base, subs, own, villages, person_prefix, enrolment_prefix)`,
    [
      plans.map((p) => p.code),
      plans.map((p) => p.districtCode),
      plans.map((p) => p.elderly),
      plans.map((p) => p.preRegistered),
      plans.map((p) => p.disabled),
      plans.map((p) => p.aids),
      plans.map((p) => p.idBase),
      plans.map((p) => p.subdistricts.join(',')),
      plans.map((p) => p.ownSubdistrict),
      plans.map((p) => p.villages),
      plans.map((p) => welfareDemoPrefix(p.code, 'person')),
      plans.map((p) => welfareDemoPrefix(p.code, 'enrolment')),
    ],
  );
  await manager.query(`ANALYZE welfare_demo_lao`);
  await manager.query(`CREATE TEMPORARY TABLE welfare_demo_stage ON COMMIT DROP AS ${stageSql()}`, [
    MALE_FIRST_NAMES,
    FEMALE_FIRST_NAMES,
    LAST_NAMES,
    BANGKOK_STREETS,
    monthOf(today),
    Number(today.slice(8, 10)),
  ]);

  const [{ people, enrolments }] = (await manager.query(
    `SELECT count(*) FILTER (WHERE primary_enrolment)::int AS people, count(*)::int AS enrolments FROM welfare_demo_stage`,
  )) as [{ people: number; enrolments: number }];
  await withoutIndexes(manager, LOADED_TABLES, async () => {
    await manager.query(
      `INSERT INTO welfare_person (id, national_id, title, first_name, last_name, birth_date, sex)
       SELECT person_id, national_id, title, first_name, last_name, birth_date, sex FROM welfare_demo_stage WHERE primary_enrolment`,
    );
    await manager.query(
      `INSERT INTO welfare_beneficiary (id, person_id, lao_code, allowance_type, status, registered_on, ended_on, end_reason, payment_method,
                                        bank_account, address, phone, disability_card_no, updated_at, updated_by)
       SELECT id, person_id, lao_code, allowance_type, status, registered_on, ended_on, end_reason, payment_method,
              bank_account, address, phone, disability_card_no, updated_at, updated_by FROM welfare_demo_stage`,
    );
    await manager.query(`INSERT INTO welfare_suspension (beneficiary_id, from_date) SELECT id, suspended_from FROM welfare_demo_stage WHERE status = 'SUSPENDED'`);
    await manager.query(
      `INSERT INTO welfare_event (beneficiary_id, kind, effective_on, detail, at, actor)
       SELECT id, 'REGISTERED', registered_on, ${constantJson('allowance_type', ALLOWANCE_TYPES, (allowanceType) => ({ allowanceType }))}, registered_at, updated_by
         FROM welfare_demo_stage
       UNION ALL
       SELECT id, 'ENDED', ended_on, ${constantJson('end_reason', END_REASONS, (reason) => ({ reason, note: null }))}, updated_at, updated_by
         FROM welfare_demo_stage WHERE status = 'ENDED'
       UNION ALL
       SELECT id, 'SUSPENDED', suspended_from, '{"note": null}'::jsonb, updated_at, updated_by FROM welfare_demo_stage WHERE status = 'SUSPENDED'`,
    );
  });
  for (const table of LOADED_TABLES) await manager.query(`ANALYZE ${table}`);
  await certify(manager, seeded, years, openYear, now, today);
  await rebuildFigures(manager, openYear);
  return { people, enrolments, provinces };
}

/**
 * The maintained figures (welfare-figures.maintenance.ts) of the horizon's years and the open year's neighbours,
 * rebuilt set-based from the loaded registry in one pass, then kept by the triggers again for the rest of the
 * transaction.
 */
async function rebuildFigures(manager: EntityManager, openYear: number): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1)`, [FIGURES_LOCK]);
  const rows: { fiscal_year: number }[] = await manager.query(`SELECT fiscal_year FROM welfare_figure_year`);
  const years = [...new Set([...rows.map((r) => r.fiscal_year), openYear - 1, openYear, openYear + 1])].sort();
  for (const sql of rebuildYearsSql()) await manager.query(sql, [years]);
  await manager.query(`ANALYZE welfare_month_figure`);
  await manager.query(`ANALYZE welfare_year_figure`);
  await manager.query(`SET LOCAL ${FIGURES_DEFERRED_SETTING} = 'off'`);
}
