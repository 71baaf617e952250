// pnpm bench [--quick] [--seconds N] [--queries] [--only name,name]
// Builds (or reuses) the dataset, starts the built API and the PostGraphile peer on it, measures every operation
// through HTTP GraphQL and as its SQL twin at concurrency 1 and 32, and writes bench/results/. Everything it starts
// is stopped at the end, on failure and on Ctrl-C; the exit code is non-zero when anything failed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BENCH_DIR, ensureDataset, openFiscalYear, REPO_ROOT, startBenchDatabase } from './dataset.mjs';
import { countQueries, measureFloors } from './diagnostics.mjs';
import { drain, measureHttp, measureSql, rssNow, rssSampler, settle } from './measure.mjs';
import { graphql, operations, prepareContext } from './operations.mjs';
import { cleanup, onCleanup, startApi, startPeer } from './processes.mjs';
import { printReport } from './print.mjs';
import { measureSlowLink } from './slow-link.mjs';
import { bundleSize, ensureFreshSpa } from './spa.mjs';
import { surgeLaos } from './surge.mjs';
import { runSurge } from './surge-phase.mjs';
import { targets } from './verdict.mjs';

const args = process.argv.slice(2);
const VALUED = ['--seconds', '--api', '--only'];
const unknown = args.filter((a, i) => !['--quick', '--queries', ...VALUED].includes(a) && !VALUED.includes(args[i - 1]));
if (unknown.length) {
  console.error(`Unknown arguments: ${unknown.join(' ')}\nUsage: pnpm bench [--quick] [--seconds N] [--queries] [--api path/to/main.js] [--only name,name]`);
  process.exit(2);
}
const quick = args.includes('--quick');
const mode = quick ? 'quick' : 'full';
/** `--only a,b`: the operations whose names start with one of these (to measure again what a run could not finish). */
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',').filter(Boolean) : null;
const secondsArg = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : NaN;
// Quick runs are CI's smoke test (every operation answers alike on every side), not figures: half a second each.
const SECONDS = Number.isFinite(secondsArg) && secondsArg > 0 ? secondsArg : quick ? 0.5 : 8;
/** Unrecorded load before an operation's first measurement, so a fresh code path is compiled (JIT) and cached. */
const WARMUP_SECONDS = quick ? 0.2 : 2;
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

  // The bench's pool, and the surge's LAOs back to DRAFT (a crashed run may have left them certified), while the API
  // and the peer start: neither reads the submissions before serving, and a reused dataset measures sooner.
  const pool = new pg.Pool({ connectionString: db.url, max: 32, idleTimeoutMillis: 0, application_name: 'bench-sql-twin' });
  // An idle connection the server ends (its shutdown while the run stops) is an 'error' event on the pool: without a
  // listener Node exits with it, failing a run whose figures are already written (seen once in CI).
  pool.on('error', () => undefined);
  onCleanup('pg pool', () => pool.end());
  const surgeReady = Promise.all(Array.from({ length: 32 }, () => pool.query('SELECT 1'))).then(() => surgeLaos(pool, openFiscalYear(), SURGE_LAOS));
  // Handled where awaited; this keeps a failure while the API starts from being reported as unhandled first.
  surgeReady.catch(() => undefined);
  const [api, peer] = await Promise.all([startApi(db.url, API_MAIN ? { main: API_MAIN } : {}), startPeer(db.url)]);
  const apiIdleRss = rssNow(api.pid);
  log(`API (pid ${api.pid}) on ${api.url}, ${apiIdleRss} MiB resident; PostGraphile (pid ${peer.pid}) on ${peer.url}`);
  const loadBefore = os.loadavg();
  const surgeLaoCodes = await surgeReady;
  const ctx = await prepareContext({ apiUrl: api.url, pool, openYear: openFiscalYear() });
  const allOps = operations(ctx);
  const ops = allOps.filter((op) => !ONLY || ONLY.some((prefix) => op.name.startsWith(prefix)));
  log(
    `Waste report of ${ctx.wasteLao} (${ctx.wasteEvents} events), ${ctx.wasteDrafts.length} DRAFT Waste reports; welfare LAO ${ctx.welfareLao}: ` +
      `${ctx.welfareLaoEnrolments} enrolments, ${ctx.welfarePaid} paid in month ${ctx.welfareMonth} (${ctx.welfareMonthStart}); surge: ${surgeLaoCodes.length} DRAFT LAOs`,
  );
  log(
    `Operations on province ${ctx.largestProvince} (${ctx.largestCount} LAOs), fiscal years ${ctx.pastYear}/${ctx.openYear}, ` +
      `${ctx.draftLaos.length} DRAFT LAOs for writes, history of ${ctx.historyLao}: ${ctx.historyEvents} events`,
  );

  const rows = [];
  const failures = [...setupFailures];
  const firstCalls = {};
  let apiMaxRss = 0;
  let apiMaxRssOperation = null;
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

    // An operation whose 32-way phase alone costs a quick run most of a minute (32 bank files at once) is smoke-tested
    // at concurrency 1 there; full runs measure both.
    for (const concurrency of quick && op.quickAtOneOnly ? [1] : CONCURRENCIES) {
      // Each side: unrecorded warm-up at the phase's concurrency (JIT, and connection pools grown back to size:
      // the API's pg pool closes those past its 8 warm ones after 10 s idle), then the measurement, the same for all three.
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
      if (apiResult.rss > apiMaxRss) [apiMaxRss, apiMaxRssOperation] = [apiResult.rss, op.name];
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
        ...(apiResult.rss ? { apiMaxRssMiB: apiResult.rss } : {}),
        ...(apiResult.timedOut || peerResult?.timedOut ? { timedOut: [apiResult.timedOut && 'api', peerResult?.timedOut && 'peer'].filter(Boolean) } : {}),
      };
      rows.push(row);
      log(
        `${op.name} c${concurrency}: API p50 ${apiResult.p50} ms (${apiResult.requests} req), SQL p50 ${sqlResult.p50} ms (${sqlResult.requests}), ` +
          `${peerResult ? `peer p50 ${peerResult.p50} ms (${peerResult.requests}), ` : ''}ratio ${row.ratio}`,
      );
    }
  }

  // The deadline surge (surge-phase.mjs), after every operation of the table.
  // The surge's SQL side uses the twins of saveInfoSection and certifyInfo, whichever operations this run measures.
  const surge = await runSurge({ apiUrl: api.url, pool, ctx, ops: allOps, laos: surgeLaoCodes, minLaos: SURGE_MIN_LAOS, failures, log });

  const loadAfter = os.loadavg();
  // Then the diagnostics (diagnostics.mjs): the per-request floor of each side, and SQL statements per request.
  const baseline = DIAGNOSTICS
    ? await measureFloors({ apiUrl: api.url, peerUrl: peer.url, pool, headers: ctx.headers, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, failures })
    : {};

  const queryCounts = DIAGNOSTICS ? await countQueries(db.url, ops.filter((op) => op.kind === 'read' || op.name.startsWith('saveInfoSection')), API_MAIN) : null;

  // The SPA's first visit on a 400 kbps / 400 ms link, against this API serving apps/web/dist: after every load phase
  // (so it competes with none of them for the 2 cores), not before the first, where its ~15 s delayed every measurement.
  let slowLink = null;
  try {
    // api.url is its /graphql endpoint: the SPA is served from the origin.
    slowLink = await measureSlowLink({ url: new URL(api.url).origin, runs: quick ? 1 : 3, log });
  } catch (error) {
    failures.push(`slow link: ${error.message}`);
    log(`✗ slow link: ${error.message}`);
  }

  const memory = { apiIdleRssMiB: apiIdleRss, apiMaxRssMiBUnder32: apiMaxRss, apiMaxRssOperation, peerMaxRssMiBUnder32: peerMaxRss || null };
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

  printReport({ rows, ops, summary, diagnostics: DIAGNOSTICS, resultName: resultNames[0] });
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
