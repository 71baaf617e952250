import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';

/** Failures allowed per window, per username and per client address (an address may try several usernames). */
export const LOGIN_LIMITS = { perUsername: 5, perAddress: 30, windowSeconds: 15 * 60 } as const;

/**
 * Slows down password guessing. Counts live in PostgreSQL so all replicas share them; a success clears the
 * username's count. Checked before the password is verified, so a blocked caller learns nothing.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async assertAllowed(username: string, address: string): Promise<void> {
    const rows: { key: string; failures: number; retry_after: number }[] = await this.db.query(
      `SELECT key, failures, ceil(extract(epoch FROM window_start + make_interval(secs => $3) - now()))::int AS retry_after
         FROM login_throttle
        WHERE key = ANY($1) AND window_start > now() - make_interval(secs => $3) AND failures >= $2::int
          AND (key LIKE 'user:%' OR failures >= $4::int)`,
      [this.keys(username, address), LOGIN_LIMITS.perUsername, LOGIN_LIMITS.windowSeconds, LOGIN_LIMITS.perAddress],
    );
    const blocked = rows[0];
    if (blocked) {
      throw new AppError('RATE_LIMITED', 'auth.rateLimited', { seconds: Math.max(1, blocked.retry_after) }, {
        retryAfterSeconds: Math.max(1, blocked.retry_after),
      });
    }
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await this.db.query(
      `INSERT INTO login_throttle (key, failures, window_start)
       SELECT unnest($1::text[]), 1, now()
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start > now() - make_interval(secs => $2)
                         THEN login_throttle.failures + 1 ELSE 1 END,
         window_start = CASE WHEN login_throttle.window_start > now() - make_interval(secs => $2)
                             THEN login_throttle.window_start ELSE now() END`,
      [this.keys(username, address), LOGIN_LIMITS.windowSeconds],
    );
  }

  async recordSuccess(username: string): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE key = $1`, [`user:${username}`]);
  }

  private keys(username: string, address: string): string[] {
    return [`user:${username}`, `addr:${address}`];
  }
}
