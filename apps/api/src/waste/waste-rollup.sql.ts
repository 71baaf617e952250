/**
 * The province rollup of Waste's maintained figures (issue 15: the national summary in milliseconds, exact):
 * waste_province_figure holds, per fiscal year × province × status class (the LAO-year's WASTE submission status:
 * LAO_CERTIFIED, PROVINCE_CERTIFIED, or NONE without one or while a draft), the sums of that class's waste_lao_figures
 * rows that the national summary adds up (waste-summary.repository.ts): how many report, the plausibility warnings,
 * each figure's sum with how many rows had one (a sum over no value is NULL, not 0), and each ratio's numerator and
 * denominator over the rows having both. The summary's totals count the province's LAOs (local_authority) instead.
 *
 * A write in a province holds the province's lock to its commit: Waste writes of one province queue from their
 * trigger on, as they did on the rollup rows they share. An LAO removed from the registry (its figures cascade) is
 * not taken out: the product removes none.
 *
 * Kept in the transaction of the write by statement-level triggers with transition tables, as delta upserts
 * (col = col + excluded.col) in key order: on waste_lao_figures (every Waste input reaches the rollup through it: its
 * own triggers recompute a row whenever a section, disposal use or site changes) out of the old row and into the new,
 * both under the LAO-year's class now; on submission (module WASTE) a class change moves the LAO-year's row from
 * the old class to the new.
 *
 * Locks: every trigger first takes ROLLUP_PROVINCE_LOCK of its provinces (hash order), then reads in a later statement
 * (PL/pgSQL's READ COMMITTED: a fresh snapshot). A figures write and a status change of the same LAO-year therefore
 * run one after the other from that point, and the second reads what the first committed: a save's trigger after a
 * certification counts the new row in the new class; a certification after a save moves the saved row. The lock is
 * held to the end of the transaction, so rollup rows (shared by a province's LAOs) are never taken in two orders.
 *
 * Warnings are computed per row from the row itself (it holds last year's collection figures, which its own triggers
 * refresh when last year changes), with the thresholds frozen here as PLAUSIBLE_KG_PER_CAPITA and
 * PLAUSIBLE_YEARLY_CHANGE (libs/domain) are: changing those needs a migration redefining these functions and a refill.
 */
export const ROLLUP_PROVINCE_LOCK = 1_797_100_050;

const TABLE = 'waste_province_figure';
const KEY = ['fiscal_year', 'province_code', 'status_class'];

/** A value column, summed with how many rows had one. */
const SUMS: [column: string, expr: string][] = [
  ['served', 'served'],
  ['gen', 'gen'],
  ['col', 'col'],
  ['proper', 'proper'],
  ['rec', 'rec'],
];
/** A ratio: numerator and denominator over the rows where both are known (kg per person: a population above 0). */
const RATIOS: [name: string, num: string, den: string, when: string][] = [
  ['kg', 'gen', 'pop', 'gen IS NOT NULL AND pop > 0'],
  ['cov', 'served', 'pop', 'served IS NOT NULL AND pop IS NOT NULL'],
  ['proper_r', 'proper', 'gen', 'proper IS NOT NULL AND gen IS NOT NULL'],
  ['rec_r', 'rec', 'gen', 'rec IS NOT NULL AND gen IS NOT NULL'],
  ['cost', 'rev', 'cost', 'rev IS NOT NULL AND cost IS NOT NULL'],
];

/**
 * The thresholds the trigger functions were written with (libs/domain's PLAUSIBLE_KG_PER_CAPITA and
 * PLAUSIBLE_YEARLY_CHANGE when migration 1797100000050 ran). waste-rollup.test.ts fails when the domain's change, so a
 * new threshold comes with the migration that redefines the functions and refills the rollup.
 */
export const FROZEN_THRESHOLDS = { kgPerCapita: { min: 0.2, max: 3 }, yearlyChange: 0.5 } as const;
const { kgPerCapita, yearlyChange } = FROZEN_THRESHOLDS;

const moved = (now: string, before: string) =>
  `(${now} IS NOT NULL AND ${before} > 0 AND abs(${now} - ${before}) / ${before} > ${yearlyChange})::int`;
/** A reported row's warnings (waste-summary.repository.ts's read-time rule, thresholds frozen). */
const WARN = `CASE WHEN reported THEN (gen IS NOT NULL AND pop > 0 AND (gen * 1000 / pop < ${kgPerCapita.min} OR gen * 1000 / pop > ${kgPerCapita.max}))::int
  + ${moved('gen', 'p_gen')} + ${moved('col', 'p_col')} + ${moved('pop', 'p_pop')} ELSE 0 END`;

/** The rollup's count and sum columns with the expression of one figures row's contribution (unsigned). */
const CONTRIBUTION: [column: string, expr: string, type: 'int' | 'numeric'][] = [
  ['reporting', 'reported::int', 'int'],
  ['warnings', WARN, 'int'],
  ...SUMS.flatMap(([c, e]): [string, string, 'int' | 'numeric'][] => [
    [`n_${c}`, `(${e} IS NOT NULL)::int`, 'int'],
    [c, `coalesce(${e}, 0)`, 'numeric'],
  ]),
  ...RATIOS.flatMap(([name, num, den, when]): [string, string, 'int' | 'numeric'][] => [
    [`n_${name}`, `(${when})::int`, 'int'],
    [`${name}_num`, `CASE WHEN ${when} THEN ${num} ELSE 0 END`, 'numeric'],
    [`${name}_den`, `CASE WHEN ${when} THEN ${den} ELSE 0 END`, 'numeric'],
  ]),
];
export const ROLLUP_COLUMNS = CONTRIBUTION.map(([c]) => c);
/**
 * A contribution never NULL: a comparison with an unknown value is, and then the summary's sum skips the row (its
 * warnings: the whole row's), which adding 0 does too.
 */
const value = (expr: string, type: 'int' | 'numeric') => `coalesce((${expr})::${type === 'int' ? 'int' : 'numeric'}, 0)`;

export const CREATE_ROLLUP_TABLE = `CREATE TABLE ${TABLE} (
  fiscal_year smallint NOT NULL, province_code character(2) NOT NULL, status_class character varying(20) NOT NULL,
  ${CONTRIBUTION.map(([c, , t]) => `${c} ${t === 'int' ? 'integer' : 'numeric'} NOT NULL DEFAULT 0`).join(', ')},
  CONSTRAINT "PK_${TABLE}" PRIMARY KEY (${KEY.join(', ')}))`;

/**
 * The class of a submission status: NONE without one or while a DRAFT (no scope tells the two apart: status-class.ts),
 * so an LAO's first save, which makes its DRAFT submission, moves nothing and takes no lock.
 */
const classOf = (status: string) => `(CASE WHEN ${status} IS NULL OR ${status} = 'DRAFT' THEN 'NONE' ELSE ${status} END)::varchar`;

/**
 * Adds the contributions of figures rows to the rollup: `rows` answers waste_lao_figures' columns plus `sign` (±1)
 * and `status_class`; summed by key, upserted in key order.
 */
const upsert = (rows: string) => `
  INSERT INTO ${TABLE} AS t (${[...KEY, ...ROLLUP_COLUMNS].join(', ')})
  SELECT r.fiscal_year, r.province_code, r.status_class,
         ${CONTRIBUTION.map(([, e, t]) => `sum(r.sign * ${value(e, t)})::${t === 'int' ? 'int' : 'numeric'}`).join(',\n         ')}
    FROM (SELECT r.*, la.province_code FROM (${rows}) r JOIN local_authority la ON la.code = r.lao_code) r
   GROUP BY 1, 2, 3
  -- A statement changing no figure (the refresh's locking upsert) writes no rollup row.
  HAVING ${CONTRIBUTION.map(([, e, t]) => `sum(r.sign * ${value(e, t)}) <> 0`).join(' OR ')}
   ORDER BY 1, 2, 3
  ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET ${ROLLUP_COLUMNS.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')}`;

/** ROLLUP_PROVINCE_LOCK of the provinces of `laos` (a query answering lao_code), in hash order. */
const lockProvinces = (laos: string) => `
  PERFORM pg_advisory_xact_lock(${ROLLUP_PROVINCE_LOCK}, h)
     FROM (SELECT DISTINCT hashtext(la.province_code) AS h FROM local_authority la WHERE la.code IN (${laos}) ORDER BY 1) l`;

type Op = 'INSERT' | 'UPDATE' | 'DELETE';
const OPS: Op[] = ['INSERT', 'UPDATE', 'DELETE'];
const referencing = (op: Op) => `${op === 'DELETE' ? '' : 'NEW TABLE AS new_rows'} ${op === 'INSERT' ? '' : 'OLD TABLE AS old_rows'}`;
const transition = (op: Op, pick: (rows: string, sign: number) => string) =>
  [op !== 'DELETE' ? pick('new_rows', 1) : null, op !== 'INSERT' ? pick('old_rows', -1) : null].filter(Boolean).join(' UNION ALL ');

/** A figures statement: its old rows out, its new rows in, under the LAO-year's class read after the lock. */
function figuresTrigger(op: Op): string[] {
  const fn = `waste_rollup_figures_${op.toLowerCase()}`;
  const rows = transition(
    op,
    (t, sign) => `SELECT f.*, ${sign} AS sign, ${classOf('s.status')} AS status_class FROM ${t} f
      LEFT JOIN submission s ON s.module = 'WASTE' AND s.lao_code = f.lao_code AND s.fiscal_year = f.fiscal_year`,
  );
  return [
    `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$
     BEGIN
       ${lockProvinces(transition(op, (t) => `SELECT lao_code FROM ${t}`))};
       ${upsert(rows)};
       RETURN NULL;
     END $fn$`,
    `CREATE TRIGGER ${fn} AFTER ${op} ON waste_lao_figures REFERENCING ${referencing(op)} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  ];
}

/**
 * A submission statement: each WASTE LAO-year whose class changed moves its figures row (read after the lock) from the
 * old class to the new. Other modules' rows, and updates keeping the status, return before any lock.
 */
function submissionTrigger(op: Op): string[] {
  const fn = `waste_rollup_submission_${op.toLowerCase()}`;
  const before = op === 'INSERT' ? `'NONE'::varchar` : classOf('o.status');
  const after = op === 'DELETE' ? `'NONE'::varchar` : classOf('n.status');
  const from =
    op === 'UPDATE'
      ? `new_rows n JOIN old_rows o ON o.id = n.id WHERE n.module = 'WASTE'`
      : `${op === 'INSERT' ? 'new_rows n' : 'old_rows o'} WHERE ${op === 'INSERT' ? 'n' : 'o'}.module = 'WASTE'`;
  const row = op === 'INSERT' ? 'n' : 'o';
  const m = `SELECT * FROM unnest(laos, years, froms, tos) AS m(lao_code, fiscal_year, from_class, to_class)`;
  return [
    `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$
     DECLARE laos character(7)[]; years smallint[]; froms varchar[]; tos varchar[];
     BEGIN
       SELECT array_agg(${row}.lao_code), array_agg(${row}.fiscal_year), array_agg(${before}), array_agg(${after}) INTO laos, years, froms, tos
         FROM ${from} AND ${before} <> ${after};
       IF laos IS NULL THEN RETURN NULL; END IF;
       ${lockProvinces('SELECT unnest(laos)')};
       ${upsert(`SELECT f.*, x.sign, x.status_class FROM (${m}) m
          JOIN waste_lao_figures f ON f.fiscal_year = m.fiscal_year AND f.lao_code = m.lao_code
          CROSS JOIN LATERAL (VALUES (-1, m.from_class), (1, m.to_class)) AS x(sign, status_class)`)};
       RETURN NULL;
     END $fn$`,
    `CREATE TRIGGER ${fn} AFTER ${op} ON submission REFERENCING ${referencing(op)} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  ];
}

/** The trigger functions and triggers, in creation order. */
export function rollupTriggersSql(): string[] {
  return OPS.flatMap((op) => [...figuresTrigger(op), ...submissionTrigger(op)]);
}

/** The triggers (each with its function of the same name), as [name, table]: the migration's down, the tests. */
export const ROLLUP_TRIGGERS: [string, string][] = OPS.flatMap((op) => [
  [`waste_rollup_figures_${op.toLowerCase()}`, 'waste_lao_figures'],
  [`waste_rollup_submission_${op.toLowerCase()}`, 'submission'],
]);

/**
 * Refills the whole rollup from every figures row (the migration; a seed loading with these triggers off). The caller
 * holds writers off (SHARE locks on waste_lao_figures and submission) for an exact fill.
 */
export const ROLLUP_REFILL_SQL = [
  `DELETE FROM ${TABLE}`,
  upsert(`SELECT f.*, 1 AS sign, ${classOf('s.status')} AS status_class FROM waste_lao_figures f
    LEFT JOIN submission s ON s.module = 'WASTE' AND s.lao_code = f.lao_code AND s.fiscal_year = f.fiscal_year`),
];

/** One figures row's contribution as rollup columns (`rows` answers waste_lao_figures' columns): an LAO read live. */
export const contributionSql = (rows: string) =>
  `SELECT ${CONTRIBUTION.map(([c, e, t]) => `${value(e, t)} AS ${c}`).join(', ')} FROM (${rows}) r`;

/** The summary's columns from summed rollup columns (`s`): counts as ints, a sum over no value NULL. */
export const SUMMARY_FROM_ROLLUP = [
  `coalesce(s.reporting, 0)::int AS reporting`,
  `coalesce(s.warnings, 0)::int AS warnings`,
  ...SUMS.map(([c]) => `CASE WHEN s.n_${c} > 0 THEN s.${c} END AS ${({ gen: 'generated', col: 'collected', rec: 'recycled' } as Record<string, string>)[c] ?? c}`),
  ...RATIOS.flatMap(([name]) => {
    const out = name === 'proper_r' ? 'proper' : name === 'rec_r' ? 'rec' : name;
    return [`CASE WHEN s.n_${name} > 0 THEN s.${name}_num END AS ${out}_num`, `CASE WHEN s.n_${name} > 0 THEN s.${name}_den END AS ${out}_den`];
  }),
];
