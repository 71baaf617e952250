import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDataSource } from '../database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres';
import { seedDemoData } from '../demo/demo-seed';

export const TEMPLATE_DATABASE = 'lao_test_template';

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
 * starts in a fresh temporary folder. The template database gets every migration and the demo data once.
 */
export default async function globalSetup(): Promise<void> {
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

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const db = await openDataSource(withDatabase(adminUrl, TEMPLATE_DATABASE));
  try {
    await db.runMigrations({ transaction: 'each' });
    await seedDemoData(db);
  } finally {
    await db.destroy();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
