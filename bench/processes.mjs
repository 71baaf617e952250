// The processes a bench run starts (the built API, the PostGraphile peer) and the guarantee that they, and
// everything else registered here, are stopped: at the end, on failure and on Ctrl-C / SIGTERM.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { BENCH_DIR, REPO_ROOT } from './dataset.mjs';

/** Stop functions, last registered first. */
const cleanups = [];
let cleaning = null;

/** Registers something to stop (a process, a database, a pool). */
export function onCleanup(name, stop) {
  cleanups.push([name, stop]);
}

/** Stops everything registered, once, whatever fails on the way. */
export function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const [name, stop] = cleanups.pop();
      try {
        await stop();
      } catch (error) {
        console.error(`Stopping ${name} failed: ${error.message}`);
      }
    }
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping everything the bench started`);
    void cleanup().then(() => process.exit(130));
  });
}

/** One secret for every API process of a run, so a token from one login works on each. */
const AUTH_SECRET = randomBytes(36).toString('base64url');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A node child process, its output kept (last lines shown on failure), stopped by SIGTERM then SIGKILL. */
function startChild(name, script, env, onLine = () => undefined) {
  const child = spawn(process.execPath, [script], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = [];
  let buffered = '';
  const take = (chunk) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      onLine(line);
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000));
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      child.kill('SIGKILL');
      await exited;
    }
  };
  onCleanup(name, stop);
  return { child, exited, tail, stop };
}

/** Waits until `probe` succeeds, failing early with the child's output when it exits first. */
async function waitReady(name, proc, probe, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let exitedWith = null;
  void proc.exited.then((how) => (exitedWith = how));
  while (Date.now() < deadline) {
    if (exitedWith) throw new Error(`${name} exited (${JSON.stringify(exitedWith)}) before it was ready:\n${proc.tail.join('\n')}`);
    try {
      if (await probe()) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} was not ready after ${timeoutMs / 1000} s:\n${proc.tail.join('\n')}`);
}

/**
 * The built API as production runs it (NODE_ENV=production, as in docker/api.Dockerfile) on the bench database:
 * demo mode (the seed is skipped, LAOs exist), a free port on the loopback, SQL logging only when asked.
 */
export async function startApi(databaseUrl, { logSql = false, onLine, main = 'apps/api/dist/main.js' } = {}) {
  const port = await freePort();
  const proc = startChild(
    logSql ? 'API (LOG_SQL)' : 'API',
    main,
    {
      DATABASE_URL: databaseUrl,
      DEMO_MODE: 'true',
      AUTH_SECRET,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_SQL: String(logSql),
      NODE_ENV: 'production',
      // docker/api.Dockerfile's V8 flags, so the memory measured is production's.
      NODE_OPTIONS: '--max-semi-space-size=8 --max-old-space-size=256',
      // The harness measures throughput, not the per-caller budget: a budget no measurement reaches (the counter's
      // one statement per request is still paid, as in production).
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_KEY_PER_MINUTE: '1000000',
      // Likewise the wait for a pooled connection (10 s by default, then SERVICE_UNAVAILABLE): 32 payment lists of
      // thousands of rows at once on a loaded machine queue longer than that, and the bench measures the queue.
      DB_POOL_WAIT_MS: '120000',
    },
    onLine,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitReady('API', proc, async () => (await fetch(`${url}/health`)).ok);
  return { ...proc, url: `${url}/graphql`, pid: proc.child.pid };
}

/** PostGraphile (bench/peer.mjs) on the same database, its own process. */
export async function startPeer(databaseUrl) {
  const port = await freePort();
  const proc = startChild('PostGraphile', join(BENCH_DIR, 'peer.mjs'), { DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production' });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitReady('PostGraphile', proc, async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
    return response.ok;
  });
  return { ...proc, url, pid: proc.child.pid };
}
