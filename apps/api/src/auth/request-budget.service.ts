import { type Lang, translate } from '@lao/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Actor } from './actor';

/**
 * Rate limits per user and per API key: a fixed budget of requests per minute, counted in PostgreSQL
 * (request_counter) so every API replica spends from the same budget. The same rows are each key's usage.
 */
@Injectable()
export class RequestBudgetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one request of this caller; over the minute's budget it is refused (RATE_LIMITED) and counted as refused. */
  async spend(actor: Actor, lang: Lang): Promise<void> {
    const caller = callerKey(actor);
    if (!caller) return;
    const budget = actor.kind === 'apiKey' ? this.config.rateLimit.keyPerMinute : this.config.rateLimit.userPerMinute;
    // One statement: count the request, and count it refused when it is over the budget.
    const [row] = (await this.db.query(
      `INSERT INTO request_counter AS c (caller, minute, requests) VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (caller, minute) DO UPDATE SET requests = c.requests + 1,
              refusals = c.refusals + CASE WHEN c.requests + 1 > $2 THEN 1 ELSE 0 END
       RETURNING requests, 60 - extract(second FROM now())::int AS retry_after`,
      [caller, budget],
    )) as { requests: number; retry_after: number }[];
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
    await this.db.query(
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
