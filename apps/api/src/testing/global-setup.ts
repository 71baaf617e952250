import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDataSource } from '../database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres';

/** Every migration and nothing else: the real provinces and districts, the INFO and e-Service catalogues. */
export const TEMPLATE_DATABASE = 'lao_test_template';
/** The template plus the demo seed (7,853 LAOs, their accounts, the partner key, INFO and e-Service demo data). */
export const DEMO_TEMPLATE_DATABASE = 'lao_test_demo';
const DEMO_BUILD_DATABASE = `${DEMO_TEMPLATE_DATABASE}_building`;
/** Advisory lock key under which one jest worker builds the demo template while the others wait. */
const DEMO_TEMPLATE_LOCK = 7_152_027;

declare global {
  // Shared with global-teardown.ts (same process).
  var __LAO_TEST_PG__: { server?: EmbeddedDatabase; dir?: string } | undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * One PostgreSQL for the whole run. Without TEST_DATABASE_URL (an external server's admin URL) the embedded one
 * starts in a fresh temporary folder. The template database gets every migration, and no demo data: tests build
 * the rows they need with factories.ts.
 *
 * The demo template is built lazily, by the first `startTestApp({ demo: true })` (ensureDemoTemplate): only the demo
 * seed's own test needs it, and seeding takes ~40 s (~60–100 s inside a jest worker's sandbox), so a run of other
 * files does not pay for it. That test's beforeAll allows for the seed. LAO_TEST_DEMO_TEMPLATE=eager builds it here
 * instead, before any test starts.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  let adminUrl = process.env.TEST_DATABASE_URL;
  globalThis.__LAO_TEST_PG__ = {};
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'lao-api-tests-'));
    chmodSync(dir, 0o755); // the server runs as the OS user postgres
    const server = await startEmbeddedPostgres({ dir, port: await freePort(), database: 'postgres' });
    globalThis.__LAO_TEST_PG__ = { server, dir };
    adminUrl = server.url;
  }
  process.env.LAO_TEST_ADMIN_URL = adminUrl;

  await withAdmin(adminUrl, async (admin) => {
    // An external server may keep templates of an earlier run, built from other migrations or another seed.
    for (const database of [DEMO_TEMPLATE_DATABASE, DEMO_BUILD_DATABASE, TEMPLATE_DATABASE]) {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const db = await openDataSource(withDatabase(adminUrl, TEMPLATE_DATABASE));
  try {
    await db.runMigrations({ transaction: 'each' });
  } finally {
    await db.destroy();
  }
  if (process.env.LAO_TEST_DEMO_TEMPLATE === 'eager') await ensureDemoTemplate(adminUrl);
  if (process.env.LAO_TEST_LOG === '1') console.log(`\nTest templates ready in ${Date.now() - started} ms`);
}

/**
 * The demo template, built once per run (a no-op once built): the first caller clones the migrated template and
 * seeds it under an advisory lock, while callers in other jest workers wait on the lock and then find it built. It
 * is seeded under another name and renamed when complete, so a half-built template is never cloned.
 */
export async function ensureDemoTemplate(adminUrl: string): Promise<void> {
  await withAdmin(adminUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [DEMO_TEMPLATE_LOCK]);
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DEMO_TEMPLATE_DATABASE]);
      if (found.rowCount) return;
      await admin.query(`DROP DATABASE IF EXISTS ${DEMO_BUILD_DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${DEMO_BUILD_DATABASE} TEMPLATE ${TEMPLATE_DATABASE}`);
      // Loaded only to build it: a run that needs no demo data never loads the seed.
      const { seedDemoData } = await import('../demo/demo-seed');
      const db = await openDataSource(withDatabase(adminUrl, DEMO_BUILD_DATABASE));
      try {
        await seedDemoData(db);
      } finally {
        await db.destroy();
      }
      await admin.query(`ALTER DATABASE ${DEMO_BUILD_DATABASE} RENAME TO ${DEMO_TEMPLATE_DATABASE}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [DEMO_TEMPLATE_LOCK]);
    }
  });
}

export async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
