// The deadline surge (issue 15, target 4): DRAFT LAOs of the open year, 32 at a time, each logging in as its own
// user, reading its infoSubmission, saving its 8 INFO domains with complete values and certifying; then the same
// work as SQL twins. Zero errors required. The LAOs are recorded in bench_surge with their last history event, so
// every run (and a run after a crash) first puts them back as they were: DRAFT, the surge's events removed.
import { performance } from 'node:perf_hooks';
import { summarize } from './measure.mjs';
import { graphql } from './operations.mjs';

const PASSWORD = 'demo1234';
export const SURGE_CONCURRENCY = 32;

/** The surge's LAOs for the open year: chosen once (DRAFT INFO submissions by code), then the same on every run. */
export async function surgeLaos(pool, openYear, wanted) {
  await pool.query(
    `CREATE TABLE IF NOT EXISTS bench_surge (open_year int NOT NULL, lao_code char(7) NOT NULL, submission_id uuid NOT NULL,
                                            last_event_id bigint NOT NULL, PRIMARY KEY (open_year, lao_code))`,
  );
  await restoreSurge(pool, openYear);
  let { rows } = await pool.query(`SELECT lao_code FROM bench_surge WHERE open_year = $1 ORDER BY lao_code`, [openYear]);
  if (rows.length === 0) {
    await pool.query(
      `INSERT INTO bench_surge (open_year, lao_code, submission_id, last_event_id)
       SELECT $1::int, s.lao_code, s.id, coalesce((SELECT max(e.id) FROM submission_event e WHERE e.submission_id = s.id), 0)
         FROM submission s WHERE s.module = 'INFO' AND s.fiscal_year = $1::int AND s.status = 'DRAFT' ORDER BY s.lao_code LIMIT $2`,
      [openYear, wanted],
    );
    ({ rows } = await pool.query(`SELECT lao_code FROM bench_surge WHERE open_year = $1 ORDER BY lao_code`, [openYear]));
  }
  return rows.map((r) => r.lao_code);
}

/** Back to DRAFT, the events after the recorded one removed (the certifications of a surge). */
export async function restoreSurge(pool, openYear) {
  const { rows } = await pool.query(`SELECT to_regclass('bench_surge') IS NOT NULL AS ok`);
  if (!rows[0].ok) return 0;
  const result = await pool.query(
    `WITH chosen AS (SELECT submission_id, last_event_id FROM bench_surge WHERE open_year = $1),
          gone AS (DELETE FROM submission_event e USING chosen c WHERE e.submission_id = c.submission_id AND e.id > c.last_event_id RETURNING 1)
     UPDATE submission s SET status = 'DRAFT', lao_certified_at = NULL
       FROM chosen c WHERE s.id = c.submission_id AND s.status <> 'DRAFT' AND (SELECT count(*) FROM gone) >= 0`,
    [openYear],
  );
  return result.rowCount;
}

/** Complete values for every INFO domain of the year, built from the catalogue the API serves. */
export async function surgeValues({ apiUrl, openYear, headers, random, sampleValue }) {
  const catalogue = (
    await graphql(
      apiUrl,
      `query($fy: Int!) { infoIndicators(fiscalYear: $fy) { code domain valueType linkedFrom min max decimals maxLength options { value } } }`,
      { fy: openYear },
      headers.partner,
    )
  ).infoIndicators.filter((i) => !i.linkedFrom);
  const domains = [...new Set(catalogue.map((i) => i.domain))];
  return domains.map((domain) => ({ domain, values: catalogue.filter((i) => i.domain === domain).map((i) => ({ indicatorCode: i.code, value: sampleValue(i, random) })) }));
}

/** 32 workers taking LAOs in turn; `perLao` runs one LAO's steps, timing each under its kind. */
async function pool32(laos, perLao) {
  const latencies = { login: [], read: [], save: [], certify: [] };
  const errors = [];
  let next = 0;
  const started = performance.now();
  const timed = async (kind, run) => {
    const t = performance.now();
    try {
      await run();
      latencies[kind].push(performance.now() - t);
    } catch (error) {
      errors.push(`${kind}: ${error.message.slice(0, 300)}`);
      throw error;
    }
  };
  await Promise.all(
    Array.from({ length: SURGE_CONCURRENCY }, async () => {
      while (next < laos.length) {
        const lao = laos[next++];
        try {
          await perLao(lao, timed);
        } catch {
          // Counted in errors; the LAO's remaining steps are skipped, the others go on.
        }
      }
    }),
  );
  const elapsed = performance.now() - started;
  const requests = Object.values(latencies).reduce((n, l) => n + l.length, 0) + errors.length;
  const round = (v) => Math.round(v * 100) / 100;
  return {
    laos: laos.length,
    requests,
    errors: errors.length,
    firstError: errors[0] ?? null,
    seconds: round(elapsed / 1000),
    rps: round((requests * 1000) / elapsed),
    saves: summarize(latencies.save, elapsed),
    login: summarize(latencies.login, elapsed),
    certify: summarize(latencies.certify, elapsed),
  };
}

/** The surge through the API: login, infoSubmission, 8 × saveInfoSection, certifyInfo per LAO. */
export function surgeApi({ apiUrl, openYear, laos, domains }) {
  return pool32(laos, async (lao, timed) => {
    let token;
    await timed('login', async () => {
      token = (await graphql(apiUrl, `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`, { u: `lao.${lao}`, p: PASSWORD })).login.accessToken;
    });
    const headers = { authorization: `Bearer ${token}` };
    await timed('read', () =>
      graphql(apiUrl, `query($lao: String!, $fy: Int!) { infoSubmission(laoCode: $lao, fiscalYear: $fy) { status editable allowedActions sections { domain complete missing } } }`, { lao, fy: openYear }, headers),
    );
    for (const { domain, values } of domains) {
      await timed('save', () =>
        graphql(apiUrl, `mutation($input: SaveInfoSectionInput!) { saveInfoSection(input: $input) { domain complete missing savedAt } }`, { input: { laoCode: lao, fiscalYear: openYear, domain, values } }, headers),
      );
    }
    await timed('certify', async () => {
      const { certifyInfo } = await graphql(apiUrl, `mutation($lao: String!, $fy: Int!) { certifyInfo(laoCode: $lao, fiscalYear: $fy) { status } }`, { lao, fy: openYear }, headers);
      if (certifyInfo.status !== 'LAO_CERTIFIED') throw new Error(`certifyInfo answered ${certifyInfo.status}`);
    });
  });
}

/** One LAO's certification as SQL: lock the DRAFT submission, certify it when complete, record the event. */
const CERTIFY_SQL = `WITH locked AS (
    SELECT id, status, complete FROM submission WHERE module = 'INFO' AND lao_code = $1 AND fiscal_year = $2 FOR UPDATE),
  done AS (
    UPDATE submission s SET status = 'LAO_CERTIFIED', lao_certified_at = now(), updated_at = now(), updated_by = $3
      FROM locked l WHERE s.id = l.id AND l.status = 'DRAFT' AND l.complete RETURNING s.id),
  events AS (
    INSERT INTO submission_event (submission_id, action, from_status, to_status, actor)
    SELECT id, 'CERTIFY', 'DRAFT', 'LAO_CERTIFIED', $3 FROM done RETURNING 1)
  SELECT (SELECT count(*) FROM events)::int AS certified`;

/**
 * The same work as SQL twins on the bench's pool: the user's row (the login; the password hash is not verified:
 * argon2 has no SQL twin), the infoSubmission twin, the saveInfoSection twin per domain, the certification.
 */
export function surgeSql({ pool, openYear, laos, domains, readSql, saveSql }) {
  return pool32(laos, async (lao, timed) => {
    await timed('login', () => pool.query(`SELECT id, password_hash, level, scope_code, rights, token_version FROM app_user WHERE username = $1`, [`lao.${lao}`]));
    await timed('read', () => pool.query(readSql, [lao, openYear]));
    for (const { domain, values } of domains) {
      const json = JSON.stringify(Object.fromEntries(values.map((v) => [v.indicatorCode, v.value])));
      await timed('save', async () => {
        const { rows } = await pool.query(saveSql, [lao, openYear, domain, json, `lao.${lao}`]);
        if (rows.length !== 1) throw new Error(`saveInfoSection twin saved nothing for ${lao}`);
      });
    }
    await timed('certify', async () => {
      const { rows } = await pool.query(CERTIFY_SQL, [lao, openYear, `lao.${lao}`]);
      if (rows[0].certified !== 1) throw new Error(`certify twin certified nothing for ${lao} (incomplete?)`);
    });
  });
}

/** How many of the surge's LAOs are LAO_CERTIFIED now (all of them after a surge without errors). */
export async function certifiedCount(pool, openYear) {
  const { rows } = await pool.query(
    `SELECT count(*)::int AS n FROM bench_surge b JOIN submission s ON s.id = b.submission_id WHERE b.open_year = $1 AND s.status = 'LAO_CERTIFIED'`,
    [openYear],
  );
  return rows[0].n;
}
