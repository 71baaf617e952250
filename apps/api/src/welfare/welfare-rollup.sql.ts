import { FIGURES_DEFERRED_SETTING, FIGURES_LAO_LOCK, FIGURES_LOCK } from './welfare-figures.maintenance';

/**
 * The province rollup of the maintained figures, so the national summary reads a few thousand rows instead of the
 * ~80k LAO rows (and their certification status) of welfare-figures.maintenance.ts:
 *
 * - welfare_province_figure: per fiscal year × province × fiscal month × type × amount, how many enrolments of the
 *   province's *uncertified* LAOs (no WELFARE submission, or a DRAFT: status class NONE) are paid; month 0 holds
 *   each type's yearly amount (amount 0). It is the sum of their welfare_month_figure / welfare_year_figure rows.
 * - welfare_province_snapshot: per fiscal year × province × status class (LAO_CERTIFIED, PROVINCE_CERTIFIED) × type
 *   × amount, the sum of the certified LAOs' frozen figures (welfare_snapshot). A snapshot has no month: whatever
 *   the reference month, a certified LAO counts what it froze.
 *
 * Kept for the horizon's years (welfare_figure_year) by statement-level triggers in the transaction of the write, as
 * delta upserts (count = count + excluded.count) in key order: on the LAO figure tables (by the LAO's class now), on
 * welfare_snapshot (into the certified classes) and on submission (a WELFARE class change moves that LAO-year's
 * figures or snapshot between the tables and classes).
 *
 * Locks, in this order in every trigger: FIGURES_LOCK shared (a rebuild is exclusive), then the LAOs' FIGURES_LAO_LOCK
 * in hash order (the registry triggers take it before writing an LAO's figures: a status change and a registry write
 * of the same LAO run one after the other, and the second reads the first's committed rows, each PL/pgSQL statement
 * taking a fresh snapshot), then the provinces' ROLLUP_PROVINCE_LOCK in hash order: rollup rows are shared by every
 * LAO of a province, and two transactions of several statements (closing a suspension, then ending the enrolment)
 * would otherwise lock them in orders of their own and deadlock.
 */
export const ROLLUP_PROVINCE_LOCK = 1_797_100_042;

/** Set (set_config, transaction-local) while a rebuild refills the rollup itself at its end: the triggers skip. */
export const ROLLUP_REBUILDING_SETTING = 'welfare.rollup_rebuilding';

// The month before the province: the national read is one range of the key (its year, month 0 and the reference month).
const FIGURE_KEY = 'fiscal_year, fiscal_month, province_code, allowance_type, monthly_amount';
const SNAPSHOT_KEY = 'fiscal_year, province_code, status_class, allowance_type, monthly_amount';
const HORIZON = '(SELECT fiscal_year FROM welfare_figure_year)';
const UNCERTIFIED = (lao: string, year: string) =>
  `NOT EXISTS (SELECT 1 FROM submission s WHERE s.module = 'WELFARE' AND s.lao_code = ${lao} AND s.fiscal_year = ${year} AND s.status <> 'DRAFT')`;

export const CREATE_ROLLUP_TABLES = [
  `CREATE TABLE welfare_province_figure (
     fiscal_year smallint NOT NULL, province_code character(2) NOT NULL, fiscal_month smallint NOT NULL, allowance_type character varying(10) NOT NULL,
     monthly_amount integer NOT NULL, count integer NOT NULL DEFAULT 0, yearly_amount bigint NOT NULL DEFAULT 0,
     CONSTRAINT "PK_welfare_province_figure" PRIMARY KEY (${FIGURE_KEY}))`,
  `CREATE TABLE welfare_province_snapshot (
     fiscal_year smallint NOT NULL, province_code character(2) NOT NULL, status_class character varying(20) NOT NULL, allowance_type character varying(10) NOT NULL,
     monthly_amount integer NOT NULL, count integer NOT NULL DEFAULT 0, yearly_amount bigint NOT NULL DEFAULT 0,
     CONSTRAINT "PK_welfare_province_snapshot" PRIMARY KEY (${SNAPSHOT_KEY}))`,
];

/** Adds signed sums (rows of `select`: FIGURE_KEY, count, yearly_amount) to welfare_province_figure in key order. */
const upsertFigures = (select: string) => `
  INSERT INTO welfare_province_figure AS r (${FIGURE_KEY}, count, yearly_amount)
  SELECT ${FIGURE_KEY}, sum(count)::int, sum(yearly_amount)::bigint FROM (${select}) d
   GROUP BY ${FIGURE_KEY} HAVING sum(count) <> 0 OR sum(yearly_amount) <> 0 ORDER BY ${FIGURE_KEY}
  ON CONFLICT (${FIGURE_KEY}) DO UPDATE SET count = r.count + excluded.count, yearly_amount = r.yearly_amount + excluded.yearly_amount`;

/** The same for welfare_province_snapshot (rows: SNAPSHOT_KEY, count, yearly_amount). */
const upsertSnapshots = (select: string) => `
  INSERT INTO welfare_province_snapshot AS r (${SNAPSHOT_KEY}, count, yearly_amount)
  SELECT ${SNAPSHOT_KEY}, sum(count)::int, sum(yearly_amount)::bigint FROM (${select}) d
   GROUP BY ${SNAPSHOT_KEY} HAVING sum(count) <> 0 OR sum(yearly_amount) <> 0 ORDER BY ${SNAPSHOT_KEY}
  ON CONFLICT (${SNAPSHOT_KEY}) DO UPDATE SET count = r.count + excluded.count, yearly_amount = r.yearly_amount + excluded.yearly_amount`;

/**
 * The locks of a set of LAOs (a query answering lao_code and fiscal_year), in the order every writer takes them; only
 * of rows the rollup keeps (a year leaving the horizon deletes every LAO's rows: thousands of locks would fill the
 * lock table).
 */
const locksOf = (rows: string) => {
  const laos = `SELECT r.lao_code FROM (${rows}) r WHERE r.fiscal_year IN ${HORIZON}`;
  return `
  PERFORM pg_advisory_xact_lock(${FIGURES_LAO_LOCK}, h) FROM (SELECT DISTINCT hashtext(x.lao_code) AS h FROM (${laos}) x ORDER BY 1) l;
  PERFORM pg_advisory_xact_lock(${ROLLUP_PROVINCE_LOCK}, h)
     FROM (SELECT DISTINCT hashtext(la.province_code) AS h FROM local_authority la WHERE la.code IN (SELECT x.lao_code FROM (${laos}) x) ORDER BY 1) l`;
};

// A function: this module and welfare-figures.maintenance.ts import each other (only ever read at call time).
const skip = () => `IF current_setting('${FIGURES_DEFERRED_SETTING}', true) = 'on' OR current_setting('${ROLLUP_REBUILDING_SETTING}', true) = 'on' THEN RETURN NULL; END IF`;

type Op = 'INSERT' | 'UPDATE' | 'DELETE';
const OPS: Op[] = ['INSERT', 'UPDATE', 'DELETE'];
/** Transition rows with a sign: +1 the statement's new rows, −1 its old ones. */
const signed = (op: Op, columns: string) =>
  [op !== 'DELETE' ? `SELECT ${columns}, 1 AS sign FROM new_rows` : null, op !== 'INSERT' ? `SELECT ${columns}, -1 AS sign FROM old_rows` : null].filter(Boolean).join(' UNION ALL ');
const referencing = (op: Op) => `${op === 'DELETE' ? '' : 'NEW TABLE AS new_rows'} ${op === 'INSERT' ? '' : 'OLD TABLE AS old_rows'}`;

function trigger(name: string, table: string, op: Op, body: string): string[] {
  const fn = `${name}_${op.toLowerCase()}`;
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$
     BEGIN
       ${skip()};
       ${body};
       RETURN NULL;
     END $fn$`,
    `CREATE TRIGGER ${fn} AFTER ${op} ON ${table} REFERENCING ${referencing(op)} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  ];
}

/** LAO figure rows (month or year table) of uncertified LAOs, as province rows; `f` carries a sign. */
const figureRows = (f: string, month: string, count: string, yearly: string) =>
  `SELECT f.fiscal_year, la.province_code, ${month} AS fiscal_month, f.allowance_type, ${month === '0' ? '0' : 'f.monthly_amount'} AS monthly_amount,
          ${count} AS count, ${yearly} AS yearly_amount
     FROM (${f}) f JOIN local_authority la ON la.code = f.lao_code
    WHERE f.fiscal_year IN ${HORIZON} AND ${UNCERTIFIED('f.lao_code', 'f.fiscal_year')}`;

const monthTrigger = (op: Op) => {
  const source = signed(op, 'fiscal_year, fiscal_month, lao_code, allowance_type, monthly_amount, count');
  return trigger('welfare_rollup_month', 'welfare_month_figure', op, `${locksOf(source)};
    ${upsertFigures(figureRows(source, 'f.fiscal_month', 'f.sign * f.count', '0'))}`);
};

const yearTrigger = (op: Op) => {
  const source = signed(op, 'fiscal_year, lao_code, allowance_type, yearly_amount');
  return trigger('welfare_rollup_year', 'welfare_year_figure', op, `${locksOf(source)};
    ${upsertFigures(figureRows(source, '0', '0', 'f.sign * f.yearly_amount'))}`);
};

/** Snapshot rows `sn` (with a sign) of LAOs whose submission is certified now, under that class. */
const snapshotRows = (sn: string) =>
  `SELECT sn.fiscal_year, la.province_code, s.status AS status_class, sn.allowance_type, sn.monthly_amount,
          sn.sign * sn.count AS count, sn.sign::bigint * sn.yearly_amount AS yearly_amount
     FROM (${sn}) sn JOIN local_authority la ON la.code = sn.lao_code
     JOIN submission s ON s.module = 'WELFARE' AND s.lao_code = sn.lao_code AND s.fiscal_year = sn.fiscal_year AND s.status <> 'DRAFT'
    WHERE sn.fiscal_year IN ${HORIZON}`;

const snapshotTrigger = (op: Op) => {
  const source = signed(op, 'lao_code, fiscal_year, allowance_type, monthly_amount, count, yearly_amount');
  return trigger('welfare_rollup_snapshot', 'welfare_snapshot', op, `PERFORM pg_advisory_xact_lock_shared(${FIGURES_LOCK});
    ${locksOf(source)};
    ${upsertSnapshots(snapshotRows(source))}`);
};

/** The class of a submission status: NONE while uncertified (the LAO tables count it), else the status. */
const classOf = (status: string) => `CASE WHEN ${status} = 'DRAFT' THEN 'NONE' ELSE ${status} END`;

/** Class moves (lao_code, fiscal_year, status_class, move) of a submission statement, WELFARE rows only. */
const MOVES: Record<Op, string> = {
  INSERT: `SELECT n.lao_code, n.fiscal_year, ${classOf('n.status')}, 1 FROM new_rows n WHERE n.module = 'WELFARE'
           UNION ALL SELECT n.lao_code, n.fiscal_year, 'NONE', -1 FROM new_rows n WHERE n.module = 'WELFARE'`,
  UPDATE: `SELECT n.lao_code, n.fiscal_year, ${classOf('n.status')}, 1 FROM new_rows n WHERE n.module = 'WELFARE'
           UNION ALL SELECT n.lao_code, n.fiscal_year, 'NONE', -1 FROM new_rows n WHERE n.module = 'WELFARE'
           UNION ALL SELECT o.lao_code, o.fiscal_year, ${classOf('o.status')}, -1 FROM old_rows o WHERE o.module = 'WELFARE'
           UNION ALL SELECT o.lao_code, o.fiscal_year, 'NONE', 1 FROM old_rows o WHERE o.module = 'WELFARE'`,
  DELETE: `SELECT o.lao_code, o.fiscal_year, ${classOf('o.status')}, -1 FROM old_rows o WHERE o.module = 'WELFARE'
           UNION ALL SELECT o.lao_code, o.fiscal_year, 'NONE', 1 FROM old_rows o WHERE o.module = 'WELFARE'`,
};

/**
 * A class change moves the LAO-year's contribution: its LAO figure rows in or out of welfare_province_figure (class
 * NONE), its snapshot in or out of a certified class. Saves of other modules, and completeness updates, move nothing
 * and return before any lock.
 */
const submissionTrigger = (op: Op) => {
  // Summed per LAO, year and class, an update that changes no class (a completeness update) moves nothing.
  const moves = MOVES[op];
  const m = `SELECT * FROM unnest(laos, years, classes, signs) AS m(lao_code, fiscal_year, status_class, move) WHERE m.fiscal_year IN ${HORIZON}`;
  const fn = `welfare_rollup_submission_${op.toLowerCase()}`;
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$
     DECLARE laos character(7)[]; years smallint[]; classes varchar[]; signs int[];
     BEGIN
       ${skip()};
       SELECT array_agg(x.lao_code), array_agg(x.fiscal_year), array_agg(x.status_class), array_agg(x.move) INTO laos, years, classes, signs
         FROM (SELECT lao_code, fiscal_year, status_class, sum(move)::int AS move FROM (${moves}) AS m(lao_code, fiscal_year, status_class, move)
                GROUP BY 1, 2, 3 HAVING sum(move) <> 0) x;
       IF laos IS NULL THEN RETURN NULL; END IF;
       PERFORM pg_advisory_xact_lock_shared(${FIGURES_LOCK});
       ${locksOf(`SELECT unnest(laos) AS lao_code, unnest(years) AS fiscal_year`)};
       ${upsertFigures(`
         SELECT f.fiscal_year, la.province_code, f.fiscal_month, f.allowance_type, f.monthly_amount, m.move * f.count AS count, 0::bigint AS yearly_amount
           FROM (${m}) m CROSS JOIN generate_series(1, 12) AS g(month)
           JOIN welfare_month_figure f ON f.fiscal_year = m.fiscal_year AND f.fiscal_month = g.month AND f.lao_code = m.lao_code
           JOIN local_authority la ON la.code = m.lao_code
          WHERE m.status_class = 'NONE'
         UNION ALL
         SELECT y.fiscal_year, la.province_code, 0, y.allowance_type, 0, 0, m.move::bigint * y.yearly_amount
           FROM (${m}) m JOIN welfare_year_figure y ON y.fiscal_year = m.fiscal_year AND y.lao_code = m.lao_code
           JOIN local_authority la ON la.code = m.lao_code
          WHERE m.status_class = 'NONE'`)};
       ${upsertSnapshots(`
         SELECT sn.fiscal_year, la.province_code, m.status_class, sn.allowance_type, sn.monthly_amount, m.move * sn.count AS count, m.move::bigint * sn.yearly_amount AS yearly_amount
           FROM (${m}) m JOIN welfare_snapshot sn ON sn.lao_code = m.lao_code AND sn.fiscal_year = m.fiscal_year
           JOIN local_authority la ON la.code = m.lao_code
          WHERE m.status_class <> 'NONE'`)};
       RETURN NULL;
     END $fn$`,
    `CREATE TRIGGER ${fn} AFTER ${op} ON submission REFERENCING ${referencing(op)} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  ];
};

/** The rollup's trigger functions and triggers. */
export function rollupTriggersSql(): string[] {
  return [...OPS.flatMap((op) => [...monthTrigger(op), ...yearTrigger(op), ...snapshotTrigger(op), ...submissionTrigger(op)]), ...horizonTriggersSql()];
}

/** The triggers to drop (migration down, and the test that shows a dropped one is noticed), as [name, table]. */
export const ROLLUP_TRIGGERS: [string, string][] = OPS.flatMap((op) => {
  const o = op.toLowerCase();
  return [
    [`welfare_rollup_month_${o}`, 'welfare_month_figure'],
    [`welfare_rollup_year_${o}`, 'welfare_year_figure'],
    [`welfare_rollup_snapshot_${o}`, 'welfare_snapshot'],
    [`welfare_rollup_submission_${o}`, 'submission'],
    [`welfare_rollup_horizon_${o}`, 'welfare_figure_year'],
  ];
});

/** Run first by a rebuild (rebuildYearsSql, $1 its years): the triggers skip its writes, the refill recounts them. */
export const ROLLUP_REBUILD_BEGIN = `SELECT set_config('${ROLLUP_REBUILDING_SETTING}', 'on', true) WHERE $1::int[] IS NOT NULL`;

/** The statements that refill the rollup of some fiscal years (`years`: an int[] expression) from every LAO row. */
export function rollupRefillSql(years: string): string[] {
  const of = (alias: string) => `${alias}.fiscal_year = ANY(${years})`;
  return [
    `DELETE FROM welfare_province_figure f WHERE ${of('f')}`,
    `DELETE FROM welfare_province_snapshot f WHERE ${of('f')}`,
    upsertFigures(`
      SELECT f.fiscal_year, la.province_code, f.fiscal_month, f.allowance_type, f.monthly_amount, f.count, 0::bigint AS yearly_amount
        FROM welfare_month_figure f JOIN local_authority la ON la.code = f.lao_code
       WHERE ${of('f')} AND f.count <> 0 AND ${UNCERTIFIED('f.lao_code', 'f.fiscal_year')}
      UNION ALL
      SELECT y.fiscal_year, la.province_code, 0, y.allowance_type, 0, 0, y.yearly_amount
        FROM welfare_year_figure y JOIN local_authority la ON la.code = y.lao_code
       WHERE ${of('y')} AND ${UNCERTIFIED('y.lao_code', 'y.fiscal_year')}`),
    upsertSnapshots(`
      SELECT sn.fiscal_year, la.province_code, s.status AS status_class, sn.allowance_type, sn.monthly_amount, sn.count, sn.yearly_amount::bigint
        FROM welfare_snapshot sn JOIN local_authority la ON la.code = sn.lao_code
        JOIN submission s ON s.module = 'WELFARE' AND s.lao_code = sn.lao_code AND s.fiscal_year = sn.fiscal_year AND s.status <> 'DRAFT'
       WHERE ${of('sn')}`),
  ];
}

/**
 * Every rebuild ends by writing its years into the horizon (welfare_figure_year): these triggers refill the rollup of
 * those years there (the demo seed and the horizon's own rebuild need no step of their own), and drop the rollup of
 * years leaving it. Not skipped in deferred bulk loads: this is where they catch up.
 */
export function horizonTriggersSql(): string[] {
  const refill = (op: 'insert' | 'update') => [
    `CREATE OR REPLACE FUNCTION welfare_rollup_horizon_${op}() RETURNS trigger LANGUAGE plpgsql AS $fn$
     DECLARE yrs int[];
     BEGIN
       SELECT array_agg(fiscal_year) INTO yrs FROM new_rows;
       IF yrs IS NULL THEN RETURN NULL; END IF;
       ${rollupRefillSql('yrs').join(';\n')};
       PERFORM set_config('${ROLLUP_REBUILDING_SETTING}', 'off', true);
       RETURN NULL;
     END $fn$`,
    `CREATE TRIGGER welfare_rollup_horizon_${op} AFTER ${op.toUpperCase()} ON welfare_figure_year REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION welfare_rollup_horizon_${op}()`,
  ];
  return [
    ...refill('insert'),
    ...refill('update'),
    `CREATE OR REPLACE FUNCTION welfare_rollup_horizon_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
     BEGIN
       DELETE FROM welfare_province_figure WHERE fiscal_year IN (SELECT fiscal_year FROM old_rows);
       DELETE FROM welfare_province_snapshot WHERE fiscal_year IN (SELECT fiscal_year FROM old_rows);
       RETURN NULL;
     END $fn$`,
    `CREATE TRIGGER welfare_rollup_horizon_delete AFTER DELETE ON welfare_figure_year REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION welfare_rollup_horizon_delete()`,
  ];
}
