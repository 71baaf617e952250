import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

declare global {
  var __LAO_PRODUCT__: { process: ChildProcess; dataDir: string; log: WriteStream } | undefined;
}

const REPO_ROOT = resolve(__dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Starts the built product the way a user does, on a fresh embedded database (or on E2E_DATABASE_URL), and waits
 * for /health. Its output goes to tests/artifacts/product.log for when something fails.
 */
export default async function globalSetup(): Promise<void> {
  const main = join(REPO_ROOT, 'apps/api/dist/main.js');
  if (!existsSync(main) || !existsSync(join(REPO_ROOT, 'apps/web/dist/index.html'))) {
    throw new Error('The product is not built: run `pnpm build` first (pnpm test does)');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'lao-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const artifacts = join(REPO_ROOT, 'tests/artifacts');
  mkdirSync(artifacts, { recursive: true });
  const log = createWriteStream(join(artifacts, 'product.log'));

  const pgPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
  };
  if (process.env.E2E_DATABASE_URL) {
    env.DATABASE_URL = process.env.E2E_DATABASE_URL;
    env.DEMO_MODE = 'true';
    env.AUTH_SECRET = 'e2e-secret-that-is-long-enough-for-hs256-signing';
  } else {
    delete env.DATABASE_URL;
  }
  const child = spawn(process.execPath, [main], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  globalThis.__LAO_PRODUCT__ = { process: child, dataDir, log };

  const baseUrl = `http://127.0.0.1:${port}`;
  // The first start seeds the whole demo (about 1½ minutes on a loaded 2-core machine): wait generously.
  const deadline = Date.now() + 300_000;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  for (;;) {
    if (exited !== null) throw new Error(`The product exited with ${exited} while starting; see tests/artifacts/product.log`);
    if (Date.now() > deadline) throw new Error('The product did not answer /health within 2 minutes; see tests/artifacts/product.log');
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  process.env.E2E_BASE_URL = baseUrl;
  // The product's own database, for the tests of its command-line tools.
  // The embedded server's superuser password is random, kept beside the demo secret (pg-password).
  process.env.E2E_PRODUCT_DATABASE_URL =
    env.DATABASE_URL ??
    `postgres://postgres:${encodeURIComponent(readFileSync(join(dataDir, 'pg-password'), 'utf8').trim())}@127.0.0.1:${pgPort}/lao_platform`;
}
