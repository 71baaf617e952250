import { type Lang, translate } from '@lao/domain';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Actor } from './actor';

/** Connections of the counters' own pool: one short statement per request, no transaction around it. */
const COUNTER_POOL_SIZE = 4;

/**
 * Rate limits per user and per API key: a fixed budget of requests per minute, counted in PostgreSQL
 * (request_counter) so every API replica spends from the same budget. The same rows are each key's usage.
 *
 * The counters are written through a small pool of their own with `synchronous_commit = off`: every authenticated
 * request writes one, and waiting for its WAL flush was most of a small read's time (4 ms of 5 on a busy disk; 0.6
 * without). What that risks is a server crash losing the last fraction of a second of counts, which a rate budget and
 * a usage figure can afford; the counts stay exact and shared by every replica while the server runs, and no other
 * data is written on this pool.
 */
@Injectable()
export class RequestBudgetService implements OnModuleDestroy {
  private readonly counters: { query(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };
  private readonly pool: Pool | null;
  /** Per caller with a statement in flight: the requests waiting for the next one. */
  private readonly lines = new Map<string, CallerLine>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const url = (db.options as PostgresConnectionOptions).url;
    this.pool = url
      ? new Pool({
          connectionString: url,
          max: COUNTER_POOL_SIZE,
          // Kept open when idle: a fresh backend (connection, authentication, cold caches) made the first request
          // after a quiet spell tens of milliseconds slower (database/data-source.ts keeps the main pool's the same way).
          min: COUNTER_POOL_SIZE,
          application_name: 'lao-platform-api-counters',
          connectionTimeoutMillis: config.poolWaitMs,
          options: `-c synchronous_commit=off -c statement_timeout=${Math.trunc(config.statementTimeoutMs)}`,
        })
      : null;
    // An idle connection dropped by the server (a restart) is an 'error' event: the next request reconnects.
    this.pool?.on('error', () => undefined);
    this.counters = this.pool ?? { query: async (text, values) => ({ rows: (await db.query(text, values)) as unknown[] }) };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.end();
  }

  /**
   * Counts one request of this caller; over the minute's budget it is refused (RATE_LIMITED) and counted as refused.
   *
   * One statement at a time per caller on this process: requests of a caller arriving while its statement is in
   * flight wait together and are counted by the next one (`requests + n`). The counts stay exact and shared with
   * every replica (each statement adds what it carries, atomically in its row); what changes is that 32 requests of
   * one partner at once cost a couple of statements instead of 32 (the counter was a round trip and a PostgreSQL
   * write per request, the largest cost of a small read after the JWT). A lone request is sent at once, as before.
   */
  spend(actor: Actor, lang: Lang): Promise<void> {
    const caller = callerKey(actor);
    if (!caller) return Promise.resolve();
    const budget = actor.kind === 'apiKey' ? this.config.rateLimit.keyPerMinute : this.config.rateLimit.userPerMinute;
    let line = this.lines.get(caller);
    if (!line) this.lines.set(caller, (line = { inFlight: false, waiting: [] }));
    const position = new Promise<number>((resolve, reject) => line.waiting.push({ resolve, reject }));
    if (!line.inFlight) void this.drain(caller, line, budget);
    return position.then((seconds) => {
      if (seconds > 0) throw rateLimited(seconds, lang);
    });
  }

  /** Sends this caller's waiting requests as one statement, then the ones that arrived meanwhile, until none wait. */
  private async drain(caller: string, line: CallerLine, budget: number): Promise<void> {
    line.inFlight = true;
    while (line.waiting.length > 0) {
      const batch = line.waiting.splice(0);
      try {
        const [row] = (
          await this.counters.query(
            // The refusals are those of the batch past the budget: the same count as one statement per request.
            `INSERT INTO request_counter AS c (caller, minute, requests, refusals)
                  VALUES ($1, date_trunc('minute', now()), $3::int, GREATEST(0, LEAST($3::int, $3::int - $2::int)))
             ON CONFLICT (caller, minute) DO UPDATE SET requests = c.requests + $3::int,
                    refusals = c.refusals + GREATEST(0, LEAST($3::int, c.requests + $3::int - $2::int))
             RETURNING requests, 60 - extract(second FROM now())::int AS retry_after`,
            [caller, budget, batch.length],
          )
        ).rows as { requests: number; retry_after: number }[];
        // The batch's requests are counted in arrival order: the k-th of n is request number requests - n + k.
        const first = (row?.requests ?? 0) - batch.length + 1;
        const seconds = Math.max(1, row?.retry_after ?? 60);
        batch.forEach((waiter, k) => waiter.resolve(first + k > budget ? seconds : 0));
      } catch (error) {
        for (const waiter of batch) waiter.reject(error);
      }
    }
    line.inFlight = false;
    this.lines.delete(caller);
  }

  /** A request of an API key refused for its rights or scope: shown as a refusal in the key's usage. */
  async refused(actor: Actor): Promise<void> {
    if (actor.kind !== 'apiKey') return;
    await this.counters.query(
      `INSERT INTO request_counter AS c (caller, minute, refusals) VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (caller, minute) DO UPDATE SET refusals = c.refusals + 1`,
      [callerKey(actor)],
    );
  }
}

interface CallerLine {
  inFlight: boolean;
  /** Each resolves to 0 (within budget) or the seconds until the next minute (refused). */
  waiting: { resolve: (retryAfterSeconds: number) => void; reject: (error: unknown) => void }[];
}

function rateLimited(seconds: number, lang: Lang): GraphQLError {
  return new GraphQLError(translate('rate.limited', lang, { seconds }), {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
  });
}

function callerKey(actor: Actor): string | null {
  if (actor.kind === 'user') return `user:${actor.id}`;
  if (actor.kind === 'apiKey') return `key:${actor.id}`;
  return null;
}
