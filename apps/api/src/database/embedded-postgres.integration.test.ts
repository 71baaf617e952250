import { chmodSync, cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../testing/global-setup';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { packagedBinaries, SHARED_ROOT } from './postgres-files';

/** The embedded server as `pnpm start` runs it: its own folder, a random password, a start after a crash. */
describe('embedded PostgreSQL', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  function folder(mode = 0o755): string {
    const dir = mkdtempSync(join(tmpdir(), 'lao-embedded-'));
    chmodSync(dir, mode);
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  async function started(server: EmbeddedDatabase): Promise<EmbeddedDatabase> {
    cleanup.push(() => server.stop());
    return server;
  }

  async function answers(url: string): Promise<number> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one;
    } finally {
      await client.end();
    }
  }

  async function passwordCode(port: number, password: string): Promise<string | undefined> {
    const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
    try {
      await client.connect();
      await client.end();
      return undefined;
    } catch (error) {
      return (error as { code?: string }).code;
    }
  }

  it('runs from binaries and a data folder under a fresh 0700 folder (as root the server runs as the user postgres)', async () => {
    const secret = folder(0o700);
    const binaries = join(secret, 'native');
    cpSync(packagedBinaries().dir, binaries, { recursive: true, verbatimSymlinks: true });
    const lines: string[] = [];
    const server = await started(
      await startEmbeddedPostgres({ dir: join(secret, 'clone/.data'), port: await freePort(), database: 'lao_platform', binaries, log: (l) => lines.push(l) }),
    );
    if (server.pgDir.startsWith(SHARED_ROOT)) cleanup.push(() => rmSync(dirname(server.pgDir), { recursive: true, force: true }));
    expect(await answers(server.url)).toBe(1);
    if (userInfo().uid === 0) {
      // Nothing the server needs is left where the user postgres cannot reach it; the log says where it went.
      expect(server.pgDir.startsWith(`${SHARED_ROOT}/`)).toBe(true);
      expect(lines.join('\n')).toMatch(/cannot reach .*(copying|using) the PostgreSQL binaries/);
      expect(lines.join('\n')).toMatch(/database files are kept in/);
    }
  });

  it('stops a server left running on its folder by a killed start, and says so', async () => {
    const dir = folder();
    const port = await freePort();
    const first = await started(await startEmbeddedPostgres({ dir, port, database: 'lao_platform' }));
    // `first` is never stopped here: as after `kill -9` of the API, its server still holds the folder and the port.
    const lines: string[] = [];
    const second = await started(await startEmbeddedPostgres({ dir, port, database: 'lao_platform', log: (l) => lines.push(l) }));
    expect(lines.join('\n')).toMatch(/still running on .*stopping it[\s\S]*Stopped the earlier PostgreSQL/);
    await first.stop(); // resolves at once: that server has exited
    expect(await answers(second.url)).toBe(1);
  });

  it('keeps a random superuser password beside the data (0600), and moves an old postgres/postgres cluster to it', async () => {
    const dir = folder();
    const port = await freePort();
    let server = await startEmbeddedPostgres({ dir, port, database: 'lao_platform' });
    expect(await passwordCode(port, 'postgres')).toBe('28P01');
    expect(statSync(join(dir, 'pg-password')).mode & 0o777).toBe(0o600);
    // A cluster made before the random password: its superuser still has the well-known one.
    const admin = new Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`ALTER ROLE postgres PASSWORD 'postgres'`);
    await admin.end();
    await server.stop();
    server = await started(await startEmbeddedPostgres({ dir, port, database: 'lao_platform' }));
    expect(await passwordCode(port, 'postgres')).toBe('28P01');
    expect(await answers(server.url)).toBe(1);
  });

  it('says which setting to change when its port is taken by another program', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    await expect(startEmbeddedPostgres({ dir: folder(), port, database: 'lao_platform' })).rejects.toThrow(/port is taken .*EMBEDDED_PG_PORT/);
  });
});
