// node bench/diagnose.mjs [--quick] [--seconds N] [--api path/to/main.js] [--only registry,lpaScores,…]
// Where an API read's time goes, at concurrency 1 on the bench dataset (build it first with pnpm bench): the same
// read with less selected, without credentials, with the other kind of credentials, and the API's own SQL
// statements run alone. Figures for bench/README.md's explanation of the gaps; nothing is written.
import pg from 'pg';
import { MODES, openFiscalYear, startBenchDatabase } from './dataset.mjs';
import { measureHttp, measureSql } from './measure.mjs';
import { operations, prepareContext } from './operations.mjs';
import { cleanup, onCleanup, startApi } from './processes.mjs';

const args = process.argv.slice(2);
const mode = args.includes('--quick') ? 'quick' : 'full';
const seconds = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : 5;
/** Another build of the API to compare (e.g. a patched copy), instead of apps/api/dist/main.js. */
const apiMain = args.includes('--api') ? args[args.indexOf('--api') + 1] : undefined;
/** Only the variants whose label starts with one of these (comma-separated). */
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;

async function main() {
  const db = await startBenchDatabase(mode, () => undefined);
  onCleanup('PostgreSQL', () => db.stop());
  const pool = new pg.Pool({ connectionString: db.url, max: 4, idleTimeoutMillis: 0 });
  onCleanup('pg pool', () => pool.end());
  const marker = await pool.query(`SELECT to_regclass('bench_dataset') IS NOT NULL AS ok`);
  if (!marker.rows[0].ok) throw new Error(`No ${MODES[mode].database} dataset yet: run "pnpm bench${mode === 'quick' ? ' --quick' : ''}" first`);
  const api = await startApi(db.url, apiMain ? { main: apiMain } : {});
  const ctx = await prepareContext({ apiUrl: api.url, pool, openYear: openFiscalYear() });
  const byName = Object.fromEntries(operations(ctx).map((op) => [op.name.split(' ')[0], op]));
  const { partner, admin } = ctx.headers;
  const province = ctx.largestProvince;

  const api1 = (label, query, variables, headers) => ({ label, run: (s) => measureHttp({ url: api.url, query, variables, headers, connections: 1, seconds: s }) });
  const sql1 = (label, text, values) => ({ label, run: (s) => measureSql({ pool, sql: { text, values }, concurrency: 1, seconds: s }) });
  const registry = byName.registry;
  const submission = byName.infoSubmission;
  const lpa = byName.lpaScores;
  const values = byName.infoValues;
  const progress = byName.certificationProgress;
  const pageLaos = (await pool.query(`SELECT code FROM local_authority WHERE province_code = $1 ORDER BY code LIMIT 100`, [province])).rows.map((r) => r.code);
  const infoSections = [...new Set(ctx.indicators.map((i) => i.domain))];

  const variants = [
    api1('floor: { currentFiscalYear }, anonymous', '{ currentFiscalYear }', {}, {}),
    api1('floor: { currentFiscalYear }, partner key', '{ currentFiscalYear }', {}, partner),
    api1('floor: { currentFiscalYear }, admin token', '{ currentFiscalYear }', {}, admin),
    sql1('SQL: the partner-key lookup', `SELECT id, name, key_prefix, (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') AS stale FROM api_key WHERE key_hash = encode(sha256('demo-partner-key'), 'hex') AND revoked_at IS NULL`, []),
    api1('registry: as measured (partner key)', registry.graphql.query, registry.graphql.variables, partner),
    api1('registry: anonymous (no key lookup)', registry.graphql.query, registry.graphql.variables, {}),
    api1('registry: edges { node { code } } only', `query($p: String!) { localAuthorities(filter: { provinceCode: $p }, first: 100) { edges { node { code } } } }`, { p: province }, partner),
    api1('registry: totalCount only', `query($p: String!) { localAuthorities(filter: { provinceCode: $p }, first: 100) { totalCount } }`, { p: province }, partner),
    sql1('SQL: the API\'s page statement (9 columns)', `SELECT code, name_th, name_en, type, province_code, district_code, website, info_admins, updated_at FROM local_authority WHERE province_code = $1 ORDER BY code LIMIT $2`, [province, 101]),
    sql1('SQL: the API\'s count statement', `SELECT count(*)::int AS n FROM local_authority WHERE province_code = $1`, [province]),
    sql1('SQL: twin', registry.sql.text, registry.sql.values),
    api1('infoValues: as measured', values.graphql.query, values.graphql.variables, partner),
    api1('infoValues: totalCount only', `query($fy: Int!, $codes: [String!]!, $province: String!) { infoValues(fiscalYear: $fy, indicatorCodes: $codes, filter: { provinceCode: $province }, first: 100) { totalCount } }`, values.graphql.variables, partner),
    // The API's statement since the shared catalogue (SectionsRepository.valuesOf), and the same with the text[] cast it had before the fix.
    sql1('SQL: the API\'s values statement', `SELECT lao_code, (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(values) WHERE key = ANY($5::text[])) AS values FROM catalogue_section WHERE module = $1 AND fiscal_year = $2 AND lao_code = ANY($3::bpchar[]) AND subject_key = '' AND section = ANY($4::text[])`,
      ['INFO', ctx.pastYear, pageLaos, infoSections, ctx.indicators.map((i) => i.code)]),
    sql1('SQL: the same with lao_code = ANY($3::text[])', `SELECT lao_code, (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(values) WHERE key = ANY($5::text[])) AS values FROM catalogue_section WHERE module = $1 AND fiscal_year = $2 AND lao_code = ANY($3::text[]) AND subject_key = '' AND section = ANY($4::text[])`,
      ['INFO', ctx.pastYear, pageLaos, infoSections, ctx.indicators.map((i) => i.code)]),
    sql1('SQL: twin', values.sql.text, values.sql.values),
    api1('certificationProgress: as measured', progress.graphql.query, progress.graphql.variables, partner),
    api1('certificationProgress: provinceCode only', `query($fy: Int!) { certificationProgress(module: INFO, fiscalYear: $fy) { provinceCode } }`, progress.graphql.variables, partner),
    sql1('SQL: twin', progress.sql.text, progress.sql.values),
    api1('lpaScores: as measured', lpa.graphql.query, lpa.graphql.variables, partner),
    api1('lpaScores: laoCode only', `query($fy: Int!) { lpaScores(fiscalYear: $fy, first: 200) { edges { node { laoCode } } } }`, lpa.graphql.variables, partner),
    sql1('SQL: twin', lpa.sql.text, lpa.sql.values),
    api1('infoSubmission: as measured (admin token)', submission.graphql.query, submission.graphql.variables, admin),
    api1('infoSubmission: partner key', submission.graphql.query, submission.graphql.variables, partner),
    api1('infoSubmission: admin, without history', submission.graphql.query.replace(/history \{[^}]*\}/, ''), submission.graphql.variables, admin),
    api1('infoSubmission: admin, status only', `query($lao: String!, $fy: Int!) { infoSubmission(laoCode: $lao, fiscalYear: $fy) { status } }`, submission.graphql.variables, admin),
    sql1('SQL: the API\'s linked-values statement (::bpchar[])', `SELECT lao_code, indicator_code, value FROM info_linked_value WHERE fiscal_year = $1 AND lao_code = ANY($2::bpchar[]) AND ($3::text[] IS NULL OR indicator_code = ANY($3::text[]))`, [ctx.pastYear, [ctx.historyLao], null]),
    sql1('SQL: the same with ::text[] (before the fix)', `SELECT lao_code, indicator_code, value FROM info_linked_value WHERE fiscal_year = $1 AND lao_code = ANY($2::text[]) AND ($3::text[] IS NULL OR indicator_code = ANY($3::text[]))`, [ctx.pastYear, [ctx.historyLao], null]),
    sql1('SQL: the API\'s sections statement', `SELECT section, subject_key, values, saved_at FROM catalogue_section WHERE module = $1 AND lao_code = $2 AND fiscal_year = $3`, ['INFO', ctx.historyLao, ctx.pastYear]),
    sql1('SQL: twin', submission.sql.text, submission.sql.values),
  ];
  console.log(`Concurrency 1, ${seconds} s each after 1 s of warm-up, ${mode} dataset, API ${apiMain ?? 'apps/api/dist/main.js'}. Latency in ms.`);
  for (const variant of variants.filter((v) => !only || only.some((prefix) => v.label.startsWith(prefix)))) {
    await variant.run(1);
    const r = await variant.run(seconds);
    if (r.errors) throw new Error(`${variant.label}: ${r.firstError}`);
    console.log(`${variant.label.padEnd(52)} p50 ${r.p50.toFixed(2).padStart(7)}  p95 ${r.p95.toFixed(2).padStart(7)}  ${String(r.requests).padStart(6)} requests`);
  }
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(error.stack ?? error);
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
