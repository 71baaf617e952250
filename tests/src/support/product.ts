import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const REPO_ROOT = resolve(__dirname, '../../..');
const MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');
const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts');

/**
 * A product of a test's own (not the suite's shared one), started as `pnpm start` starts it, for tests that kill
 * it or its database. Its output is kept for assertions and in tests/artifacts/<name>.log.
 */
export interface OwnProduct {
  baseUrl: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
}

export interface ProductSettings {
  name: string;
  port: number;
  pgPort: number;
  dataDir: string;
  env?: Record<string, string>;
}

export function launchProduct(settings: ProductSettings): OwnProduct {
  if (!existsSync(MAIN)) throw new Error('The product is not built: run `pnpm build` first');
  mkdirSync(ARTIFACTS, { recursive: true });
  const log = createWriteStream(join(ARTIFACTS, `${settings.name}.log`), { flags: 'a' });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(settings.port),
    HOST: '127.0.0.1',
    DATA_DIR: settings.dataDir,
    EMBEDDED_PG_PORT: String(settings.pgPort),
    ...settings.env,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    log.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  void exited.then(() => log.end());
  return { baseUrl: `http://127.0.0.1:${settings.port}`, child, output: () => output, exited };
}

/** Waits until /health answers 200 (true) or the process exits (false): no deadline but the test's own timeout. */
export async function untilHealthy(product: OwnProduct): Promise<boolean> {
  let gone = false;
  void product.exited.then(() => (gone = true));
  for (;;) {
    if (gone) return false;
    if ((await health(product.baseUrl)) === 200) return true;
    await sleep(200);
  }
}

export async function health(baseUrl: string): Promise<number> {
  try {
    return (await fetch(`${baseUrl}/health`)).status;
  } catch {
    return 0;
  }
}

/** The embedded server's folder (under DATA_DIR, which these tests keep where the user postgres can reach it). */
export const clusterDir = (dataDir: string) => join(dataDir, 'pg');

/** The pid in postmaster.pid: the server running on the folder. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(clusterDir(dataDir), 'postmaster.pid'), 'utf8').split('\n')[0]);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

export async function untilGone(pid: number): Promise<void> {
  while (isAlive(pid)) await sleep(100);
}

/**
 * Stops the embedded server under a running API (fast shutdown) and returns a function that starts it again with
 * the very command line it had (read from /proc), as the same OS user, outside the API's control.
 */
export async function stopDatabase(dataDir: string): Promise<() => number> {
  const pid = postmasterPid(dataDir);
  const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  const owner = statSync(clusterDir(dataDir));
  process.kill(pid, 'SIGINT');
  await untilGone(pid);
  return () => {
    const ids = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
    const server = spawn(argv[0]!, argv.slice(1), { ...ids, detached: true, stdio: 'ignore', env: { ...process.env, LC_MESSAGES: 'C' } });
    server.unref();
    return server.pid!;
  };
}

/** The API's own command that creates a department administrator (docker/README.md), on the product's database. */
export function createAdmin(dataDir: string, pgPort: number, username: string, password: string): void {
  const secret = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'apps/api/dist/scripts/create-admin.js'), username, 'ผู้ดูแลทดสอบ'], {
    input: `${password}\n`,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `postgres://postgres:${encodeURIComponent(secret)}@127.0.0.1:${pgPort}/lao_platform` },
  });
  if (run.status !== 0) throw new Error(`create-admin failed: ${run.stderr}`);
}

/** One GraphQL call to a given product, answering the raw text too (to look for what must not leak). */
export async function call(baseUrl: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string } }[] };
  return { status: res.status, text, ...body };
}
