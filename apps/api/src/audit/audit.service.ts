import { type AuditAction, auditFilterSchema, type PlatformModule } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, actorLabel } from '../auth/actor';
import { AppError, badInput, parseInput } from '../common/app-error';
import { type Connection, type PageArgs, pageWindow, toConnection } from '../common/paging';
import { findLaoScope } from '../registry/lao-lookup';
import type { AuditEntry, AuditFilter } from './audit.models';
import { type AuditCursor, AuditRepository, type AuditRow, type AuditScope } from './audit.repository';

/** What a caller records; who recorded it (actor, level, key name) is taken from the Actor. */
export interface AuditEntryInput {
  action: AuditAction;
  module?: PlatformModule | null;
  /** The LAO the entry concerns; its province is stored beside it (from the registry). */
  laoCode?: string | null;
  /** The province an entry without an LAO concerns (a province's certify-all, a province's extension). */
  provinceCode?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Every subject concerned (a read: each record shown). Default: [subjectId] when one is given. */
  subjectIds?: string[];
  /** Default: the number of subjectIds. */
  subjectCount?: number;
  purpose?: string | null;
  /** Before and after, and other particulars; kept in the table, never answered to clients. */
  detail?: Record<string, unknown>;
}

/** A failed login's actor: the username tried, never more than the column's 64 characters of it. */
export function attemptedUsername(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : '';
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001F\u007F]/g, '').trim().toLowerCase().slice(0, 64);
  return clean || '(blank)';
}

/**
 * The append-only audit trail. `record` writes inside the caller's transaction, so a change and its entry commit
 * together (or neither); `recordNow` commits an entry on its own, for reads (before the answer leaves) and refusals
 * (which commit although the request fails). `trail` answers the `auditTrail` query within the caller's scope.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  async record(manager: EntityManager, actor: Actor, e: AuditEntryInput): Promise<void> {
    const subjectIds = e.subjectIds ?? (e.subjectId ? [e.subjectId] : []);
    await this.audit.insert(manager, {
      actor: actorLabel(actor),
      actorLevel: actor.kind === 'user' ? actor.level : null,
      apiKeyName: actor.kind === 'apiKey' ? actor.name : null,
      action: e.action,
      module: e.module ?? null,
      laoCode: e.laoCode ?? null,
      provinceCode: e.provinceCode ?? null,
      subjectType: e.subjectType ?? null,
      subjectId: e.subjectId ?? null,
      subjectIds,
      subjectCount: e.subjectCount ?? subjectIds.length,
      purpose: e.purpose ?? null,
      detail: e.detail ?? null,
    });
  }

  /** An entry in its own short transaction: committed whatever happens to the request afterwards. */
  recordNow(actor: Actor, entry: AuditEntryInput): Promise<void> {
    return this.db.transaction((manager) => this.record(manager, actor, entry));
  }

  /** A failed login: the username tried (lower case, at most 64 characters) as the actor; never the password. */
  async loginFailed(username: unknown, detail: Record<string, unknown> = {}): Promise<void> {
    await this.db.transaction((manager) =>
      this.audit.insert(manager, {
        actor: attemptedUsername(username),
        actorLevel: null,
        apiKeyName: null,
        action: 'LOGIN_FAILED',
        module: null,
        laoCode: null,
        provinceCode: null,
        subjectType: null,
        subjectId: null,
        subjectIds: [],
        subjectCount: 0,
        purpose: null,
        detail,
      }),
    );
  }

  /**
   * `auditTrail`: the department reads every entry, a province user its province's (province_code), an LAO user its
   * own LAO's; API keys are refused. A filter reaching outside the caller's scope is FORBIDDEN and recorded
   * (ACCESS_DENIED, committed); every answer is recorded (READ_PERSONAL on AUDIT_TRAIL, with the entries shown).
   */
  async trail(actor: Actor, rawFilter: AuditFilter | null | undefined, page: PageArgs): Promise<Connection<AuditEntry>> {
    if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'auth.required');
    const filter = parseInput(auditFilterSchema, rawFilter ?? {});
    const { limit, afterKey } = pageWindow(page);
    const after = afterKey === null ? null : parseCursor(afterKey);
    const scope = await this.scopeOf(actor, filter);
    if (!scope) {
      await this.recordNow(actor, {
        action: 'ACCESS_DENIED',
        subjectType: 'AUDIT_TRAIL',
        subjectId: filter.laoCode ?? filter.provinceCode ?? null,
        subjectIds: [],
        detail: { filter: describeFilter(filter) },
      });
      throw new AppError('FORBIDDEN', actor.kind === 'apiKey' ? 'audit.apiKeyRefused' : 'audit.outsideScope');
    }
    const { rows, total } = await this.audit.page(scope, filter, limit, after);
    const connection = toConnection(rows.map(toEntry), limit, total, (entry) => cursorOf(entry));
    const shown = connection.edges.map((e) => e.node.id);
    await this.recordNow(actor, {
      action: 'READ_PERSONAL',
      laoCode: filter.laoCode ?? scope.laoCode ?? null,
      provinceCode: filter.provinceCode ?? scope.provinceCode ?? null,
      subjectType: 'AUDIT_TRAIL',
      subjectIds: shown,
      subjectCount: shown.length,
      detail: { filter: describeFilter(filter), first: limit, after: afterKey },
    });
    return connection;
  }

  /** The rows this caller may read with this filter; null when the filter reaches outside the caller's scope. */
  private async scopeOf(actor: Exclude<Actor, { kind: 'anonymous' }>, filter: ReturnType<typeof auditFilterSchema.parse>): Promise<AuditScope | null> {
    if (actor.kind === 'apiKey') return null;
    if (actor.level === 'DEPARTMENT') return {};
    if (actor.level === 'PROVINCE') {
      const province = actor.scopeCode;
      if (!province || (filter.provinceCode && filter.provinceCode !== province)) return null;
      if (filter.laoCode && (await findLaoScope(this.db, filter.laoCode))?.provinceCode !== province) return null;
      return { provinceCode: province };
    }
    const lao = actor.scopeCode;
    if (!lao || (filter.laoCode && filter.laoCode !== lao)) return null;
    if (filter.provinceCode && (await findLaoScope(this.db, lao))?.provinceCode !== filter.provinceCode) return null;
    return { laoCode: lao };
  }
}

/** The filter as recorded with a read or a refusal (dates as ISO strings, only what was given). */
function describeFilter(filter: ReturnType<typeof auditFilterSchema.parse>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : String(v)]),
  );
}

function toEntry(row: AuditRow): AuditEntry & { atKey: string } {
  return {
    id: row.id,
    at: row.at,
    atKey: row.at_key,
    actor: row.actor,
    actorLevel: row.actor_level,
    apiKeyName: row.api_key_name,
    action: row.action,
    module: row.module,
    laoCode: row.lao_code,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectCount: row.subject_count,
    purpose: row.purpose,
  };
}

const cursorOf = (entry: AuditEntry & { atKey: string }) => `${entry.atKey}|${entry.id}`;

function parseCursor(key: string): AuditCursor {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|(\d{1,18})$/.exec(key);
  if (!match || Number.isNaN(Date.parse(match[1]!))) throw badInput('input.badCursor');
  return { at: match[1]!, id: match[2]! };
}

