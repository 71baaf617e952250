/**
 * The SQL of the maintained certification progress (migration 1797100000060), frozen here with the migration: later
 * changes go in a new migration, never in this file.
 *
 * submission_progress_tally: per module × fiscal year × province × status, how many submissions of the registry's
 * LAOs stand in that status. Only the certified statuses are kept: a DRAFT is counted as what is left of the
 * province's LAOs (an LAO without a submission is a DRAFT too), so the first save of every LAO, the busiest write,
 * never touches (nor waits on) a tally row. province_lao_tally: how many LAOs each province holds (the live count
 * costs 3–5 ms nationally; this read costs a few rows).
 *
 * Both are kept by statement-level triggers with transition tables (set-based: a bulk seed pays per statement) in
 * the transaction of the write, as delta upserts `n = n + excluded.n` in key order: exact with many writers at once
 * under READ COMMITTED, and free of deadlocks between them. A submission is counted under its LAO's province, and
 * only while its LAO is in the registry (the live recount joins from local_authority), so the registry's triggers
 * also move the submissions of an LAO added, removed or moved to another province.
 */

const KEY = ['module', 'fiscal_year', 'province_code', 'status'];

export const CREATE_TABLES = [
  `CREATE TABLE submission_progress_tally (
     module character varying(20) NOT NULL, fiscal_year smallint NOT NULL, province_code character(2) NOT NULL,
     status character varying(20) NOT NULL, n integer NOT NULL DEFAULT 0,
     CONSTRAINT "PK_submission_progress_tally" PRIMARY KEY (${KEY.join(', ')}))`,
  `CREATE TABLE province_lao_tally (
     province_code character(2) NOT NULL, lao_count integer NOT NULL DEFAULT 0,
     CONSTRAINT "PK_province_lao_tally" PRIMARY KEY (province_code))`,
];

/** Adds signed counts `d` (module, fiscal_year, province_code, status, n) in key order, skipping zero groups. */
const upsertProgress = (select: string) => `
  INSERT INTO submission_progress_tally (${[...KEY, 'n'].join(', ')})
  SELECT ${[...KEY, 'n'].join(', ')} FROM (
    SELECT d.module, d.fiscal_year, d.province_code, d.status, sum(d.sign)::int AS n FROM (${select}) d
     WHERE d.status <> 'DRAFT' GROUP BY d.module, d.fiscal_year, d.province_code, d.status) g
   WHERE n <> 0
   ORDER BY ${KEY.join(', ')}
  ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET n = submission_progress_tally.n + EXCLUDED.n`;

/**
 * Submission rows as changed by the statement (+1 for new versions, -1 for old ones) under their LAO's province. An
 * update counts only rows whose module, LAO, year or status changed: completeness updates on every save move nothing.
 */
const SUBMISSION_SOURCES: Record<'INSERT' | 'UPDATE' | 'DELETE', string> = {
  INSERT: `SELECT n.module, n.fiscal_year, n.lao_code, n.status, 1 AS sign FROM new_rows n`,
  UPDATE: `SELECT n.module, n.fiscal_year, n.lao_code, n.status, 1 AS sign
             FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (o.module, o.lao_code, o.fiscal_year, o.status) IS DISTINCT FROM (n.module, n.lao_code, n.fiscal_year, n.status)
           UNION ALL
           SELECT o.module, o.fiscal_year, o.lao_code, o.status, -1 AS sign
             FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.module, o.lao_code, o.fiscal_year, o.status) IS DISTINCT FROM (n.module, n.lao_code, n.fiscal_year, n.status)`,
  DELETE: `SELECT o.module, o.fiscal_year, o.lao_code, o.status, -1 AS sign FROM old_rows o`,
};

const submissionTrigger = (op: keyof typeof SUBMISSION_SOURCES) => {
  const lower = op.toLowerCase();
  return [
    `CREATE FUNCTION submission_progress_tally_${lower}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       ${upsertProgress(`SELECT c.module, c.fiscal_year, l.province_code, c.status, c.sign
           FROM (${SUBMISSION_SOURCES[op]}) c JOIN local_authority l ON l.code = c.lao_code`)};
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER submission_progress_tally_${lower} AFTER ${op} ON submission
       REFERENCING ${op === 'DELETE' ? '' : 'NEW TABLE AS new_rows'} ${op === 'INSERT' ? '' : 'OLD TABLE AS old_rows'}
       FOR EACH STATEMENT EXECUTE FUNCTION submission_progress_tally_${lower}()`,
  ];
};

/**
 * Registry rows as changed by the statement, as (LAO, province, sign): an update only for rows whose code or
 * province changed (a website edit moves nothing), as the old row out and the new one in.
 */
export const LAO_SOURCES: Record<'INSERT' | 'UPDATE' | 'DELETE', string> = {
  INSERT: `SELECT n.code, n.province_code, 1 AS sign FROM new_rows n`,
  UPDATE: `SELECT n.code, n.province_code, 1 AS sign FROM new_rows n
            WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.code = n.code AND o.province_code = n.province_code)
           UNION ALL
           SELECT o.code, o.province_code, -1 AS sign FROM old_rows o
            WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.code = o.code AND n.province_code = o.province_code)`,
  DELETE: `SELECT o.code, o.province_code, -1 AS sign FROM old_rows o`,
};

/**
 * The LAO counts, and the LAOs' submissions moved with them. The submissions are locked first (in id order) so a
 * status change in flight commits before they are read: whichever of the two writes is second sees the other's rows.
 */
/** The registry functions' first steps over arrays codes, provinces, signs: the LAO counts, then the LAOs' submissions locked. */
export const LAO_COUNTS_AND_LOCKS = `INSERT INTO province_lao_tally (province_code, lao_count)
       SELECT * FROM (SELECT m.province_code, sum(m.sign)::int AS n FROM unnest(provinces, signs) AS m(province_code, sign) GROUP BY m.province_code) d
        WHERE n <> 0 ORDER BY province_code
       ON CONFLICT (province_code) DO UPDATE SET lao_count = province_lao_tally.lao_count + EXCLUDED.lao_count;
       PERFORM 1 FROM submission WHERE lao_code = ANY(codes) ORDER BY id FOR SHARE;`;

const laoTrigger = (op: keyof typeof LAO_SOURCES) => {
  const lower = op.toLowerCase();
  return [
    `CREATE FUNCTION local_authority_progress_tally_${lower}() RETURNS trigger LANGUAGE plpgsql AS $$
     DECLARE codes character(7)[]; provinces character(2)[]; signs int[];
     BEGIN
       SELECT array_agg(m.code), array_agg(m.province_code), array_agg(m.sign) INTO codes, provinces, signs FROM (${LAO_SOURCES[op]}) m;
       IF codes IS NULL THEN RETURN NULL; END IF;
       ${LAO_COUNTS_AND_LOCKS}
       ${upsertProgress(`SELECT s.module, s.fiscal_year, m.province_code, s.status, m.sign
           FROM unnest(codes, provinces, signs) AS m(code, province_code, sign) JOIN submission s ON s.lao_code = m.code`)};
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER local_authority_progress_tally_${lower} AFTER ${op} ON local_authority
       REFERENCING ${op === 'DELETE' ? '' : 'NEW TABLE AS new_rows'} ${op === 'INSERT' ? '' : 'OLD TABLE AS old_rows'}
       FOR EACH STATEMENT EXECUTE FUNCTION local_authority_progress_tally_${lower}()`,
  ];
};

/** A TRUNCATE (which fires no row or transition triggers) empties what it counted: no submission, or no LAO, is left. */
const TRUNCATE_TRIGGERS = [
  `CREATE FUNCTION submission_progress_tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     DELETE FROM submission_progress_tally;
     IF TG_TABLE_NAME = 'local_authority' THEN DELETE FROM province_lao_tally; END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER submission_progress_tally_truncate AFTER TRUNCATE ON submission FOR EACH STATEMENT EXECUTE FUNCTION submission_progress_tally_truncate()`,
  `CREATE TRIGGER local_authority_progress_tally_truncate AFTER TRUNCATE ON local_authority FOR EACH STATEMENT EXECUTE FUNCTION submission_progress_tally_truncate()`,
];

export const CREATE_TRIGGERS = [...(['INSERT', 'UPDATE', 'DELETE'] as const).flatMap((op) => [...submissionTrigger(op), ...laoTrigger(op)]), ...TRUNCATE_TRIGGERS];

/** Fills both tallies from the rows there are (the triggers exist already, the tables are locked against writes). */
export const FILL = [
  `LOCK TABLE submission, local_authority IN SHARE MODE`,
  `INSERT INTO province_lao_tally (province_code, lao_count)
   SELECT province_code, count(*)::int FROM local_authority GROUP BY province_code ORDER BY province_code`,
  upsertProgress(`SELECT s.module, s.fiscal_year, l.province_code, s.status, 1 AS sign FROM submission s JOIN local_authority l ON l.code = s.lao_code`),
];

export const DROP = [
  ...(['insert', 'update', 'delete'] as const).flatMap((op) => [
    `DROP TRIGGER submission_progress_tally_${op} ON submission`,
    `DROP FUNCTION submission_progress_tally_${op}()`,
    `DROP TRIGGER local_authority_progress_tally_${op} ON local_authority`,
    `DROP FUNCTION local_authority_progress_tally_${op}()`,
  ]),
  `DROP TRIGGER submission_progress_tally_truncate ON submission`,
  `DROP TRIGGER local_authority_progress_tally_truncate ON local_authority`,
  `DROP FUNCTION submission_progress_tally_truncate()`,
  `DROP TABLE province_lao_tally`,
  `DROP TABLE submission_progress_tally`,
];

