// What a bench run prints at its end: the table of every operation's figures, then the run's summary (memory, the
// SPA, first calls, the peer's gaps, load, the diagnostics, the deadline surge and the verdict of every target).
import { describeSlowLink } from './slow-link.mjs';
import { printTargets } from './verdict.mjs';

const fmt = (v, width = 7) => (v === null || v === undefined || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)).padStart(width);

/** The table: one row per operation and concurrency, `seconds` per measurement. */
export function printTable(rows, seconds) {
  const header =
    `${'operation'.padEnd(40)} ${'c'.padStart(3)} │ ${'API p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'rps'.padStart(7)} │ ` +
    `${'SQL p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'rps'.padStart(7)} │ ` +
    `${'peer p50'.padStart(8)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'rps'.padStart(7)} │ ${'API/SQL'.padStart(7)}`;
  console.log(`\nLatency in ms (p50 / p95 / p99), throughput in requests/s; ratio = API p50 ÷ SQL p50. ${seconds} s per measurement.`);
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

/**
 * Everything after the table, from the run's summary (as written to bench/results/): `diagnostics` says whether
 * the floor and statement counts were measured, `resultName` where the figures went.
 */
export function printReport({ rows, ops, summary, diagnostics, resultName }) {
  const { memory, bundle, slowLink, firstCalls, baseline, queryCounts, surge } = summary;
  printTable(rows, summary.secondsPerMeasurement);
  console.log(
    `\nAPI resident memory: ${memory.apiIdleRssMiB} MiB idle, ${memory.apiMaxRssMiBUnder32} MiB max under 32 concurrent requests${memory.apiMaxRssOperation ? ` (during ${memory.apiMaxRssOperation})` : ''}` +
      (memory.peerMaxRssMiBUnder32 ? ` (PostGraphile: ${memory.peerMaxRssMiBUnder32} MiB)` : '') +
      `. SPA initial JavaScript: ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzipped (${bundle.files.length} files, ${(bundle.bytes / 1024).toFixed(0)} KiB raw).`,
  );
  if (slowLink) console.log(describeSlowLink(slowLink));
  for (const [name, first] of Object.entries(firstCalls)) {
    console.log(`${name}: the first call certified ${first.sqlAnswer.certified_count} LAOs in ${first.apiMs} ms (API) / ${first.sqlMs} ms (SQL); the table times the repeated calls (certify 0).`);
  }
  for (const op of ops) if (!op.peer) console.log(`peer — for ${op.name}: ${op.peerWhy}`);
  console.log(`\nLoad average before / after the measurements: ${summary.machine.loadBefore[0]} / ${summary.machine.loadAfter.join(', ')} (${summary.machine.cpus} CPUs).`);
  if (diagnostics) console.log('\nPer-request floor at concurrency 1 (ms):');
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
  printTargets(summary.targets, summary.mode);
  console.log(`\nResults: bench/results/${resultName}.json (+ ${resultName}.summary.json). ${summary.totalSeconds} s in all.`);
}
