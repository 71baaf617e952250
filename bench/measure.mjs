// Load generation and statistics: autocannon (in-process, loopback) for HTTP, a loop over a pg Pool for the SQL
// twins, both recording every request's latency so percentiles are computed the same way on both sides.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

/** p50 / p95 / p99 (nearest rank) and throughput of a run, in milliseconds and requests per second. */
export function summarize(latencies, elapsedMs) {
  const sorted = Float64Array.from(latencies).sort();
  const rank = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : NaN);
  const round = (v) => Math.round(v * 100) / 100;
  return {
    p50: round(rank(0.5)),
    p95: round(rank(0.95)),
    p99: round(rank(0.99)),
    rps: round((sorted.length * 1000) / elapsedMs),
    requests: sorted.length,
  };
}

/**
 * `connections` concurrent HTTP clients POSTing the operation: for `seconds`, or, given `amount`, until that many
 * answers came back (every request started is then timed to its end: a time-bounded run drops the slowest, still in
 * flight when it stops), stopped anyway after 4 × `seconds` + 30 s. Every response's body is looked at: a non-200
 * status or a GraphQL `errors` member counts as an error (the run fails on any).
 */
export function measureHttp({ url, query, variables, headers, connections, seconds, amount }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let errors = 0;
    let firstError = null;
    const body = typeof variables === 'function' ? null : JSON.stringify({ query, variables });
    const started = performance.now();
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        pipelining: 1,
        ...(amount ? { amount } : { duration: seconds }),
        timeout: 60,
        headers: { 'content-type': 'application/json', ...headers },
        requests: [
          {
            method: 'POST',
            ...(body ? { body } : { setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: variables() }) }) }),
            onResponse: (status, responseBody) => {
              if (status !== 200 || responseBody.includes('"errors"')) {
                errors++;
                firstError ??= `${status} ${responseBody.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error, result) => {
        clearTimeout(safety);
        if (error) return reject(error);
        const elapsed = performance.now() - started;
        errors += result.errors + result.timeouts;
        if (result.errors || result.timeouts) firstError ??= `${result.errors} connection errors, ${result.timeouts} timeouts`;
        resolve({ ...summarize(latencies, elapsed), errors, firstError, timedOut });
      },
    );
    // Stopped at the bound: the operation is too slow for the phase (a finding, reported as such), not an error.
    let timedOut = false;
    const safety = amount
      ? setTimeout(() => {
          timedOut = true;
          instance.stop();
        }, (seconds * 4 + 30) * 1000)
      : null;
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * Waits until the API and the peer have nothing running in the database (three quiet polls in a row): requests a
 * time-bounded warm-up left in flight are still being answered after the client has gone.
 */
export async function drain(pool, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 3) {
    if (Date.now() > deadline) throw new Error(`The database was still busy ${timeoutMs / 1000} s after the load stopped`);
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
          AND application_name IN ('lao-platform-api', 'bench-postgraphile')`,
    );
    quiet = rows[0].n === 0 ? quiet + 1 : 0;
    if (quiet < 3) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** `concurrency` loops each running the SQL twin on the pool back to back for `seconds`. */
export async function measureSql({ pool, sql, concurrency, seconds }) {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const values = typeof sql.values === 'function' ? sql.values() : sql.values;
      const t = performance.now();
      try {
        await pool.query(sql.text, values);
        latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        firstError ??= error.message;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ...summarize(latencies, performance.now() - started), errors, firstError };
}

/** Resident memory of a process (VmRSS, MiB), sampled every 100 ms while running; max() answers the highest seen. */
export function rssSampler(pid) {
  let max = 0;
  const read = () => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      max = Math.max(max, kb / 1024);
    } catch {
      // The process is gone: the run will fail elsewhere.
    }
  };
  read();
  const timer = setInterval(read, 100);
  return {
    stop() {
      clearInterval(timer);
      read();
      return Math.round(max);
    },
  };
}

/** Current resident memory of a process, MiB. */
export function rssNow(pid) {
  const sampler = rssSampler(pid);
  return sampler.stop();
}

/** CPU time (utime + stime, clock ticks) a process has used, from /proc/<pid>/stat. */
function cpuTicks(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * After a phase stopped at its bound: waits until the database is quiet and the process has stopped working
 * (under 5 % of a core over 400 ms, twice in a row), since it goes on answering the requests the client gave up on.
 */
export async function settle(pool, pid, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2) {
    if (Date.now() > deadline) throw new Error(`The API was still busy ${timeoutMs / 1000} s after the load stopped`);
    await drain(pool, Math.max(1000, deadline - Date.now()));
    const before = cpuTicks(pid);
    await new Promise((resolve) => setTimeout(resolve, 400));
    quiet = cpuTicks(pid) - before <= 2 ? quiet + 1 : 0;
  }
}
