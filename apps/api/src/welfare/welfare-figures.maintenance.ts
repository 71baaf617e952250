import { fiscalYearFirstMonth, fiscalMonthOfMonth, fiscalYearOfMonth, monthCountChangesSql } from './welfare-figures.sql';
import { ROLLUP_REBUILD_BEGIN } from './welfare-rollup.sql';

/**
 * The maintained figures (welfare_month_figure: enrolments paid each amount in each month of the horizon's years, by
 * LAO and type; welfare_year_figure: what each LAO's year costs by type), kept in the same transaction as the writes
 * that change them, so the national summary reads ~8k–60k rows instead of computing 11 M enrolments.
 *
 * Every statement on welfare_beneficiary, welfare_suspension and welfare_person (birth date) adds what its new rows
 * pay and takes off what its old rows paid, as summed delta upserts (count = count + excluded.count) in key order:
 * exact with many writers at once under READ COMMITTED, no row is recomputed from a read that could be stale.
 * The per-enrolment rules are the generators of welfare-figures.sql.ts (the same TIERS as the live figures).
 *
 * The horizon (welfare_figure_year) says which fiscal years are maintained; other years keep the live arithmetic. A
 * year joins it by a rebuild under FIGURES_LOCK: each trigger holds that lock shared until its transaction ends, the
 * rebuild takes it exclusively, so it counts every write committed before it and every later write's trigger (which
 * waits) sees the new year and maintains it.
 */
export const FIGURES_LOCK = 1_797_100_040;

/** Set (SET LOCAL) by bulk loads that rebuild the figures at their end instead of maintaining them row by row. */
export const FIGURES_DEFERRED_SETTING = 'welfare.figures_deferred';

const KEY = 'fiscal_year, fiscal_month, lao_code, allowance_type, monthly_amount';

/**
 * Each LAO's figures are written by one transaction at a time (this lock with the LAO's hash, taken in hash order
 * before any row): a transaction of several statements (ending a suspended enrolment: the suspension closed, then the
 * enrolment ended) otherwise locks rows in an order of its own and can deadlock with another in the same LAO. Two
 * such writers wait for each other's figure rows until commit anyway; this only fixes the order.
 */
export const FIGURES_LAO_LOCK = 1_797_100_041;

/**
 * The upserts of a set of signed changes (rows lao_code, allowance_type, monthly_amount, m, count of `changes`),
 * kept for the years of `years` (a relation with a fiscal_year column); a rebuild, alone under FIGURES_LOCK, takes
 * no LAO locks (thousands of them would fill the lock table). Rows are written in key order (month table
 * first, then the year table), the same order in every transaction, so concurrent writers never deadlock.
 */
export function applyChangesSql(changes: string[], years: string, laoLocks = true): string {
  return `WITH d AS MATERIALIZED (
      SELECT fiscal_year, fiscal_month, lao_code, allowance_type, monthly_amount, sum(count)::int AS count
        FROM (SELECT ${fiscalYearOfMonth('c.m')} AS fiscal_year, ${fiscalMonthOfMonth('c.m')} AS fiscal_month, c.lao_code, c.allowance_type, c.monthly_amount, c.count
                FROM (${changes.map((c, i) => `SELECT * FROM (${c}) c${i}`).join(' UNION ALL ')}) c) x
       WHERE fiscal_year IN (SELECT fiscal_year FROM ${years})
       GROUP BY 1, 2, 3, 4, 5 HAVING sum(count) <> 0),
    locks AS (${laoLocks ? `SELECT count(*) AS n FROM (SELECT pg_advisory_xact_lock(${FIGURES_LAO_LOCK}, h) FROM (SELECT DISTINCT hashtext(lao_code) AS h FROM d ORDER BY 1) l) x` : 'SELECT 0 AS n'}),
    months AS (
      INSERT INTO welfare_month_figure AS f (${KEY}, count)
      SELECT ${KEY}, count FROM d WHERE (SELECT n FROM locks) >= 0 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (${KEY}) DO UPDATE SET count = f.count + excluded.count)
    INSERT INTO welfare_year_figure AS y (fiscal_year, lao_code, allowance_type, yearly_amount)
    SELECT fiscal_year, lao_code, allowance_type, sum(monthly_amount::bigint * count) FROM d WHERE (SELECT n FROM locks) >= 0 GROUP BY 1, 2, 3 HAVING sum(monthly_amount::bigint * count) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (fiscal_year, lao_code, allowance_type) DO UPDATE SET yearly_amount = y.yearly_amount + excluded.yearly_amount`;
}

/** Enrolments as monthCountChangesSql reads them, with their person's birth date. */
const enrolments = (from: string, where: string, sign: number, birth = 'p.birth_date') =>
  `SELECT b.id, b.lao_code, b.allowance_type, b.registered_on, b.ended_on, ${birth} AS birth_date, ${sign} AS sign FROM ${from} WHERE ${where}`;

/** A trigger function: skipped in deferred bulk loads, and with an empty horizon; `body` sees w0, w1 (the window). */
function triggerFunction(name: string, body: string, returns = 'NULL'): string {
  return `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    DECLARE w0 int; w1 int;
    BEGIN
      IF current_setting('${FIGURES_DEFERRED_SETTING}', true) = 'on' THEN RETURN ${returns}; END IF;
      PERFORM pg_advisory_xact_lock_shared(${FIGURES_LOCK});
      SELECT ${fiscalYearFirstMonth('min(fiscal_year)')}, ${fiscalYearFirstMonth('max(fiscal_year)')} + 12 INTO w0, w1 FROM welfare_figure_year;
      IF w0 IS NULL THEN RETURN ${returns}; END IF;
      ${body};
      RETURN ${returns};
    END $fn$`;
}

const HORIZON = 'welfare_figure_year';
const CHANGED = `(o.lao_code, o.allowance_type, o.registered_on, o.ended_on, o.person_id) IS DISTINCT FROM (n.lao_code, n.allowance_type, n.registered_on, n.ended_on, n.person_id)`;

/** The trigger functions and triggers (created by the migration; the SQL is generated from the same rules). */
export function figureTriggersSql(): string[] {
  const changes = (source: string, suspensions = 'welfare_suspension') => monthCountChangesSql(`(${source})`, suspensions, 'w0', 'w1');
  const ofIds = (ids: string, sign: number) => enrolments('welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id', `b.id IN (${ids})`, sign);
  const suspensionIds = (tables: string[]) => tables.map((t) => `SELECT beneficiary_id FROM ${t}`).join(' UNION ');
  // The suspension periods before a statement: today's without the statement's new rows, plus its old rows.
  const before = (newRows: string | null, oldRows: string | null) =>
    `(SELECT beneficiary_id, from_date, until_date FROM welfare_suspension ${newRows ? `WHERE id NOT IN (SELECT id FROM ${newRows})` : ''}
      ${oldRows ? `UNION ALL SELECT beneficiary_id, from_date, until_date FROM ${oldRows}` : ''})`;
  const suspension = (op: 'insert' | 'update' | 'delete') => {
    const tables = op === 'insert' ? ['new_rows'] : op === 'delete' ? ['old_rows'] : ['new_rows', 'old_rows'];
    const ids = suspensionIds(tables);
    return triggerFunction(
      `welfare_figures_suspension_${op}`,
      applyChangesSql([changes(ofIds(ids, 1)), changes(ofIds(ids, -1), before(op === 'delete' ? null : 'new_rows', op === 'insert' ? null : 'old_rows'))], HORIZON),
    );
  };
  const person = 'welfare_person p ON p.id = n.person_id';
  return [
    triggerFunction('welfare_figures_beneficiary_insert', applyChangesSql([changes(enrolments(`new_rows b JOIN ${person.replace('n.', 'b.')}`, 'true', 1))], HORIZON)),
    triggerFunction(
      'welfare_figures_beneficiary_update',
      applyChangesSql(
        [
          changes(enrolments(`old_rows b JOIN new_rows n ON n.id = b.id JOIN welfare_person p ON p.id = b.person_id`, CHANGED.replace(/\bo\./g, 'b.'), -1)),
          changes(enrolments(`new_rows b JOIN old_rows o ON o.id = b.id JOIN welfare_person p ON p.id = b.person_id`, CHANGED.replace(/\bn\./g, 'b.'), 1)),
        ],
        HORIZON,
      ),
    ),
    // Row by row, before the row goes: its suspensions (deleted with it by the foreign key) still count what it paid.
    triggerFunction(
      'welfare_figures_beneficiary_delete',
      applyChangesSql([changes(`SELECT OLD.id, OLD.lao_code, OLD.allowance_type, OLD.registered_on, OLD.ended_on, p.birth_date, -1 AS sign FROM welfare_person p WHERE p.id = OLD.person_id`)], HORIZON),
      'OLD',
    ),
    suspension('insert'),
    suspension('update'),
    suspension('delete'),
    // A corrected birth date moves the person's enrolments between tiers; their rows are locked first, so an enrolment
    // changed at the same time is counted with the latest of both.
    triggerFunction(
      'welfare_figures_person_update',
      `PERFORM 1 FROM welfare_beneficiary b JOIN old_rows o ON o.id = b.person_id JOIN new_rows n ON n.id = o.id WHERE o.birth_date <> n.birth_date ORDER BY b.id FOR UPDATE OF b;
       ${applyChangesSql(
         [
           changes(enrolments('old_rows o JOIN new_rows n ON n.id = o.id JOIN welfare_beneficiary b ON b.person_id = o.id', 'o.birth_date <> n.birth_date', -1, 'o.birth_date')),
           changes(enrolments('old_rows o JOIN new_rows n ON n.id = o.id JOIN welfare_beneficiary b ON b.person_id = o.id', 'o.birth_date <> n.birth_date', 1, 'n.birth_date')),
         ],
         HORIZON,
       )}`,
    ),
    `CREATE TRIGGER welfare_figures_beneficiary_insert AFTER INSERT ON welfare_beneficiary REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION welfare_figures_beneficiary_insert()`,
    `CREATE TRIGGER welfare_figures_beneficiary_update AFTER UPDATE ON welfare_beneficiary REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION welfare_figures_beneficiary_update()`,
    `CREATE TRIGGER welfare_figures_beneficiary_delete BEFORE DELETE ON welfare_beneficiary FOR EACH ROW EXECUTE FUNCTION welfare_figures_beneficiary_delete()`,
    `CREATE TRIGGER welfare_figures_suspension_insert AFTER INSERT ON welfare_suspension REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION welfare_figures_suspension_insert()`,
    `CREATE TRIGGER welfare_figures_suspension_update AFTER UPDATE ON welfare_suspension REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION welfare_figures_suspension_update()`,
    `CREATE TRIGGER welfare_figures_suspension_delete AFTER DELETE ON welfare_suspension REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION welfare_figures_suspension_delete()`,
    `CREATE TRIGGER welfare_figures_person_update AFTER UPDATE ON welfare_person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION welfare_figures_person_update()`,
  ];
}

/**
 * The statements that (re)build the figures of some fiscal years from every enrolment ($1: the years, int[]). The
 * province rollup (welfare-rollup.sql.ts) follows: its triggers skip the rebuild's writes (ROLLUP_REBUILD_BEGIN) and
 * the last statement, writing the years into the horizon, refills it for them.
 */
export function rebuildYearsSql(): string[] {
  const w0 = `(SELECT ${fiscalYearFirstMonth('min(y)')} FROM unnest($1::int[]) y)`;
  const w1 = `(SELECT ${fiscalYearFirstMonth('max(y)')} + 12 FROM unnest($1::int[]) y)`;
  const all = enrolments('welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id', 'true', 1);
  return [
    ROLLUP_REBUILD_BEGIN,
    `DELETE FROM welfare_month_figure WHERE fiscal_year = ANY($1::int[])`,
    `DELETE FROM welfare_year_figure WHERE fiscal_year = ANY($1::int[])`,
    applyChangesSql([monthCountChangesSql(`(${all})`, 'welfare_suspension', w0, w1)], '(SELECT unnest($1::int[]) AS fiscal_year) years', false),
    `INSERT INTO welfare_figure_year (fiscal_year) SELECT unnest($1::int[]) ON CONFLICT (fiscal_year) DO UPDATE SET built_at = now()`,
  ];
}
