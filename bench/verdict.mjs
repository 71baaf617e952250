// Issue 15's targets, each with the figure this run measured, its threshold and PASS / FAIL. A FAIL is a finding,
// not a failure of the run: the exit code stays for errors and mismatches. A FAIL whose reason is known and measured
// carries it (known-misses.mjs), with where its evidence is.

import { knownMiss } from './known-misses.mjs';

/** The writes whose 32-way throughput is compared with their SQL twin's (target 2). */
const COMPARED_WRITES = ['saveInfoSection', 'saveWasteSection', 'registerBeneficiary'];

const round = (v, digits = 2) => (v === null || v === undefined || Number.isNaN(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits);

function target(id, what, measured, comparison, threshold, unit = '', timedOut = false) {
  // A phase stopped at its time bound has no figure, and did not meet the target.
  if (timedOut) return { target: id, what: `${what} (stopped at the time bound)`, measured: null, threshold: `${comparison} ${threshold}${unit}`, unit, verdict: 'FAIL' };
  const pass = measured === null ? null : comparison === '≤' ? measured <= threshold : comparison === '<' ? measured < threshold : measured >= threshold;
  return { target: id, what, measured: round(measured), threshold: `${comparison} ${threshold}${unit}`, unit, verdict: pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL' };
}

/**
 * Every target of issue 15 from this run's figures. `timing` holds the dataset build (when built now), the seconds
 * from the start to the first measurement and the SPA build inside them.
 */
export function targets({ rows, ops, firstCalls, surge, memory, bundle, dataset, timing }) {
  const row = (name, c) => rows.find((r) => r.operation === name && r.concurrency === c);
  const list = [];
  for (const op of ops.filter((o) => o.kind === 'read')) {
    const r = row(op.name, 1);
    list.push(target('1', `${op.name}: API p50 ÷ SQL p50, c=1`, r ? r.ratio : null, '≤', 1.5, '×', Boolean(r?.timedOut)));
  }
  for (const op of ops.filter((o) => o.kind === 'read' && o.peer)) {
    const r = row(op.name, 32);
    list.push(target('2', `${op.name}: API rps ÷ PostGraphile rps, c=32`, r?.peer ? r.api.rps / r.peer.rps : null, '≥', 1, '×', Boolean(r?.timedOut)));
  }
  for (const op of ops.filter((o) => COMPARED_WRITES.some((w) => o.name.startsWith(w)))) {
    const r = row(op.name, 32);
    list.push(target('2', `${op.name}: API rps ÷ SQL twin rps, c=32`, r ? r.api.rps / r.sql.rps : null, '≥', 0.5, '×', Boolean(r?.timedOut)));
  }
  for (const op of ops.filter((o) => o.report)) {
    const r = row(op.name, 1);
    list.push(target('3', `${op.name}: API p50 at c=1`, r ? r.api.p50 : null, '≤', 20, ' ms', Boolean(r?.timedOut)));
  }
  for (const [name, first] of Object.entries(firstCalls)) {
    list.push(target('4', `first ${name}: API ÷ SQL`, first.sqlMs > 0 ? first.apiMs / first.sqlMs : null, '≤', 1.25, '×'));
  }
  list.push(target('4', `deadline surge (${surge?.api?.laos ?? 0} LAOs, ${surge?.api?.requests ?? 0} requests): errors`, surge?.api ? surge.api.errors : null, '≤', 0));
  list.push(target('5', 'API RSS under 32-way load (MiB)', memory.apiMaxRssMiBUnder32 || null, '≤', 300, ' MiB'));
  list.push(target('5', 'SPA initial JavaScript (KiB gzipped)', bundle.gzipBytes / 1024, '≤', 150, ' KiB'));
  list.push(target('6', 'dataset built from nothing (s)', dataset.built ? dataset.buildMs / 1000 : null, '<', 300, ' s'));
  list.push(target('6', 'reused dataset: start to first measurement, SPA build aside (s)', dataset.built ? null : timing.firstMeasureSeconds - timing.spaBuildSeconds, '<', 30, ' s'));
  return list.map((t) => {
    const known = knownMiss(t);
    return known ? { ...t, known } : t;
  });
}

/** The verdict as printed at the end of a run: each known reason once, after the targets it explains. */
export function printTargets(list, mode) {
  console.log(`\nIssue 15 targets (${mode} run${mode === 'quick' ? ': not the national dataset, the full run is the one that counts' : ''}):`);
  const reasons = [...new Set(list.filter((t) => t.known).map((t) => t.known.why))];
  for (const t of list) {
    const measured = t.measured === null ? '—' : `${t.measured}${t.unit}`;
    const mark = t.known ? `  why: ${String.fromCharCode(97 + reasons.indexOf(t.known.why))}` : '';
    console.log(`  ${t.verdict.padEnd(4)}  [${t.target}] ${t.what.padEnd(72).slice(0, 72)} ${measured.padStart(12)}  (${t.threshold})${mark}`);
  }
  const failed = list.filter((t) => t.verdict === 'FAIL').length;
  const unexplained = list.filter((t) => t.verdict === 'FAIL' && !t.known).length;
  console.log(
    `  ${list.filter((t) => t.verdict === 'PASS').length} PASS, ${failed} FAIL (${unexplained} without a known reason), ${list.filter((t) => t.verdict === 'n/a').length} not measured this run.`,
  );
  if (reasons.length) console.log('Why those FAILs are missed (known and measured; the evidence in bench/README.md):');
  reasons.forEach((why, i) => {
    const evidence = list.find((t) => t.known?.why === why).known.evidence;
    console.log(`  ${String.fromCharCode(97 + i)}. ${why} (${evidence})`);
  });
}
