/**
 * The SQL of migration 1797200000070, frozen here with it: later changes go in a new migration, never in this file
 * (nor in progress-tally.sql.ts, the SQL of 1797100000060 that it changes).
 *
 * What changed and why: submission_progress_tally also keys its counts by `complete` and `recorded` (recorded_count
 * > 0), so the LPA distribution (statusCounts: how many LAOs stand in each status × complete × recorded) is read
 * from it, a few rows per province, instead of grouping the whole registry with its submissions on every call
 * (20–30 ms nationally). Every state is counted except the default one (a DRAFT, not complete, nothing recorded):
 * that one stays what is left of the province's LAOs (province_lao_tally), since an LAO without a submission is
 * such a DRAFT too. certificationProgress reads the same rows, summed over complete and recorded.
 *
 * The design change this costs: before, no save of a DRAFT touched a tally row. Now the first save of an LAO
 * (recorded false → true) and a save that makes it complete or incomplete move one count of its province between
 * two DRAFT states, so they lock one tally row of that province for the rest of their (short) transaction: a brief
 * wait shared by that province's first saves. Every other save (the usual one: values change, the state does not)
 * still moves nothing, because an update is counted only when the state it is counted under changed.
 *
 * The triggers keep their names, transition tables and order of upserts (progress-tally.sql.ts says why); only
 * their functions are replaced (CREATE OR REPLACE: the triggers stay attached). A certification now moves rows in
 * two statements, its DRAFT rows (completeness) and then its status, still in key order across both since 'DRAFT'
 * sorts first; a deadlock, were one ever to happen, aborts one write and leaves the counts exact. The TRUNCATE
 * triggers, which empty the tally, and province_lao_tally are unchanged.
 */
import * as previous from './progress-tally.sql';

const KEY = ['module', 'fiscal_year', 'province_code', 'status', 'complete', 'recorded'];

/** Rows outside the default state (a DRAFT, not complete, nothing recorded), the one the tally leaves out. */
const NOT_DEFAULT = `NOT (d.status = 'DRAFT' AND NOT d.complete AND NOT d.recorded)`;

/** Adds signed counts `d` (the KEY's columns and sign) in key order, skipping zero groups and the default state. */
const upsertProgress = (select: string) => `
  INSERT INTO submission_progress_tally (${[...KEY, 'n'].join(', ')})
  SELECT ${[...KEY, 'n'].join(', ')} FROM (
    SELECT ${KEY.map((k) => `d.${k}`).join(', ')}, sum(d.sign)::int AS n FROM (${select}) d
     WHERE ${NOT_DEFAULT} GROUP BY ${KEY.map((k) => `d.${k}`).join(', ')}) g
   WHERE n <> 0
   ORDER BY ${KEY.join(', ')}
  ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET n = submission_progress_tally.n + EXCLUDED.n`;

/** A submission row's state, the columns (of alias `r`) it is counted under besides its province. */
const state = (r: string) => `${r}.module, ${r}.fiscal_year, ${r}.lao_code, ${r}.status, ${r}.complete, ${r}.recorded_count > 0 AS recorded`;

/**
 * What an update changed in what a row is counted under. Only these: the save's completeness update writes
 * recorded_count on every save, and a count that stays above zero (or a `complete` rewritten as it was) moves nothing.
 */
const STATE_CHANGED = `(o.module, o.lao_code, o.fiscal_year, o.status, o.complete, o.recorded_count > 0)
                       IS DISTINCT FROM (n.module, n.lao_code, n.fiscal_year, n.status, n.complete, n.recorded_count > 0)`;

/** Submission rows as changed by the statement (+1 for new versions, -1 for old ones), by the state of each. */
const SUBMISSION_SOURCES: Record<'INSERT' | 'UPDATE' | 'DELETE', string> = {
  INSERT: `SELECT ${state('n')}, 1 AS sign FROM new_rows n`,
  UPDATE: `SELECT ${state('n')}, 1 AS sign FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${STATE_CHANGED}
           UNION ALL
           SELECT ${state('o')}, -1 AS sign FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${STATE_CHANGED}`,
  DELETE: `SELECT ${state('o')}, -1 AS sign FROM old_rows o`,
};

/** A submission counted under its LAO's province (only while the LAO is in the registry, as the live recount). */
const submissionFunction = (op: keyof typeof SUBMISSION_SOURCES) => `
  CREATE OR REPLACE FUNCTION submission_progress_tally_${op.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${upsertProgress(`SELECT c.module, c.fiscal_year, l.province_code, c.status, c.complete, c.recorded, c.sign
        FROM (${SUBMISSION_SOURCES[op]}) c JOIN local_authority l ON l.code = c.lao_code`)};
    RETURN NULL;
  END $$`;

/**
 * The registry's functions, as before (progress-tally.sql.ts: the LAO counts, then the LAOs' submissions locked in
 * id order and moved with them), the submissions now counted by their whole state.
 */
const laoFunction = (op: 'INSERT' | 'UPDATE' | 'DELETE') => `
  CREATE OR REPLACE FUNCTION local_authority_progress_tally_${op.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE codes character(7)[]; provinces character(2)[]; signs int[];
  BEGIN
    SELECT array_agg(m.code), array_agg(m.province_code), array_agg(m.sign) INTO codes, provinces, signs FROM (${previous.LAO_SOURCES[op]}) m;
    IF codes IS NULL THEN RETURN NULL; END IF;
    ${previous.LAO_COUNTS_AND_LOCKS}
    ${upsertProgress(`SELECT s.module, s.fiscal_year, m.province_code, s.status, s.complete, s.recorded_count > 0 AS recorded, m.sign
        FROM unnest(codes, provinces, signs) AS m(code, province_code, sign) JOIN submission s ON s.lao_code = m.code`)};
    RETURN NULL;
  END $$`;

const OPS = ['INSERT', 'UPDATE', 'DELETE'] as const;

/** Writers wait (SHARE: no submission or registry write) until the new shape, functions and counts are committed. */
const LOCK = `LOCK TABLE submission, local_authority IN SHARE MODE`;

const FILL_PROGRESS = upsertProgress(`SELECT s.module, s.fiscal_year, l.province_code, s.status, s.complete, s.recorded_count > 0 AS recorded, 1 AS sign
  FROM submission s JOIN local_authority l ON l.code = s.lao_code`);

/** The tally refilled from the rows there are, by the new key (the tables locked against writes first). */
export const FILL = [LOCK, `DELETE FROM submission_progress_tally`, FILL_PROGRESS];

export const UP = [
  LOCK,
  // Emptied before the key changes: every submission is counted again, by the new key, at the end.
  `DELETE FROM submission_progress_tally`,
  `ALTER TABLE submission_progress_tally
     ADD COLUMN complete boolean NOT NULL DEFAULT false,
     ADD COLUMN recorded boolean NOT NULL DEFAULT false,
     DROP CONSTRAINT "PK_submission_progress_tally",
     ADD CONSTRAINT "PK_submission_progress_tally" PRIMARY KEY (${KEY.join(', ')})`,
  ...OPS.flatMap((op) => [submissionFunction(op), laoFunction(op)]),
  FILL_PROGRESS,
];

/**
 * Back to 1797100000060: its triggers and functions dropped and created again from its own file (CREATE FUNCTION,
 * not OR REPLACE, there), the old key, and both tallies refilled by its FILL (province_lao_tally is emptied for it:
 * its fill inserts every province).
 */
export const DOWN = [
  LOCK,
  ...previous.DROP.filter((sql) => !sql.startsWith('DROP TABLE')),
  `DELETE FROM submission_progress_tally`,
  `DELETE FROM province_lao_tally`,
  `ALTER TABLE submission_progress_tally
     DROP CONSTRAINT "PK_submission_progress_tally",
     DROP COLUMN complete,
     DROP COLUMN recorded,
     ADD CONSTRAINT "PK_submission_progress_tally" PRIMARY KEY (module, fiscal_year, province_code, status)`,
  ...previous.CREATE_TRIGGERS,
  ...previous.FILL,
];
