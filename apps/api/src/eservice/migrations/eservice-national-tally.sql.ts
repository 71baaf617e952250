/**
 * The SQL of the national e-Service adoption tally (migration 1797200000042), frozen here with the migration: later
 * changes go in a new migration, never in this file.
 *
 * eservice_national_tally: per fiscal year × status class × preset item, the province tally
 * (eservice-tally.sql.ts) summed over the provinces. A national read of the province tally sums 77 provinces' rows
 * per item (11,400 rows for an open year: 20–40 ms on a slow machine, over the 20 ms a national report may take);
 * this one reads about 150.
 *
 * The same six trigger functions keep both, in the same transaction and from one computation: the per-province
 * deltas are gathered once into an array, added to the province tally, then summed per class and item into the
 * national one. Every writer takes its locks in one order (its LAOs' local_authority rows, then province rows in key
 * order, then national rows in key order), so writers may wait for each other but never deadlock. The national
 * rows are shared by the whole country: a save holds its items' rows from its trigger to its commit (the few
 * statements after it), which serializes only those moments of concurrent e-Service saves, well below what the API
 * serves per second.
 */
import { ANSWER_SOURCES, COLUMNS, CREATE_TRIGGERS as PROVINCE_ONLY_TRIGGERS, MOVE_DELTAS, MOVE_SOURCES, answerDeltas, upsertItems } from './eservice-tally.sql';

const NATIONAL_KEY = ['fiscal_year', 'status_class', 'item_id'];
const sqlType = (column: string) => (column === 'total_users' ? 'bigint' : 'integer');

export const CREATE_TABLE = `CREATE TABLE eservice_national_tally (
   fiscal_year smallint NOT NULL, status_class character varying(20) NOT NULL, item_id uuid NOT NULL,
   ${COLUMNS.map((c) => `${c} ${sqlType(c)} NOT NULL DEFAULT 0`).join(', ')},
   CONSTRAINT "PK_eservice_national_tally" PRIMARY KEY (${NATIONAL_KEY.join(', ')}))`;

/** Adds per-province rows `d` (the province tally's columns) summed over provinces, in key order, skipping zero sums. */
const upsertNational = (select: string) => `
  INSERT INTO eservice_national_tally (${[...NATIONAL_KEY, ...COLUMNS].join(', ')})
  SELECT ${NATIONAL_KEY.join(', ')}, ${COLUMNS.map((c) => `sum(${c})::${sqlType(c)}`).join(', ')} FROM (${select}) d
   GROUP BY ${NATIONAL_KEY.join(', ')}
  HAVING ${COLUMNS.map((c) => `sum(${c}) <> 0`).join(' OR ')}
   ORDER BY ${NATIONAL_KEY.join(', ')}
  ON CONFLICT (${NATIONAL_KEY.join(', ')}) DO UPDATE SET ${COLUMNS.map((c) => `${c} = eservice_national_tally.${c} + EXCLUDED.${c}`).join(', ')}`;

/** The deltas (rows of the province tally's type, gathered from `select`) added to both tallies. */
const addToBoth = (select: string) => `
       SELECT array_agg(d::eservice_adoption_tally) INTO deltas FROM (${select}) d;
       IF deltas IS NULL THEN RETURN NULL; END IF;
       ${upsertItems(`SELECT * FROM unnest(deltas)`)};
       ${upsertNational(`SELECT * FROM unnest(deltas)`)};`;

/** The answer triggers' functions: as before, their deltas added to the national tally too. */
const answerFunction = (op: keyof typeof ANSWER_SOURCES) => {
  const source = ANSWER_SOURCES[op];
  return `CREATE OR REPLACE FUNCTION eservice_answer_tally_${op.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
     DECLARE deltas eservice_adoption_tally[];
     BEGIN
       PERFORM 1 FROM local_authority WHERE code IN (SELECT a.lao_code FROM (${source}) a) ORDER BY code FOR SHARE;
       INSERT INTO eservice_lao_tally (fiscal_year, lao_code, answered, offered)
       SELECT * FROM (SELECT a.fiscal_year, a.lao_code, sum(a.sign)::int AS answered, sum(a.sign * a.offered::int)::int AS offered
                        FROM (${source}) a GROUP BY a.fiscal_year, a.lao_code) d
        WHERE answered <> 0 OR offered <> 0 ORDER BY fiscal_year, lao_code
       ON CONFLICT (fiscal_year, lao_code) DO UPDATE SET answered = eservice_lao_tally.answered + EXCLUDED.answered, offered = eservice_lao_tally.offered + EXCLUDED.offered;
       ${addToBoth(answerDeltas(source))}
       RETURN NULL;
     END $$`;
};

/** The submission triggers' functions: as before, their class moves added to the national tally too. */
const submissionFunction = (op: keyof typeof MOVE_SOURCES) =>
  `CREATE OR REPLACE FUNCTION eservice_submission_tally_${op.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
     DECLARE laos character(7)[]; years smallint[]; classes varchar[]; signs int[]; deltas eservice_adoption_tally[];
     BEGIN
       SELECT array_agg(m.lao_code), array_agg(m.fiscal_year), array_agg(m.status_class), array_agg(m.sign)
         INTO laos, years, classes, signs FROM (${MOVE_SOURCES[op]}) AS m(lao_code, fiscal_year, status_class, sign);
       IF laos IS NULL THEN RETURN NULL; END IF;
       PERFORM 1 FROM local_authority WHERE code IN (SELECT unnest(laos)) ORDER BY code FOR NO KEY UPDATE;
       ${addToBoth(MOVE_DELTAS)}
       RETURN NULL;
     END $$`;

const OPS = ['INSERT', 'UPDATE', 'DELETE'] as const;
export const REPLACE_FUNCTIONS = OPS.flatMap((op) => [answerFunction(op), submissionFunction(op)]);

/** Fills the national tally from the province tally (writers of either wait: the functions are replaced first). */
export const FILL = [
  `LOCK TABLE eservice_answer, submission IN SHARE MODE`,
  upsertNational(`SELECT * FROM eservice_adoption_tally`),
];

/** Back to the province tally alone: the previous migration's functions, then no national table. */
export const DROP = [
  ...PROVINCE_ONLY_TRIGGERS.filter((sql) => sql.startsWith('CREATE FUNCTION')).map((sql) => sql.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')),
  `DROP TABLE eservice_national_tally`,
];
