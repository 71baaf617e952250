import type { CertificationAction, CertificationModule, CertificationStatus, LaoSort } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { LaoScope } from '../auth/access-policy.service';
import { queryLaoPage, SqlParams } from '../registry/lao-filter';
import { querySortedLaoPage } from '../registry/lao-sort';
import type { SubmissionEvent } from './certification.models';

/** A submission row as stored, with its LAO's province. */
export interface SubmissionRow {
  id: string;
  module: CertificationModule;
  lao_code: string;
  province_code: string;
  fiscal_year: number;
  status: CertificationStatus;
  complete: boolean;
  recorded_count: number;
  lao_certified_at: Date | null;
  province_certified_at: Date | null;
  updated_at: Date | null;
}

/** WHERE conditions on local_authority `l` (and submission `s`), with their parameters added to `params`. */
export type LaoConditions = (params: SqlParams) => string[];

export interface SubmissionKey {
  module: CertificationModule;
  fiscalYear: number;
}

/**
 * Every statement on `submission` and `submission_event`, and only here (the counts over the registry aside:
 * progress.repository.ts): modules never touch these tables; they go through the workflow
 * (submission-workflow.service.ts), which is the only writer.
 */
@Injectable()
export class SubmissionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Locks the submission for the rest of the transaction, creating it as a DRAFT on first use. Every change of a
   * submission (its data or its status) starts here, which is what serializes concurrent writers. An existing one (the
   * usual case) is locked in one statement; a missing one is inserted (a concurrent first insert wins, ON CONFLICT)
   * and then locked by a second look, whose new snapshot sees whichever insert won.
   */
  async lock(manager: EntityManager, key: SubmissionKey, lao: LaoScope): Promise<SubmissionRow> {
    const select = () =>
      manager.query(
        `SELECT s.*, $4::text AS province_code FROM submission s
          WHERE s.module = $1 AND s.lao_code = $2 AND s.fiscal_year = $3 FOR UPDATE`,
        [key.module, lao.code, key.fiscalYear, lao.provinceCode],
      ) as Promise<SubmissionRow[]>;
    const [existing] = await select();
    if (existing) return existing;
    await manager.query(
      `INSERT INTO submission (module, lao_code, fiscal_year) VALUES ($1, $2, $3)
       ON CONFLICT (module, lao_code, fiscal_year) DO NOTHING`,
      [key.module, lao.code, key.fiscalYear],
    );
    return (await select())[0]!;
  }

  /** One submission (a DRAFT that was never started is answered as such, without writing anything). */
  async find(key: SubmissionKey, lao: LaoScope): Promise<SubmissionRow> {
    const rows: SubmissionRow[] = await this.db.query(
      `SELECT s.*, $4::text AS province_code FROM submission s WHERE s.module = $1 AND s.lao_code = $2 AND s.fiscal_year = $3`,
      [key.module, lao.code, key.fiscalYear, lao.provinceCode],
    );
    return rows[0] ?? notStarted(key, lao);
  }

  /** Status and counters of many LAOs' submissions of one module and year, by LAO code (not started: absent). */
  async findMany(key: SubmissionKey, laoCodes: string[]): Promise<Map<string, Pick<SubmissionRow, 'status' | 'complete' | 'recorded_count'>>> {
    if (laoCodes.length === 0) return new Map();
    // LAO codes are char(7): the array is cast to bpchar[] so PostgreSQL uses the primary key (text[] scans).
    const rows: (Pick<SubmissionRow, 'status' | 'complete' | 'recorded_count'> & { lao_code: string })[] = await this.db.query(
      `SELECT lao_code, status, complete, recorded_count FROM submission WHERE module = $1 AND fiscal_year = $2 AND lao_code = ANY($3::bpchar[])`,
      [key.module, key.fiscalYear, laoCodes],
    );
    return new Map(rows.map((r) => [r.lao_code, r]));
  }

  /** Completeness and the count of recorded parts, as the module computed them under the lock. */
  async setCompleteness(manager: EntityManager, id: string, completeness: { complete: boolean; recordedCount: number }, actor: string): Promise<void> {
    await manager.query(`UPDATE submission SET complete = $2, recorded_count = $3, updated_at = now(), updated_by = $4 WHERE id = $1`, [
      id,
      completeness.complete,
      completeness.recordedCount,
      actor,
    ]);
  }

  /** Moves the status with its timestamps and appends the history entry, in the caller's transaction. */
  async move(
    manager: EntityManager,
    row: SubmissionRow,
    change: { action: CertificationAction; to: CertificationStatus; actor: string; comment: string | null; windowUntil?: Date | null },
  ): Promise<SubmissionRow> {
    const [updated] = (await manager
      .query(
        `UPDATE submission SET status = $2::varchar,
                lao_certified_at = CASE WHEN $2::varchar = 'LAO_CERTIFIED' THEN now() WHEN $2::varchar = 'DRAFT' THEN NULL ELSE lao_certified_at END,
                province_certified_at = CASE WHEN $2::varchar = 'PROVINCE_CERTIFIED' THEN now() ELSE NULL END,
                updated_at = now(), updated_by = $3
          WHERE id = $1 RETURNING *, $4::text AS province_code`,
        [row.id, change.to, change.actor, row.province_code],
      )
      .then((result: [SubmissionRow[], number]) => result[0])) as SubmissionRow[];
    await manager.query(
      `INSERT INTO submission_event (submission_id, action, from_status, to_status, actor, comment, window_until) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, change.action, row.status, change.to, change.actor, change.comment, change.windowUntil ?? null],
    );
    return updated!;
  }

  /**
   * The province's certify-all in one statement, like its hand-written twin: lock every submission of the province in
   * code order (no deadlock between two), count the LAOs (an LAO without a submission has not certified), and only
   * when every LAO has certified move each LAO_CERTIFIED one with its history entry. Answers the count, how many are
   * ready and the ids moved (in code order); when some are not ready nothing moved, and the caller refuses.
   */
  async certifyProvinceAll(
    manager: EntityManager,
    key: SubmissionKey,
    provinceCode: string,
    actor: string,
  ): Promise<{ total: number; ready: number; movedIds: string[] }> {
    const [result]: { total: number; ready: number; moved_ids: string[] | null }[] = await manager.query(
      `WITH locked AS (
         SELECT s.id, s.status, s.lao_code FROM submission s JOIN local_authority l ON l.code = s.lao_code
          WHERE s.module = $1 AND s.fiscal_year = $2 AND l.province_code = $3
          ORDER BY s.lao_code FOR UPDATE OF s),
       counted AS (
         SELECT (SELECT count(*)::int FROM local_authority WHERE province_code = $3) AS total,
                (SELECT count(*)::int FROM locked WHERE status <> 'DRAFT') AS ready),
       moved AS (
         UPDATE submission SET status = 'PROVINCE_CERTIFIED', province_certified_at = now(), updated_at = now(), updated_by = $4
          WHERE id IN (SELECT id FROM locked WHERE status = 'LAO_CERTIFIED') AND (SELECT total = ready FROM counted)
          RETURNING id),
       events AS (
         INSERT INTO submission_event (submission_id, action, from_status, to_status, actor)
         SELECT id, 'CERTIFY_PROVINCE', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED', $4 FROM moved RETURNING submission_id)
       SELECT c.total, c.ready,
              (SELECT array_agg(e.submission_id ORDER BY k.lao_code) FROM events e JOIN locked k ON k.id = e.submission_id) AS moved_ids
         FROM counted c`,
      [key.module, key.fiscalYear, provinceCode, actor],
    );
    return { total: result!.total, ready: result!.ready, movedIds: result!.moved_ids ?? [] };
  }

  /**
   * A page of the registry with each LAO's submission (not started: a DRAFT); `where` from laoFilterConditions. By
   * code, or in `sorted`'s order (lao-sort.ts: keyset after the cursor's LAO).
   */
  page(key: SubmissionKey, conditions: LaoConditions, limit: number, afterKey: string | null, sorted?: { sort: LaoSort; afterCode: string | null }) {
    const params = new SqlParams([key.module, key.fiscalYear]);
    const where = conditions(params);
    const query = {
      select: `s.id, l.code AS lao_code, l.province_code, coalesce(s.status, 'DRAFT') AS status, coalesce(s.complete, false) AS complete,
               coalesce(s.recorded_count, 0) AS recorded_count, s.lao_certified_at, s.province_certified_at, s.updated_at`,
      from: `FROM local_authority l LEFT JOIN submission s ON s.lao_code = l.code AND s.module = $1 AND s.fiscal_year = $2`,
      alias: 'l',
      where,
      params,
      limit,
    };
    if (sorted) return querySortedLaoPage<SubmissionRow>(this.db, { ...query, ...sorted });
    return queryLaoPage<SubmissionRow>(this.db, { ...query, afterKey });
  }

  /**
   * One submission's history by its key rather than its id, so it is read beside the submission (find) instead of
   * after it: one round trip less for a submission shown with its history.
   */
  async historyByKey(key: SubmissionKey, laoCode: string): Promise<SubmissionEvent[]> {
    return this.db.query(
      `SELECT e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.actor, e.at, e.comment, e.window_until AS "windowReopenedUntil"
         FROM submission s JOIN submission_event e ON e.submission_id = s.id
        WHERE s.module = $1 AND s.lao_code = $2 AND s.fiscal_year = $3 ORDER BY e.id`,
      [key.module, laoCode, key.fiscalYear],
    );
  }

  async histories(ids: readonly string[]): Promise<SubmissionEvent[][]> {
    const rows: (SubmissionEvent & { submission_id: string })[] = await this.db.query(
      `SELECT submission_id, action, from_status AS "fromStatus", to_status AS "toStatus", actor, at, comment, window_until AS "windowReopenedUntil"
         FROM submission_event WHERE submission_id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    );
    const byId = new Map<string, SubmissionEvent[]>();
    for (const { submission_id, ...event } of rows) {
      const list = byId.get(submission_id) ?? [];
      list.push(event);
      byId.set(submission_id, list);
    }
    return ids.map((id) => byId.get(id) ?? []);
  }
}

function notStarted(key: SubmissionKey, lao: LaoScope): SubmissionRow {
  return {
    id: '',
    module: key.module,
    lao_code: lao.code,
    province_code: lao.provinceCode,
    fiscal_year: key.fiscalYear,
    status: 'DRAFT',
    complete: false,
    recorded_count: 0,
    lao_certified_at: null,
    province_certified_at: null,
    updated_at: null,
  };
}
