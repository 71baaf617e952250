import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';

/**
 * How password guessing is bounded. The unit is the (username, address) pair, so a guesser locks out only itself:
 * the account's owner, elsewhere or behind the same office NAT with a clean pair, still logs in.
 * - A pair gets `perPair` checks; after that each further check waits 1, 2, 4 … minutes (at most 15).
 * - A username that failed `perUsername` times in the hour from all addresses together (a distributed guess), or an
 *   address that failed on `perAddress` distinct usernames in the hour (spraying), leaves each pair only one check
 *   before the waits start: guessing slows to a crawl, yet a clean pair's correct password is still accepted.
 * - A pair forgets its failures after an hour without attempts; a success clears it.
 */
export const LOGIN_LIMITS = {
  perPair: 5,
  perUsername: 50,
  perAddress: 30,
  windowSeconds: 3600,
  firstWaitSeconds: 60,
  maxWaitSeconds: 15 * 60,
} as const;

/** The reserved check of one login attempt, handed back to record its outcome. */
export interface LoginCheck {
  username: string;
  address: string;
  /** The pair had no failure before this attempt (it counts once towards the address's distinct usernames). */
  firstOfPair: boolean;
}

export interface PairRow {
  failures: number;
  blocked_until: Date | null;
  last_attempt_at: Date;
  now: Date;
}

/**
 * Counts live in PostgreSQL, shared by every replica. A check is reserved (counted as a failure) under the pair's
 * row lock BEFORE the password is verified, so parallel guesses cannot all slip past the count: at most `perPair`
 * verifications run for a pair, however many arrive at once. A refused caller learns nothing about the password.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Reserves one check for the pair, or refuses with RATE_LIMITED and the seconds to wait. */
  async reserve(username: string, address: string): Promise<LoginCheck> {
    const pair = pairKey(username, address);
    const outcome = await this.db.transaction(async (manager) => {
      const freeChecks = (await this.underAttack(manager, username, address)) ? 1 : LOGIN_LIMITS.perPair;
      await manager.query(`INSERT INTO login_throttle (key, failures) VALUES ($1, 0) ON CONFLICT (key) DO NOTHING`, [pair]);
      const [row] = (await manager.query(
        `SELECT failures, blocked_until, last_attempt_at, clock_timestamp() AS now FROM login_throttle WHERE key = $1 FOR UPDATE`,
        [pair],
      )) as PairRow[];
      // clock_timestamp(), not now(): a caller that waited for the lock began before the one it waited for.
      const next = nextCheck(row!, freeChecks);
      if (!next.allowed) return next;
      await manager.query(`UPDATE login_throttle SET failures = $2, blocked_until = $3, last_attempt_at = now() WHERE key = $1`, [
        pair,
        next.failures,
        next.blockedUntil,
      ]);
      return next;
    });
    if (!outcome.allowed) {
      throw new AppError('RATE_LIMITED', 'auth.rateLimited', { seconds: outcome.retryAfterSeconds }, { retryAfterSeconds: outcome.retryAfterSeconds });
    }
    return { username, address, firstOfPair: outcome.failures === 1 };
  }

  /** The reserved check failed: it stays counted on the pair, and counts for the username and the address. */
  async recordFailure(check: LoginCheck): Promise<void> {
    const keys = [userKey(check.username), ...(check.firstOfPair ? [addressKey(check.address)] : [])];
    await this.db.query(
      `INSERT INTO login_throttle (key, failures, window_start) SELECT unnest($1::text[]), 1, now()
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start > now() - make_interval(secs => $2) THEN login_throttle.failures + 1 ELSE 1 END,
         window_start = CASE WHEN login_throttle.window_start > now() - make_interval(secs => $2) THEN login_throttle.window_start ELSE now() END,
         last_attempt_at = now()`,
      [keys, LOGIN_LIMITS.windowSeconds],
    );
    // Guessers leave rows behind (any username, any address): forget a few stale ones each time, a day on.
    await this.db.query(
      `DELETE FROM login_throttle WHERE key IN (
         SELECT key FROM login_throttle WHERE last_attempt_at < now() - interval '1 day' AND (blocked_until IS NULL OR blocked_until < now()) LIMIT 100)`,
    );
  }

  /** The password was right: the pair starts afresh. The username's hourly count stays (an attack may go on). */
  async recordSuccess(check: LoginCheck): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE key = $1`, [pairKey(check.username, check.address)]);
  }

  /** The username is guessed at from many addresses, or the address sprays many usernames, within the hour. */
  private async underAttack(manager: EntityManager, username: string, address: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM login_throttle
        WHERE window_start > now() - make_interval(secs => $3)
          AND ((key = $1 AND failures >= $4::int) OR (key = $2 AND failures >= $5::int))`,
      [userKey(username), addressKey(address), LOGIN_LIMITS.windowSeconds, LOGIN_LIMITS.perUsername, LOGIN_LIMITS.perAddress],
    );
    return rows.length > 0;
  }
}

/**
 * One more check for a pair that has had `row.failures` since it was last cleared: refused while it waits, else
 * counted, and once the free checks are used, the wait before the next: 1, 2, 4 … minutes, at most 15.
 */
export function nextCheck(
  row: PairRow,
  freeChecks: number,
): { allowed: false; retryAfterSeconds: number } | { allowed: true; failures: number; blockedUntil: Date | null } {
  const now = new Date(row.now).getTime();
  if (row.blocked_until && new Date(row.blocked_until).getTime() > now) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((new Date(row.blocked_until).getTime() - now) / 1000)) };
  }
  const forgotten = new Date(row.last_attempt_at).getTime() < now - LOGIN_LIMITS.windowSeconds * 1000;
  const failures = (forgotten ? 0 : row.failures) + 1;
  if (failures < freeChecks) return { allowed: true, failures, blockedUntil: null };
  // The exponent is capped so a pair guessed at for months never overflows.
  const wait = Math.min(LOGIN_LIMITS.maxWaitSeconds, LOGIN_LIMITS.firstWaitSeconds * 2 ** Math.min(failures - freeChecks, 16));
  return { allowed: true, failures, blockedUntil: new Date(now + wait * 1000) };
}

const pairKey = (username: string, address: string) => `p:${username}\n${address}`;
const userKey = (username: string) => `u:${username}`;
const addressKey = (address: string) => `a:${address}`;
