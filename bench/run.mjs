// pnpm bench [--quick] [--seconds N] [--queries]
// Builds (or reuses) the dataset, starts the built API and the PostGraphile peer on it, measures every operation
// through HTTP GraphQL and as its SQL twin at concurrency 1 and 32, and writes bench/results/. Everything it starts
// is stopped at the end, on failure and on Ctrl-C; the exit code is non-zero when anything failed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BENCH_DIR, ensureDataset, openFiscalYear, REPO_ROOT, startBenchDatabase } from './dataset.mjs';
import { drain, measureHttp, measureSql, rssNow, rssSampler, settle } from './measure.mjs';
import { graphql, operations, prepareContext, sampleValue, seeded } from './operations.mjs';
import { cleanup, onCleanup, startApi, startPeer } from './processes.mjs';
import { describeSlowLink, measureSlowLink } from './slow-link.mjs';
import { bundleSize, ensureFreshSpa } from './spa.mjs';
import { certifiedCount, restoreSurge, SURGE_CONCURRENCY, surgeApi, surgeLaos, surgeSql, surgeValues } from './surge.mjs';
import { printTargets, targets } from './verdict.mjs';

const args = process.argv.slice(2);
const unknown = args.filter((a, i) => !['--quick', '--queries', '--seconds', '--api'].includes(a) && !['--seconds', '--api'].includes(args[i - 1]));
if (unknown.length) {
  console.error(`Unknown arguments: ${unknown.join(' ')}\nUsage: pnpm bench [--quick] [--seconds N] [--queries] [--api path/to/main.js]`);
  process.exit(2);
}
const quick = args.includes('--quick');
const mode = quick ? 'quick' : 'full';
const secondsArg = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : NaN;
const SECONDS = Number.isFinite(secondsArg) && secondsArg > 0 ? secondsArg : quick ? 1 : 8;
/** Unrecorded load before an operation's first measurement, so a fresh code path is compiled (JIT) and cached. */
const WARMUP_SECONDS = quick ? 0.3 : 2;
/** Diagnostics (the per-request floor; SQL statements per request with LOG_SQL=true): in full runs, or --queries. */
const DIAGNOSTICS = args.includes('--queries') || !quick;
/** Another build of the API (e.g. a patched copy, to measure a proposed fix), instead of apps/api/dist/main.js. */
const API_MAIN = args.includes('--api') ? args[args.indexOf('--api') + 1] : undefined;
const CONCURRENCIES = [1, 32];
const RESULTS_DIR = join(BENCH_DIR, 'results');

const runStarted = Date.now();
/** When the first phase of the first operation started (issue 15: a reused dataset measures within 30 s). */
let firstMeasureAt = null;
/** The deadline surge's LAOs: 200 DRAFT LAOs of the open year (the quick dataset has fewer: all of them, ≥ 100). */
const SURGE_LAOS = 200;
const SURGE_MIN_LAOS = quick ? 100 : 200;
const log = (line) => console.log(`[bench ${((Date.now() - runStarted) / 1000).toFixed(1).padStart(5)}s] ${line}`);

/** One request of each operation against an API logging its SQL: how many statements each answer takes. */
async function countQueries(databaseUrl, ops) {
  let lines = [];
  const api = await startApi(databaseUrl, { logSql: true, onLine: (line) => lines.push(line), ...(API_MAIN ? { main: API_MAIN } : {}) });
  try {
    const counts = {};
    for (const op of ops) {
      const variables = typeof op.graphql.variables === 'function' ? op.graphql.variables() : op.graphql.variables;
      // Twice: the first may fill caches (the INFO catalogue, the cycle window); the second is the steady state.
      for (let i = 0; i < 2; i++) {
        lines = [];
        await graphql(api.url, op.graphql.query, variables, op.graphql.headers);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      const statements = lines.filter((l) => /^query( failed)?:/.test(l.trim()));
      counts[op.name] = {
        statements: statements.length,
        transactionControl: statements.filter((l) => /^query: (START TRANSACTION|COMMIT|ROLLBACK)/.test(l.trim())).length,
        sql: statements.map((l) => l.trim().replace(/\s+/g, ' ').slice(0, 160)),
      };
    }
    return counts;
  } finally {
    await api.stop();
  }
}

const fmt = (v, width = 7) => (v === null || v === undefined || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)).padStart(width);

function printTable(rows) {
  const header =
    `${'operation'.padEnd(40)} ${'c'.padStart(3)} │ ${'API p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'rps'.padStart(7)} │ ` +
    `${'SQL p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'rps'.padStart(7)} │ ` +
    `${'peer p50'.padStart(8)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'rps'.padStart(7)} │ ${'API/SQL'.padStart(7)}`;
  console.log(`\nLatency in ms (p50 / p95 / p99), throughput in requests/s; ratio = API p50 ÷ SQL p50. ${SECONDS} s per measurement.`);
  console.log(header);
  console.log('─'.repeat(header.length));
  for (const r of rows) {
    const peer = r.peer ? `${fmt(r.peer.p50, 8)} ${fmt(r.peer.p95)} ${fmt(r.peer.p99)} ${fmt(r.peer.rps)}` : `${'—'.padStart(8)} ${'—'.padStart(7)} ${'—'.padStart(7)} ${'—'.padStart(7)}`;
    console.log(
      `${r.operation.slice(0, 40).padEnd(40)} ${String(r.concurrency).padStart(3)} │ ${fmt(r.api.p50)} ${fmt(r.api.p95)} ${fmt(r.api.p99)} ${fmt(r.api.rps)} │ ` +
        `${fmt(r.sql.p50)} ${fmt(r.sql.p95)} ${fmt(r.sql.p99)} ${fmt(r.sql.rps)} │ ${peer} │ ${fmt(r.ratio)}×`,
    );
  }
}

async function main() {
  if (!existsSync(join(REPO_ROOT, 'apps/api/dist/main.js'))) {
    throw new Error('apps/api/dist is missing: run "pnpm bench" (it builds libs/domain and the API first)');
  }
  log(`Mode ${mode}${API_MAIN ? `, API ${API_MAIN}` : ''}: ${SECONDS} s per measurement, concurrency ${CONCURRENCIES.join(' and ')}, ${os.cpus().length} CPUs`);
  const db = await startBenchDatabase(mode, log);
  onCleanup('PostgreSQL', () => db.stop());
  const dataset = await ensureDataset(db, mode, log);
  const setupFailures = [];
  let spaBuild = { rebuilt: false, seconds: 0 };
  try {
    spaBuild = ensureFreshSpa(log);
  } catch (error) {
    setupFailures.push(`SPA build: ${error.message}`);
    log(`✗ ${error.message}: measuring apps/web/dist as it is`);
  }
  const bundle = bundleSize();
  log(`SPA initial JavaScript: ${bundle.files.length} files, ${(bundle.bytes / 1024).toFixed(0)} KiB, ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzipped`);

  const [api, peer] = await Promise.all([startApi(db.url, API_MAIN ? { main: API_MAIN } : {}), startPeer(db.url)]);
  const apiIdleRss = rssNow(api.pid);
  log(`API (pid ${api.pid}) on ${api.url}, ${apiIdleRss} MiB resident; PostGraphile (pid ${peer.pid}) on ${peer.url}`);
  // The SPA's first visit on a 400 kbps / 400 ms link, against this API serving apps/web/dist (before the load
  // phases, so it does not compete with them for the 2 cores).
  let slowLink = null;
  const slowLinkFailures = [];
  try {
    // api.url is its /graphql endpoint: the SPA is served from the origin.
    slowLink = await measureSlowLink({ url: new URL(api.url).origin, runs: quick ? 1 : 3, log });
  } catch (error) {
    slowLinkFailures.push(`slow link: ${error.message}`);
    log(`✗ slow link: ${error.message}`);
  }
  const loadBefore = os.loadavg();

  const pool = new pg.Pool({ connectionString: db.url, max: 32, idleTimeoutMillis: 0, application_name: 'bench-sql-twin' });
  onCleanup('pg pool', () => pool.end());
  await Promise.all(Array.from({ length: 32 }, () => pool.query('SELECT 1')));

  // The surge's LAOs back to DRAFT before anything reads the dataset (a crashed run may have left them certified).
  const surgeLaoCodes = await surgeLaos(pool, openFiscalYear(), SURGE_LAOS);
  const ctx = await prepareContext({ apiUrl: api.url, pool, openYear: openFiscalYear() });
  const ops = operations(ctx);
  log(
    `Waste report of ${ctx.wasteLao} (${ctx.wasteEvents} events), ${ctx.wasteDrafts.length} DRAFT Waste reports; welfare LAO ${ctx.welfareLao}: ` +
      `${ctx.welfareLaoEnrolments} enrolments, ${ctx.welfarePaid} paid in month ${ctx.welfareMonth} (${ctx.welfareMonthStart}); surge: ${surgeLaoCodes.length} DRAFT LAOs`,
  );
  log(
    `Operations on province ${ctx.largestProvince} (${ctx.largestCount} LAOs), fiscal years ${ctx.pastYear}/${ctx.openYear}, ` +
      `${ctx.draftLaos.length} DRAFT LAOs for writes, history of ${ctx.historyLao}: ${ctx.historyEvents} events`,
  );

  const rows = [];
  const failures = [...setupFailures, ...slowLinkFailures];
  const firstCalls = {};
  let apiMaxRss = 0;
  let peerMaxRss = 0;
  for (const op of ops) {
    // One answer of each side, checked against each other, before anything is timed.
    const variables = () => (typeof op.graphql.variables === 'function' ? op.graphql.variables() : op.graphql.variables);
    const sqlValues = () => (typeof op.sql.values === 'function' ? op.sql.values() : op.sql.values);
    let problem;
    try {
      await drain(pool);
      if (op.reset) {
        await op.reset(pool);
        const t0 = performance.now();
        const first = await graphql(api.url, op.graphql.query, variables(), op.graphql.headers);
        const apiFirst = performance.now() - t0;
        await op.reset(pool);
        const t1 = performance.now();
        const firstSql = (await pool.query(op.sql.text, sqlValues())).rows;
        const sqlFirst = performance.now() - t1;
        firstCalls[op.name] = { apiMs: Math.round(apiFirst * 10) / 10, sqlMs: Math.round(sqlFirst * 10) / 10, apiAnswer: first, sqlAnswer: firstSql[0] };
        const certified = Object.values(first)[0].certifiedCount;
        if (certified !== op.firstCall.expected || firstSql[0].certified_count !== op.firstCall.expected) {
          throw new Error(`first call certified ${certified} (API) and ${firstSql[0].certified_count} (SQL), expected ${op.firstCall.expected}`);
        }
      }
      const apiAnswer = await graphql(api.url, op.graphql.query, variables(), op.graphql.headers);
      const sqlAnswer = (await pool.query(op.sql.text, sqlValues())).rows;
      const peerAnswer = op.peer ? await graphql(peer.url, op.peer.query, op.peer.variables) : null;
      problem = op.check({ api: apiAnswer, sql: sqlAnswer, peer: peerAnswer });
    } catch (error) {
      problem = error.message;
    }
    if (problem) {
      failures.push(`${op.name}: ${problem}`);
      log(`✗ ${op.name}: ${problem}`);
      continue;
    }

    for (const concurrency of CONCURRENCIES) {
      // Each side: unrecorded warm-up at the phase's concurrency (JIT, and connection pools grown back to size:
      // the API's pg pool closes connections idle for 10 s), then the measurement, the same for all three.
      const phase = async (label, run, pid, http = true) => {
        firstMeasureAt ??= Date.now();
        if (op.reset) {
          // Every phase starts as the first did: the province waiting, one call certifying it, then repeated calls.
          await op.reset(pool);
        }
        const sampler = pid && concurrency === 32 ? rssSampler(pid) : null;
        const warmup = await run({ seconds: WARMUP_SECONDS });
        if (http) await drain(pool);
        // As many requests as the warm-up's pace fits in SECONDS (at least two rounds), each timed to its end.
        const result = await run({ seconds: SECONDS, amount: Math.max(2 * concurrency, Math.round(warmup.rps * SECONDS)) });
        if (http) await drain(pool);
        const rss = sampler?.stop() ?? 0;
        for (const [what, r] of [['warm-up', warmup], ['', result]]) {
          if (r.errors) failures.push(`${op.name} ${label} c${concurrency} ${what}: ${r.errors} errors, first: ${r.firstError}`);
        }
        if (warmup.timedOut || result.timedOut) {
          log(`✗ ${op.name} ${label} c${concurrency}: stopped at the time bound (${result.requests} answers): waiting for the process to finish what it was asked`);
          await settle(pool, pid);
        } else if (result.requests === 0) failures.push(`${op.name} ${label} c${concurrency}: no answer at all`);
        return { ...result, rss };
      };
      const apiResult = await phase(
        'API',
        ({ seconds, amount }) =>
          measureHttp({ url: api.url, query: op.graphql.query, variables: op.graphql.variables, headers: op.graphql.headers, connections: concurrency, seconds, amount }),
        api.pid,
      );
      apiMaxRss = Math.max(apiMaxRss, apiResult.rss);
      // The SQL loops are bounded by time; each loop's last query still runs to its end and is timed.
      const sqlResult = await phase('SQL', ({ seconds }) => measureSql({ pool, sql: op.sql, concurrency, seconds }), null, false);
      let peerResult = null;
      if (op.peer) {
        peerResult = await phase(
          'peer',
          ({ seconds, amount }) => measureHttp({ url: peer.url, query: op.peer.query, variables: op.peer.variables, headers: {}, connections: concurrency, seconds, amount }),
          peer.pid,
        );
        peerMaxRss = Math.max(peerMaxRss, peerResult.rss);
      }
      const pick = (r) => ({ p50: r.p50, p95: r.p95, p99: r.p99, rps: r.rps });
      const row = {
        operation: op.name,
        concurrency,
        api: pick(apiResult),
        sql: pick(sqlResult),
        peer: peerResult ? pick(peerResult) : null,
        ratio: Math.round((apiResult.p50 / sqlResult.p50) * 100) / 100,
        ...(apiResult.timedOut || peerResult?.timedOut ? { timedOut: [apiResult.timedOut && 'api', peerResult?.timedOut && 'peer'].filter(Boolean) } : {}),
      };
      rows.push(row);
      log(
        `${op.name} c${concurrency}: API p50 ${apiResult.p50} ms (${apiResult.requests} req), SQL p50 ${sqlResult.p50} ms (${sqlResult.requests}), ` +
          `${peerResult ? `peer p50 ${peerResult.p50} ms (${peerResult.requests}), ` : ''}ratio ${row.ratio}`,
      );
    }
  }

  // The deadline surge, through the API and then as SQL twins, each from the same state (the LAOs back to DRAFT).
  let surge = null;
  if (surgeLaoCodes.length < SURGE_MIN_LAOS) {
    failures.push(`surge: only ${surgeLaoCodes.length} DRAFT LAOs in ${ctx.openYear}, ${SURGE_MIN_LAOS} needed (bump DATASET_VERSION to rebuild the dataset)`);
  } else {
    const domains = await surgeValues({ apiUrl: api.url, openYear: ctx.openYear, headers: ctx.headers, random: seeded(ctx.openYear + 1), sampleValue });
    const byPrefix = (prefix) => ops.find((op) => op.name.startsWith(prefix)).sql.text;
    const common = { openYear: ctx.openYear, laos: surgeLaoCodes, domains };
    await drain(pool);
    const apiSurge = await surgeApi({ apiUrl: api.url, ...common });
    const apiCertified = await certifiedCount(pool, ctx.openYear);
    await restoreSurge(pool, ctx.openYear);
    const sqlSurge = await surgeSql({ pool, ...common, readSql: byPrefix('infoSubmission'), saveSql: byPrefix('saveInfoSection') });
    const sqlCertified = await certifiedCount(pool, ctx.openYear);
    await restoreSurge(pool, ctx.openYear);
    surge = { concurrency: SURGE_CONCURRENCY, domains: domains.length, api: { ...apiSurge, certified: apiCertified }, sql: { ...sqlSurge, certified: sqlCertified } };
    for (const [side, r] of [['API', surge.api], ['SQL', surge.sql]]) {
      if (r.errors) failures.push(`surge ${side}: ${r.errors} errors, first: ${r.firstError}`);
      else if (r.certified !== surgeLaoCodes.length) failures.push(`surge ${side}: ${r.certified} of ${surgeLaoCodes.length} LAOs certified`);
    }
    log(`surge: API ${apiSurge.requests} requests in ${apiSurge.seconds} s (${apiSurge.rps} req/s, ${apiSurge.errors} errors); SQL ${sqlSurge.rps} req/s`);
  }

  // The per-request floor of each side at concurrency 1: an answer without data, anonymous, with the partner key
  // (one key lookup) and with admin's token (one user lookup); and one database round trip.
  const loadAfter = os.loadavg();
  const baseline = {};
  const floor = `query Floor { currentFiscalYear }`;
  for (const [name, headers] of DIAGNOSTICS ? [['API, anonymous', {}], ['API, partner key', ctx.headers.partner], ['API, admin token', ctx.headers.admin]] : []) {
    await measureHttp({ url: api.url, query: floor, variables: {}, headers, connections: 4, seconds: WARMUP_SECONDS });
    const r = await measureHttp({ url: api.url, query: floor, variables: {}, headers, connections: 1, seconds: SECONDS });
    baseline[`${name}: { currentFiscalYear }`] = { p50: r.p50, p95: r.p95, rps: r.rps };
    if (r.errors) failures.push(`baseline ${name}: ${r.errors} errors, first: ${r.firstError}`);
  }
  if (DIAGNOSTICS) {
    const peerFloor = await measureHttp({ url: peer.url, query: '{ __typename }', variables: {}, headers: {}, connections: 1, seconds: SECONDS });
    baseline['PostGraphile: { __typename }'] = { p50: peerFloor.p50, p95: peerFloor.p95, rps: peerFloor.rps };
    const select1 = await measureSql({ pool, sql: { text: 'SELECT 1', values: [] }, concurrency: 1, seconds: SECONDS });
    baseline['SQL: SELECT 1'] = { p50: select1.p50, p95: select1.p95, rps: select1.rps };
  }

  const queryCounts = DIAGNOSTICS ? await countQueries(db.url, ops.filter((op) => op.kind === 'read' || op.name.startsWith('saveInfoSection'))) : null;

  const memory = { apiIdleRssMiB: apiIdleRss, apiMaxRssMiBUnder32: apiMaxRss, peerMaxRssMiBUnder32: peerMaxRss || null };
  const timing = {
    firstMeasureSeconds: firstMeasureAt ? Math.round((firstMeasureAt - runStarted) / 100) / 10 : null,
    spaBuildSeconds: spaBuild.seconds,
    spaRebuilt: spaBuild.rebuilt,
  };
  const verdictTargets = targets({ rows, ops, firstCalls, surge, memory, bundle, dataset, timing });
  const summary = {
    mode,
    api: API_MAIN ?? 'apps/api/dist/main.js',
    finishedAt: new Date().toISOString(),
    secondsPerMeasurement: SECONDS,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      /** Load average (1, 5, 15 min) before and after the measurements: other work on a shared machine shows here. */
      loadBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
      loadAfter: loadAfter.map((l) => Math.round(l * 100) / 100),
    },
    dataset,
    context: {
      province: ctx.largestProvince,
      provinceLaos: ctx.largestCount,
      fiscalYears: { past: ctx.pastYear, open: ctx.openYear },
      indicators: ctx.indicators.map((i) => i.code),
      historyLao: ctx.historyLao,
      draftLaos: ctx.draftLaos.length,
      wasteReportLao: ctx.wasteLao,
      wasteDraftLaos: ctx.wasteDrafts.length,
      welfareLao: ctx.welfareLao,
      welfareLaoEnrolments: ctx.welfareLaoEnrolments,
      welfarePaidInMonth: ctx.welfarePaid,
      welfareMonth: ctx.welfareMonth,
      surgeLaos: surgeLaoCodes.length,
    },
    baseline,
    memory,
    bundle,
    slowLink,
    firstCalls,
    peer: Object.fromEntries(ops.map((op) => [op.name, op.peer ? (op.peerNote ?? 'answers the same question') : `null: ${op.peerWhy}`])),
    queryCounts,
    surge,
    timing,
    targets: verdictTargets,
    failures,
    totalSeconds: Math.round((Date.now() - runStarted) / 100) / 10,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  // A run on another build of the API does not replace the latest figures of apps/api.
  const resultNames = API_MAIN ? [`variant-${mode}`] : ['latest', `latest-${mode}`];
  for (const name of resultNames) {
    writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(rows, null, 2)}\n`);
    writeFileSync(join(RESULTS_DIR, `${name}.summary.json`), `${JSON.stringify(summary, null, 2)}\n`);
  }

  printTable(rows);
  console.log(
    `\nAPI resident memory: ${apiIdleRss} MiB idle, ${apiMaxRss} MiB max under 32 concurrent requests` +
      (peerMaxRss ? ` (PostGraphile: ${peerMaxRss} MiB)` : '') +
      `. SPA initial JavaScript: ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzipped (${bundle.files.length} files, ${(bundle.bytes / 1024).toFixed(0)} KiB raw).`,
  );
  if (slowLink) console.log(describeSlowLink(slowLink));
  for (const [name, first] of Object.entries(firstCalls)) {
    console.log(`${name}: the first call certified ${first.sqlAnswer.certified_count} LAOs in ${first.apiMs} ms (API) / ${first.sqlMs} ms (SQL); the table times the repeated calls (certify 0).`);
  }
  for (const op of ops) if (!op.peer) console.log(`peer — for ${op.name}: ${op.peerWhy}`);
  console.log(`\nLoad average before / after the measurements: ${summary.machine.loadBefore[0]} / ${summary.machine.loadAfter.join(', ')} (${os.cpus().length} CPUs).`);
  if (DIAGNOSTICS) console.log('\nPer-request floor at concurrency 1 (ms):');
  for (const [name, b] of Object.entries(baseline)) console.log(`  ${name.padEnd(40)} p50 ${fmt(b.p50)}  p95 ${fmt(b.p95)}  ${fmt(b.rps)} rps`);
  if (queryCounts) {
    console.log('\nSQL statements per request (LOG_SQL=true, steady state):');
    for (const [name, c] of Object.entries(queryCounts)) console.log(`  ${name.padEnd(40)} ${c.statements}${c.transactionControl ? ` (${c.transactionControl} BEGIN/COMMIT)` : ''}`);
  }
  if (surge) {
    const side = (r) => `${r.requests} requests in ${r.seconds} s, ${r.rps} req/s, ${r.errors} errors, saves p50 ${fmt(r.saves.p50).trim()} / p95 ${fmt(r.saves.p95).trim()} ms`;
    const twin = (prefix) => rows.find((r) => r.operation.startsWith(prefix) && r.concurrency === 32)?.sql.rps;
    console.log(
      `\nDeadline surge (${surge.api.laos} DRAFT LAOs, ${surge.concurrency} at a time; login, infoSubmission, ${surge.domains} × saveInfoSection, certifyInfo each):` +
        `\n  API: ${side(surge.api)}; login p50 ${fmt(surge.api.login.p50).trim()} ms, certify p50 ${fmt(surge.api.certify.p50).trim()} ms; ${surge.api.certified} certified` +
        `\n  SQL twins (user row, the infoSubmission and saveInfoSection twins, a certify statement): ${side(surge.sql)}` +
        `\n  The table's twins at c=32 in this run: saveInfoSection ${twin('saveInfoSection')} req/s, certifyProvince ${twin('certifyProvince')} req/s.`,
    );
  }
  printTargets(verdictTargets, mode);
  console.log(`\nResults: bench/results/${resultNames[0]}.json (+ ${resultNames[0]}.summary.json). ${summary.totalSeconds} s in all.`);
  if (failures.length) throw new Error(`${failures.length} failure(s):\n  ${failures.join('\n  ')}`);
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`\nBench failed: ${error.stack ?? error}`);
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
