import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A server left running on our cluster folder: `kill -9` of the API leaves its PostgreSQL child alive (it holds
 * postmaster.pid and the port), and PostgreSQL then refuses a second server on the same files. Before a start we
 * stop that server cleanly (fast shutdown: open transactions roll back, nothing is lost that was committed) and
 * say so. Returns what was done, for the start-up log.
 */
export async function stopStaleServer(pgDir: string, log: (line: string) => void): Promise<'none' | 'stopped' | 'removed-stale-lock'> {
  const lockFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return 'none';
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return 'none';
  if (!isPostgresOn(pid, pgDir)) {
    // The pid is gone or now belongs to another program (pids are reused after a reboot or in containers):
    // PostgreSQL would refuse to start while the file names a live process, so the stale file goes.
    if (isAlive(pid)) {
      rmSync(lockFile, { force: true });
      log(`Removed a stale ${lockFile} (pid ${pid} is no longer a PostgreSQL of this folder)`);
      return 'removed-stale-lock';
    }
    return 'none';
  }
  log(`A PostgreSQL (pid ${pid}) from an earlier start is still running on ${pgDir} (the API was killed): stopping it`);
  // Fast shutdown first; immediate shutdown (crash recovery at the next start, still no committed data lost) only if
  // it has not gone after a minute, so a start never hangs for ever behind a stuck server.
  for (const [signal, patience] of [['SIGINT', 60_000], ['SIGQUIT', 30_000], ['SIGKILL', 30_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
    if (await gone(pid, patience)) {
      log(`Stopped the earlier PostgreSQL (pid ${pid}); starting a new one on the same files`);
      return 'stopped';
    }
  }
  throw new Error(`A PostgreSQL (pid ${pid}) is still running on ${pgDir} and did not stop: stop it (kill -INT ${pid}) and start again.`);
}

/** Whether `pid` is a postgres server on `pgDir` (its command line names the folder). */
function isPostgresOn(pid: number, pgDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.some((a) => /(^|\/)postgres$/.test(a)) && args.includes(pgDir);
  } catch {
    // No /proc (macOS): trust the lock file, as PostgreSQL itself does.
    return true;
  }
}

/** Alive and not a zombie (an orphaned server's exit may be reaped late, or never, by a container's pid 1). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
}

async function gone(pid: number, patience: number): Promise<boolean> {
  const until = Date.now() + patience;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}
