/**
 * The SQL of the maintained e-Service adoption tallies (migration 1797100000041), frozen here with the migration:
 * later changes go in a new migration, never in this file.
 *
 * eservice_adoption_tally: per fiscal year × province × status class × preset item, what the live adoption report
 * counts over eservice_answer. The status class is the LAO's ESERVICE submission status, or NONE without one, so a
 * read picks the classes its AggregateScope may count. eservice_lao_tally: per LAO and year, all its answers and
 * the offered ones (what the per-province report groups); its class is read live from `submission` (one row per LAO).
 *
 * Both are kept by statement-level triggers (transition tables: set-based, so the bulk seeds pay per statement, not
 * per row) in the transaction of the write, as delta upserts (`x = x + excluded.x`) in key order: exact with many
 * writers at once under READ COMMITTED, and free of deadlocks between them.
 *
 * Answers and statuses of one LAO are ordered by its local_authority row: an answer write takes it FOR SHARE (answer
 * writers do not wait for each other) before it reads the status; a status change takes it FOR NO KEY UPDATE before
 * it reads the answers. Whichever is second sees the other's committed rows (each statement of a volatile PL/pgSQL
 * function reads a fresh snapshot), so no answer is counted under a class its LAO has just left. The workflow's
 * submission row lock serializes them already; this also covers writers outside it (seeds, which answer before the
 * submission exists).
 */

const STEPS = [1, 2, 3, 4, 5, 6];
const CHANNELS = ['WEBSITE', 'FACEBOOK', 'LINE', 'MOBILE_APP', 'EMAIL', 'OTHER'];

/** Each counted column and what one answer row `a` adds to it (the live report's FILTERs as 0/1). */
export const CONTRIBUTIONS: [column: string, expression: string][] = [
  ['answered', '1'],
  ['offered', 'a.offered::int'],
  ['needed', '(NOT a.offered AND a.needed IS TRUE)::int'],
  ['not_needed', '(NOT a.offered AND a.needed IS FALSE)::int'],
  ['total_users', 'CASE WHEN a.offered THEN coalesce(a.users, 0) ELSE 0 END'],
  ...STEPS.map((s): [string, string] => [`step_${s}`, `(a.offered AND ${s} = ANY(a.steps) IS TRUE)::int`]),
  ...CHANNELS.map((c): [string, string] => [`channel_${c.toLowerCase()}`, `(a.offered AND '${c}' = ANY(a.channels) IS TRUE)::int`]),
];
export const COLUMNS = CONTRIBUTIONS.map(([c]) => c);
export const KEY = ['fiscal_year', 'province_code', 'status_class', 'item_id'];

export const CREATE_TABLES = [
  `CREATE TABLE eservice_adoption_tally (
     fiscal_year smallint NOT NULL, province_code character(2) NOT NULL, status_class character varying(20) NOT NULL, item_id uuid NOT NULL,
     ${COLUMNS.map((c) => `${c} ${c === 'total_users' ? 'bigint' : 'integer'} NOT NULL DEFAULT 0`).join(', ')},
     CONSTRAINT "PK_eservice_adoption_tally" PRIMARY KEY (${KEY.join(', ')}))`,
  `CREATE TABLE eservice_lao_tally (
     fiscal_year smallint NOT NULL, lao_code character(7) NOT NULL, answered integer NOT NULL DEFAULT 0, offered integer NOT NULL DEFAULT 0,
     CONSTRAINT "PK_eservice_lao_tally" PRIMARY KEY (fiscal_year, lao_code))`,
];

/** Adds signed per-item sums `d` (columns KEY + COLUMNS) to the tally, in key order, skipping all-zero groups. */
export const upsertItems = (select: string) => `
  INSERT INTO eservice_adoption_tally (${[...KEY, ...COLUMNS].join(', ')})
  SELECT ${[...KEY, ...COLUMNS].join(', ')} FROM (${select}) d
   WHERE ${COLUMNS.map((c) => `${c} <> 0`).join(' OR ')}
   ORDER BY ${KEY.join(', ')}
  ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET ${COLUMNS.map((c) => `${c} = eservice_adoption_tally.${c} + EXCLUDED.${c}`).join(', ')}`;

/** The signed sums over answer rows `a` carrying a `sign`, of preset items (added items are in no item report). */
export const signedSums = `${CONTRIBUTIONS.map(([c, e]) => `sum(a.sign * ${e})::${c === 'total_users' ? 'bigint' : 'int'} AS ${c}`).join(', ')}`;

/** Answer rows as changed by the statement: +1 for new versions, -1 for old ones. */
export const ANSWER_SOURCES: Record<'INSERT' | 'UPDATE' | 'DELETE', string> = {
  INSERT: `SELECT n.*, 1 AS sign FROM new_rows n`,
  UPDATE: `SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 AS sign FROM old_rows o`,
  DELETE: `SELECT o.*, -1 AS sign FROM old_rows o`,
};

/** The per-province deltas (columns KEY + COLUMNS) of answer rows `source` (with signs), under their LAO's class now. */
export const answerDeltas = (source: string) => `SELECT a.fiscal_year, l.province_code, coalesce(s.status, 'NONE') AS status_class, a.item_id, ${signedSums}
           FROM (${source}) a
           JOIN eservice_item i ON i.id = a.item_id AND i.lao_code IS NULL
           JOIN local_authority l ON l.code = a.lao_code
           LEFT JOIN submission s ON s.module = 'ESERVICE' AND s.lao_code = a.lao_code AND s.fiscal_year = a.fiscal_year
          GROUP BY a.fiscal_year, l.province_code, coalesce(s.status, 'NONE'), a.item_id`;

const answerTrigger = (op: keyof typeof ANSWER_SOURCES) => {
  const source = ANSWER_SOURCES[op];
  const lower = op.toLowerCase();
  return [
    `CREATE FUNCTION eservice_answer_tally_${lower}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       PERFORM 1 FROM local_authority WHERE code IN (SELECT a.lao_code FROM (${source}) a) ORDER BY code FOR SHARE;
       ${upsertItems(answerDeltas(source))};
       INSERT INTO eservice_lao_tally (fiscal_year, lao_code, answered, offered)
       SELECT * FROM (SELECT a.fiscal_year, a.lao_code, sum(a.sign)::int AS answered, sum(a.sign * a.offered::int)::int AS offered
                        FROM (${source}) a GROUP BY a.fiscal_year, a.lao_code) d
        WHERE answered <> 0 OR offered <> 0 ORDER BY fiscal_year, lao_code
       ON CONFLICT (fiscal_year, lao_code) DO UPDATE SET answered = eservice_lao_tally.answered + EXCLUDED.answered, offered = eservice_lao_tally.offered + EXCLUDED.offered;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER eservice_answer_tally_${lower} AFTER ${op} ON eservice_answer
       REFERENCING ${op === 'DELETE' ? '' : 'NEW TABLE AS new_rows'} ${op === 'INSERT' ? '' : 'OLD TABLE AS old_rows'}
       FOR EACH STATEMENT EXECUTE FUNCTION eservice_answer_tally_${lower}()`,
  ];
};

/**
 * Submission rows as changed by the statement, as class moves (LAO, year, class, sign): a new ESERVICE submission
 * moves its LAO's answers from NONE to its status, a deleted one back; an update is both (only rows whose module,
 * LAO, year or status changed: completeness updates on every save move nothing).
 */
export const MOVE_SOURCES: Record<'INSERT' | 'UPDATE' | 'DELETE', string> = {
  INSERT: `SELECT n.lao_code, n.fiscal_year, n.status AS status_class, 1 AS sign FROM new_rows n WHERE n.module = 'ESERVICE'
           UNION ALL SELECT n.lao_code, n.fiscal_year, 'NONE', -1 FROM new_rows n WHERE n.module = 'ESERVICE'`,
  UPDATE: `WITH c AS (
             SELECT o.module AS o_module, o.lao_code AS o_lao, o.fiscal_year AS o_year, o.status AS o_status,
                    n.module AS n_module, n.lao_code AS n_lao, n.fiscal_year AS n_year, n.status AS n_status
               FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE (o.module, o.lao_code, o.fiscal_year, o.status) IS DISTINCT FROM (n.module, n.lao_code, n.fiscal_year, n.status))
           SELECT n_lao, n_year, n_status, 1 FROM c WHERE n_module = 'ESERVICE'
           UNION ALL SELECT n_lao, n_year, 'NONE', -1 FROM c WHERE n_module = 'ESERVICE'
           UNION ALL SELECT o_lao, o_year, o_status, -1 FROM c WHERE o_module = 'ESERVICE'
           UNION ALL SELECT o_lao, o_year, 'NONE', 1 FROM c WHERE o_module = 'ESERVICE'`,
  DELETE: `SELECT o.lao_code, o.fiscal_year, o.status AS status_class, -1 AS sign FROM old_rows o WHERE o.module = 'ESERVICE'
           UNION ALL SELECT o.lao_code, o.fiscal_year, 'NONE', 1 FROM old_rows o WHERE o.module = 'ESERVICE'`,
};

/**
 * A status change moves each LAO's answers by their class set (e.g. DRAFT -1, LAO_CERTIFIED +1): the answers are
 * read once, summed per province, item and class set (LAOs moving alike share their groups), then spread over the
 * set's classes, so a seed's or a province's many submissions cost one pass over their answers.
 */
/** The per-province deltas (columns KEY + COLUMNS) of the class moves in arrays laos, years, classes, signs. */
export const MOVE_DELTAS = `WITH m AS (
             SELECT m.lao_code, m.fiscal_year, m.status_class, sum(m.move)::int AS move
               FROM unnest(laos, years, classes, signs) AS m(lao_code, fiscal_year, status_class, move)
              GROUP BY m.lao_code, m.fiscal_year, m.status_class HAVING sum(m.move) <> 0),
           k AS (
             SELECT m.lao_code, m.fiscal_year, array_agg(m.status_class ORDER BY m.status_class) AS class_set, array_agg(m.move ORDER BY m.status_class) AS move_set
               FROM m GROUP BY m.lao_code, m.fiscal_year),
           g AS (
             SELECT a.fiscal_year, l.province_code, k.class_set, k.move_set, a.item_id, ${signedSums}
               FROM k
               JOIN (SELECT ea.*, 1 AS sign FROM eservice_answer ea) a ON a.lao_code = k.lao_code AND a.fiscal_year = k.fiscal_year
               JOIN eservice_item i ON i.id = a.item_id AND i.lao_code IS NULL
               JOIN local_authority l ON l.code = k.lao_code
              GROUP BY a.fiscal_year, l.province_code, k.class_set, k.move_set, a.item_id)
         SELECT g.fiscal_year, g.province_code, x.status_class, g.item_id,
                ${COLUMNS.map((c) => `sum(x.move * g.${c})::${c === 'total_users' ? 'bigint' : 'int'} AS ${c}`).join(', ')}
           FROM g CROSS JOIN LATERAL unnest(g.class_set, g.move_set) AS x(status_class, move)
          GROUP BY g.fiscal_year, g.province_code, x.status_class, g.item_id`;

const submissionTrigger = (op: keyof typeof MOVE_SOURCES) => {
  const lower = op.toLowerCase();
  return [
    `CREATE FUNCTION eservice_submission_tally_${lower}() RETURNS trigger LANGUAGE plpgsql AS $$
     DECLARE laos character(7)[]; years smallint[]; classes varchar[]; signs int[];
     BEGIN
       SELECT array_agg(m.lao_code), array_agg(m.fiscal_year), array_agg(m.status_class), array_agg(m.sign)
         INTO laos, years, classes, signs FROM (${MOVE_SOURCES[op]}) AS m(lao_code, fiscal_year, status_class, sign);
       IF laos IS NULL THEN RETURN NULL; END IF;
       PERFORM 1 FROM local_authority WHERE code IN (SELECT unnest(laos)) ORDER BY code FOR NO KEY UPDATE;
       ${upsertItems(MOVE_DELTAS)};
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER eservice_submission_tally_${lower} AFTER ${op} ON submission
       REFERENCING ${op === 'DELETE' ? '' : 'NEW TABLE AS new_rows'} ${op === 'INSERT' ? '' : 'OLD TABLE AS old_rows'}
       FOR EACH STATEMENT EXECUTE FUNCTION eservice_submission_tally_${lower}()`,
  ];
};

export const CREATE_TRIGGERS = (['INSERT', 'UPDATE', 'DELETE'] as const).flatMap((op) => [...answerTrigger(op), ...submissionTrigger(op)]);

/** Fills both tallies from the rows there are (the triggers exist already, the tables are locked against writes). */
export const FILL = [
  `LOCK TABLE eservice_answer, submission IN SHARE MODE`,
  upsertItems(`SELECT a.fiscal_year, l.province_code, coalesce(s.status, 'NONE') AS status_class, a.item_id, ${signedSums}
     FROM (SELECT ea.*, 1 AS sign FROM eservice_answer ea) a
     JOIN eservice_item i ON i.id = a.item_id AND i.lao_code IS NULL
     JOIN local_authority l ON l.code = a.lao_code
     LEFT JOIN submission s ON s.module = 'ESERVICE' AND s.lao_code = a.lao_code AND s.fiscal_year = a.fiscal_year
    GROUP BY a.fiscal_year, l.province_code, coalesce(s.status, 'NONE'), a.item_id`),
  `INSERT INTO eservice_lao_tally (fiscal_year, lao_code, answered, offered)
   SELECT fiscal_year, lao_code, count(*), count(*) FILTER (WHERE offered) FROM eservice_answer GROUP BY fiscal_year, lao_code ORDER BY fiscal_year, lao_code`,
];

export const DROP = [
  ...(['insert', 'update', 'delete'] as const).flatMap((op) => [
    `DROP TRIGGER eservice_answer_tally_${op} ON eservice_answer`,
    `DROP FUNCTION eservice_answer_tally_${op}()`,
    `DROP TRIGGER eservice_submission_tally_${op} ON submission`,
    `DROP FUNCTION eservice_submission_tally_${op}()`,
  ]),
  `DROP TABLE eservice_lao_tally`,
  `DROP TABLE eservice_adoption_tally`,
];
