import type { AuditAction, AuditFilter, PlatformModule, UserLevel } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SqlParams } from '../registry/lao-filter';

/** One row to append, every field decided by the AuditService. */
export interface AuditInsert {
  actor: string;
  actorLevel: UserLevel | null;
  apiKeyName: string | null;
  action: AuditAction;
  module: PlatformModule | null;
  laoCode: string | null;
  /** Used when no LAO is named; with an LAO, its province is read from the registry in the same statement. */
  provinceCode: string | null;
  subjectType: string | null;
  subjectId: string | null;
  subjectIds: string[];
  subjectCount: number;
  purpose: string | null;
  detail: Record<string, unknown> | null;
}

export interface AuditRow {
  id: string;
  at: Date;
  /** `at` to the microsecond, ISO in UTC: the page cursor's first half (a JS Date keeps milliseconds only). */
  at_key: string;
  actor: string;
  actor_level: UserLevel | null;
  api_key_name: string | null;
  action: AuditAction;
  module: PlatformModule | null;
  lao_code: string | null;
  subject_type: string | null;
  subject_id: string | null;
  subject_count: number;
  purpose: string | null;
}

/** Which entries a caller may read: all, one province's (province_code), or one LAO's. */
export interface AuditScope {
  provinceCode?: string;
  laoCode?: string;
}

/** The (at, id) of the last row of a page. */
export interface AuditCursor {
  at: string;
  id: string;
}

/**
 * Every statement on audit_log, and only here. There is no UPDATE or DELETE: the table refuses them (trigger
 * `audit_log_append_only`).
 */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(manager: EntityManager, row: AuditInsert): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor, actor_level, api_key_name, action, module, lao_code, province_code,
                              subject_type, subject_id, subject_ids, subject_count, purpose, detail)
       VALUES ($1, $2, $3, $4, $5, $6::bpchar,
               coalesce((SELECT l.province_code FROM local_authority l WHERE l.code = $6::bpchar), $7),
               $8, $9, $10::text[], $11, $12, $13::jsonb)`,
      [
        row.actor,
        row.actorLevel,
        row.apiKeyName,
        row.action,
        row.module,
        row.laoCode,
        row.provinceCode,
        row.subjectType,
        row.subjectId,
        row.subjectIds,
        row.subjectCount,
        row.purpose,
        row.detail ? JSON.stringify(row.detail) : null,
      ],
    );
  }

  /** A page of entries, newest first (keyset on (at, id)), and the filter's count, run side by side. */
  async page(scope: AuditScope, filter: AuditFilter, limit: number, after: AuditCursor | null): Promise<{ rows: AuditRow[]; total: number }> {
    const params = new SqlParams();
    const where: string[] = [];
    if (scope.provinceCode) where.push(`province_code = ${params.add(scope.provinceCode)}::bpchar`);
    if (scope.laoCode) where.push(`lao_code = ${params.add(scope.laoCode)}::bpchar`);
    if (filter.provinceCode) where.push(`province_code = ${params.add(filter.provinceCode)}::bpchar`);
    if (filter.laoCode) where.push(`lao_code = ${params.add(filter.laoCode)}::bpchar`);
    if (filter.module) where.push(`module = ${params.add(filter.module)}`);
    if (filter.action) where.push(`action = ${params.add(filter.action)}`);
    if (filter.actor) where.push(`actor = ${params.add(filter.actor)}`);
    if (filter.subjectId) {
      const subject = params.add(filter.subjectId);
      where.push(`(subject_id = ${subject} OR subject_ids @> ARRAY[${subject}]::text[])`);
    }
    if (filter.from) where.push(`at >= ${params.add(filter.from)}::timestamptz`);
    if (filter.to) where.push(`at <= ${params.add(filter.to)}::timestamptz`);
    const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countParams = [...params.values];
    const keyset = after ? `(at, id) < (${params.add(after.at)}::timestamptz, ${params.add(after.id)}::bigint)` : null;
    const pageWhere = keyset ? (filtered ? `${filtered} AND ${keyset}` : `WHERE ${keyset}`) : filtered;
    const [rows, count] = await Promise.all([
      this.db.query(
        `SELECT id::text AS id, at, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key,
                actor, actor_level, api_key_name, action, module, lao_code, subject_type, subject_id, subject_count, purpose
           FROM audit_log ${pageWhere}
          ORDER BY at DESC, id DESC LIMIT ${params.add(limit + 1)}`,
        params.values,
      ) as Promise<AuditRow[]>,
      this.db.query(`SELECT count(*)::int AS n FROM audit_log ${filtered}`, countParams) as Promise<{ n: number }[]>,
    ]);
    return { rows, total: count[0]?.n ?? 0 };
  }
}
