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

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const url = (db.options as PostgresConnectionOptions).url;
    this.pool = url
      ? new Pool({
          connectionString: url,
          max: COUNTER_POOL_SIZE,
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

  /** Counts one request of this caller; over the minute's budget it is refused (RATE_LIMITED) and counted as refused. */
  async spend(actor: Actor, lang: Lang): Promise<void> {
    const caller = callerKey(actor);
    if (!caller) return;
    const budget = actor.kind === 'apiKey' ? this.config.rateLimit.keyPerMinute : this.config.rateLimit.userPerMinute;
    // One statement: count the request, and count it refused when it is over the budget.
    const [row] = (
      await this.counters.query(
        `INSERT INTO request_counter AS c (caller, minute, requests) VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (caller, minute) DO UPDATE SET requests = c.requests + 1,
              refusals = c.refusals + CASE WHEN c.requests + 1 > $2 THEN 1 ELSE 0 END
       RETURNING requests, 60 - extract(second FROM now())::int AS retry_after`,
        [caller, budget],
      )
    ).rows as { requests: number; retry_after: number }[];
    if (row && row.requests > budget) {
      const seconds = Math.max(1, row.retry_after);
      throw new GraphQLError(translate('rate.limited', lang, { seconds }), {
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
      });
    }
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

function callerKey(actor: Actor): string | null {
  if (actor.kind === 'user') return `user:${actor.id}`;
  if (actor.kind === 'apiKey') return `key:${actor.id}`;
  return null;
}
