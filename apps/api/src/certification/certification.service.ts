import {
  allowedCertificationActions,
  type CertificationAction,
  type CertificationActor,
  type CertificationModule,
  type CertificationStatus,
  certificationReasonSchema,
  decideCertification,
  extendCertificationCycleSchema,
  formatDate,
  hasRight,
  localAuthorityFilterSchema,
  needsReason,
  openCertificationCycleSchema,
  type ExtendCertificationCycleInput as ExtendInput,
  type OpenCertificationCycleInput as OpenInput,
} from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AccessPolicy, type LaoScope } from '../auth/access-policy.service';
import { type Actor, actorLabel } from '../auth/actor';
import { AppError, parseInput } from '../common/app-error';
import type { Loaders } from '../common/loaders';
import { type Connection, type PageArgs, pageWindow, toConnection } from '../common/paging';
import { GeographyService } from '../registry/geography.service';
import { laoFilterConditions, parseLaoFilter, queryLaoPage, SqlParams } from '../registry/lao-filter';
import type {
  CertificationCycle,
  ProvinceCertificationResult,
  ProvinceProgress,
  Submission,
  SubmissionEvent,
  SubmissionFields,
  SubmissionFilter,
} from './certification.models';

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

interface CycleWindow {
  deadline: Date;
  extensions: Map<string, Date>;
}

const submissionFilterSchema = localAuthorityFilterSchema.extend({
  status: z.enum(['DRAFT', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED']).nullish(),
});


/**
 * The certification machine on the database, for every module: submissions are locked row by row (FOR UPDATE)
 * so concurrent saves and transitions on one submission run one after the other; the decision itself is the pure
 * function of libs/domain; every transition is kept in submission_event in the same transaction.
 */
@Injectable()
export class CertificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly geography: GeographyService,
  ) {}

  /** The LAO's registry scope, or BAD_USER_INPUT when it does not exist. */
  async laoScope(laoCode: string, manager: EntityManager = this.db.manager): Promise<LaoScope> {
    const rows: { code: string; province_code: string }[] = await manager.query(
      `SELECT code, province_code FROM local_authority WHERE code = $1`,
      [laoCode],
    );
    if (!rows[0]) throw new AppError('BAD_USER_INPUT', 'input.unknownLao', { code: laoCode.slice(0, 20) });
    return { code: rows[0].code, provinceCode: rows[0].province_code };
  }

  /**
   * Locks the submission for the rest of the transaction, creating it as a DRAFT on first use. Every change of a
   * submission (its data or its status) starts here, which is what serializes concurrent writers.
   */
  async lock(manager: EntityManager, module: CertificationModule, lao: LaoScope, fiscalYear: number): Promise<SubmissionRow> {
    await manager.query(
      `INSERT INTO submission (module, lao_code, fiscal_year) VALUES ($1, $2, $3)
       ON CONFLICT (module, lao_code, fiscal_year) DO NOTHING`,
      [module, lao.code, fiscalYear],
    );
    const rows: SubmissionRow[] = await manager.query(
      `SELECT s.*, $4::text AS province_code FROM submission s
        WHERE s.module = $1 AND s.lao_code = $2 AND s.fiscal_year = $3 FOR UPDATE`,
      [module, lao.code, fiscalYear, lao.provinceCode],
    );
    return rows[0]!;
  }

  /** Data of a certified submission is read-only (CONFLICT), to be changed only after withdraw, return or reopen. */
  assertEditable(row: SubmissionRow): void {
    if (row.status !== 'DRAFT') throw new AppError('CONFLICT', 'certification.readOnly', {}, { status: row.status });
  }

  /**
   * LAOs record and certify within the department's cycle: until its deadline, or a later extension for the LAO or
   * its province. Provinces and the department act outside it (they review after the deadline).
   */
  async assertWindowOpen(manager: EntityManager, actor: Actor, module: CertificationModule, lao: LaoScope, fiscalYear: number): Promise<void> {
    if (actor.kind !== 'user' || actor.level !== 'LAO') return;
    const window = await this.loadWindow(manager, module, fiscalYear);
    if (!window) throw new AppError('WINDOW_CLOSED', 'window.notOpen', { fiscalYear });
    const until = this.closesAt(window, lao);
    if (Date.now() > until.getTime()) {
      throw new AppError(
        'WINDOW_CLOSED',
        'window.closed',
        { fiscalYear, deadline: { th: formatDate(until, 'th', true), en: formatDate(until, 'en', true) } },
        { deadline: until.toISOString() },
      );
    }
  }

  /** Fires one transition of the machine on one submission. */
  async transition(
    actor: Actor,
    module: CertificationModule,
    laoCode: string,
    fiscalYear: number,
    action: CertificationAction,
    reasonInput?: string | null,
  ): Promise<SubmissionRow> {
    const reason = needsReason(action) ? parseInput(certificationReasonSchema, reasonInput ?? '') : null;
    return this.db.transaction(async (manager) => {
      const lao = await this.laoScope(laoCode, manager);
      const row = await this.lock(manager, module, lao, fiscalYear);
      if (action === 'CERTIFY' || action === 'WITHDRAW') await this.assertWindowOpen(manager, actor, module, lao, fiscalYear);
      return this.fire(manager, actor, lao, row, action, reason);
    });
  }

  /**
   * Fires a transition on a submission the caller has locked (see lock()): decides with the shared machine, moves
   * the status and its timestamps, and appends the history entry, all in the caller's transaction.
   */
  /** Refuses, before anything else is checked, a transition this actor may not fire on this submission at all. */
  assertMayFire(actor: Actor, lao: LaoScope, row: SubmissionRow, action: CertificationAction): void {
    const decision = decideCertification(action, this.certificationActor(actor, lao), { module: row.module, status: row.status, complete: true });
    if (!decision.allowed) throw new AppError(decision.code, decision.messageKey, {}, { status: row.status });
  }

  async fire(
    manager: EntityManager,
    actor: Actor,
    lao: LaoScope,
    row: SubmissionRow,
    action: CertificationAction,
    reason: string | null = null,
  ): Promise<SubmissionRow> {
    const decision = decideCertification(action, this.certificationActor(actor, lao), {
      module: row.module,
      status: row.status,
      complete: row.complete,
      reason: needsReason(action) ? reason : undefined,
    });
    if (!decision.allowed) throw new AppError(decision.code, decision.messageKey, {}, { status: row.status });
    const updated: SubmissionRow[] = await manager
      .query(
        `UPDATE submission SET status = $2::varchar,
                lao_certified_at = CASE WHEN $2::varchar = 'LAO_CERTIFIED' THEN now() WHEN $2::varchar = 'DRAFT' THEN NULL ELSE lao_certified_at END,
                province_certified_at = CASE WHEN $2::varchar = 'PROVINCE_CERTIFIED' THEN now() ELSE NULL END,
                updated_at = now(), updated_by = $3
          WHERE id = $1 RETURNING *, $4::text AS province_code`,
        [row.id, decision.to, actorLabel(actor), lao.provinceCode],
      )
      .then((result: [SubmissionRow[], number]) => result[0]);
    await manager.query(
      `INSERT INTO submission_event (submission_id, action, from_status, to_status, actor, comment) VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, action, row.status, decision.to, actorLabel(actor), reason],
    );
    return updated[0]!;
  }

  /**
   * จังหวัดดำเนินการรับรองข้อมูลทั้งหมด: all-or-nothing. Locks every submission of the province (in code order, so
   * two certify-alls cannot deadlock), and refuses with INCOMPLETE and the number of LAOs still to certify when
   * any LAO of the province has not certified, changing nothing.
   */
  async certifyProvince(actor: Actor, module: CertificationModule, provinceCode: string, fiscalYear: number): Promise<ProvinceCertificationResult> {
    if (actor.kind !== 'user' || (actor.level !== 'PROVINCE' && actor.level !== 'DEPARTMENT')) {
      throw new AppError('FORBIDDEN', 'certification.notYourStep');
    }
    return this.db.transaction(async (manager) => {
      const [{ total }] = (await manager.query(`SELECT count(*)::int AS total FROM local_authority WHERE province_code = $1`, [provinceCode])) as [{ total: number }];
      const rows: { id: string; status: CertificationStatus }[] = await manager.query(
        `SELECT s.id, s.status FROM submission s JOIN local_authority l ON l.code = s.lao_code
          WHERE s.module = $1 AND s.fiscal_year = $2 AND l.province_code = $3
          ORDER BY s.lao_code FOR UPDATE OF s`,
        [module, fiscalYear, provinceCode],
      );
      const certified = rows.filter((r) => r.status !== 'DRAFT').length;
      const pendingCount = total - certified;
      if (pendingCount > 0) {
        throw new AppError('INCOMPLETE', 'certification.provincePending', { count: pendingCount }, { pendingCount });
      }
      const ids = rows.filter((r) => r.status === 'LAO_CERTIFIED').map((r) => r.id);
      if (ids.length) {
        await manager.query(
          `UPDATE submission SET status = 'PROVINCE_CERTIFIED', province_certified_at = now(), updated_at = now(), updated_by = $2
            WHERE id = ANY($1::uuid[])`,
          [ids, actorLabel(actor)],
        );
        await manager.query(
          `INSERT INTO submission_event (submission_id, action, from_status, to_status, actor)
           SELECT id, 'CERTIFY_PROVINCE', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED', $2 FROM unnest($1::uuid[]) AS id`,
          [ids, actorLabel(actor)],
        );
      }
      return { module, provinceCode, fiscalYear, certifiedCount: ids.length };
    });
  }

  /** Per-province counts for a module and year: one grouped query over the registry. */
  async progress(module: CertificationModule, fiscalYear: number, provinceCode?: string | null): Promise<ProvinceProgress[]> {
    const rows: { province_code: string; total: number; lao_certified: number; province_certified: number }[] = await this.db.query(
      `SELECT l.province_code, count(*)::int AS total,
              count(*) FILTER (WHERE s.status = 'LAO_CERTIFIED')::int AS lao_certified,
              count(*) FILTER (WHERE s.status = 'PROVINCE_CERTIFIED')::int AS province_certified
         FROM local_authority l
         LEFT JOIN submission s ON s.lao_code = l.code AND s.module = $1 AND s.fiscal_year = $2
        WHERE ($3::text IS NULL OR l.province_code = $3)
        GROUP BY l.province_code`,
      [module, fiscalYear, provinceCode ?? null],
    );
    const byCode = new Map(rows.map((r) => [r.province_code, r]));
    // Thai alphabetical order of provinces, as everywhere in the UI.
    return this.geography
      .allProvinces()
      .filter((p) => byCode.has(p.code))
      .map((province) => {
        const r = byCode.get(province.code)!;
        return {
          provinceCode: province.code,
          province,
          total: r.total,
          laoCertified: r.lao_certified,
          provinceCertified: r.province_certified,
          draft: r.total - r.lao_certified - r.province_certified,
        };
      });
  }

  /**
   * The submissions of a module and year for the LAOs of a filter, within the caller's scope: one page and one
   * count query, LAOs not started yet included as DRAFT.
   */
  async list(actor: Actor, module: CertificationModule, fiscalYear: number, filterInput: SubmissionFilter | null | undefined, page: PageArgs): Promise<Connection<Submission>> {
    const filter = parseLaoFilter<z.infer<typeof submissionFilterSchema>>(this.geography, filterInput, submissionFilterSchema);
    const { limit, afterKey } = pageWindow(page);
    const params = new SqlParams([module, fiscalYear]);
    const where = laoFilterConditions('l', filter, this.policy.readScope(actor, module), params);
    if (filter.status) where.push(`coalesce(s.status, 'DRAFT') = ${params.add(filter.status)}`);
    const { rows, total } = await queryLaoPage<SubmissionRow>(this.db, {
      select: `s.id, l.code AS lao_code, l.province_code, coalesce(s.status, 'DRAFT') AS status, coalesce(s.complete, false) AS complete,
               coalesce(s.recorded_count, 0) AS recorded_count, s.lao_certified_at, s.province_certified_at, s.updated_at`,
      from: `FROM local_authority l LEFT JOIN submission s ON s.lao_code = l.code AND s.module = $1 AND s.fiscal_year = $2`,
      alias: 'l',
      where,
      params,
      limit,
      afterKey,
    });
    return toConnection(
      rows.map((r) => this.toModel({ ...r, module, fiscal_year: fiscalYear })),
      limit,
      total,
      (s) => s.laoCode,
    );
  }

  /** One submission (a DRAFT that was never started is answered as such, without writing anything). */
  async find(module: CertificationModule, lao: LaoScope, fiscalYear: number): Promise<SubmissionRow> {
    const rows: SubmissionRow[] = await this.db.query(
      `SELECT s.*, $4::text AS province_code FROM submission s WHERE s.module = $1 AND s.lao_code = $2 AND s.fiscal_year = $3`,
      [module, lao.code, fiscalYear, lao.provinceCode],
    );
    return (
      rows[0] ?? {
        id: '',
        module,
        lao_code: lao.code,
        province_code: lao.provinceCode,
        fiscal_year: fiscalYear,
        status: 'DRAFT',
        complete: false,
        recorded_count: 0,
        lao_certified_at: null,
        province_certified_at: null,
        updated_at: null,
      }
    );
  }

  toModel<T extends SubmissionFields = Submission>(row: Omit<SubmissionRow, 'id'> & { id: string | null }): T {
    return {
      submissionId: row.id || null,
      provinceCode: row.province_code,
      module: row.module,
      laoCode: row.lao_code,
      fiscalYear: row.fiscal_year,
      status: row.status,
      complete: row.complete,
      laoCertifiedAt: row.lao_certified_at,
      provinceCertifiedAt: row.province_certified_at,
      updatedAt: row.updated_at ?? null,
    } as T;
  }

  /** What this caller may do now on this submission, the window included, so the UI offers only what will work. */
  async allowedActions(actor: Actor, submission: SubmissionFields, loaders: Loaders): Promise<CertificationAction[]> {
    if (actor.kind !== 'user') return [];
    const lao = { code: submission.laoCode, provinceCode: submission.provinceCode };
    let actions = allowedCertificationActions(this.certificationActor(actor, lao), submission);
    if (actor.level === 'LAO' && actions.some((a) => a === 'CERTIFY' || a === 'WITHDRAW') && !(await this.windowOpen(submission, lao, loaders))) {
      actions = actions.filter((a) => a !== 'CERTIFY' && a !== 'WITHDRAW');
    }
    return actions;
  }

  /**
   * Whether this caller may change the submission's data now: the RECORD right in scope, a DRAFT, and for an LAO
   * the open window. The SPA shows a form only when it is true.
   */
  async mayRecord(actor: Actor, submission: SubmissionFields, loaders: Loaders): Promise<boolean> {
    if (actor.kind !== 'user' || submission.status !== 'DRAFT') return false;
    const lao = { code: submission.laoCode, provinceCode: submission.provinceCode };
    if (!hasRight(actor.rights, submission.module, 'RECORD') || !this.policy.coversLao(actor, lao)) return false;
    if (actor.level !== 'LAO') return true;
    return this.windowOpen(submission, lao, loaders);
  }

  private async windowOpen(submission: SubmissionFields, lao: LaoScope, loaders: Loaders): Promise<boolean> {
    const window = await loaders
      .get<string, CycleWindow>('certification.window', (keys) =>
        Promise.all(keys.map((key) => this.loadWindow(this.db.manager, key.split(':')[0] as CertificationModule, Number(key.split(':')[1])))),
      )
      .load(`${submission.module}:${submission.fiscalYear}`);
    return window !== null && Date.now() <= this.closesAt(window, lao).getTime();
  }

  /** Histories of many submissions in one query (a list page never asks once per row). */
  historyLoader(loaders: Loaders) {
    return loaders.get<string, SubmissionEvent[]>('certification.history', async (ids) => {
      const rows: (SubmissionEvent & { submission_id: string })[] = await this.db.query(
        `SELECT submission_id, action, from_status AS "fromStatus", to_status AS "toStatus", actor, at, comment
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
    });
  }

  async cycle(module: CertificationModule, fiscalYear: number): Promise<CertificationCycle | null> {
    const window = await this.loadWindow(this.db.manager, module, fiscalYear);
    if (!window) return null;
    return {
      module,
      fiscalYear,
      deadline: window.deadline,
      extensions: [...window.extensions].map(([scopeCode, until]) => ({ scopeCode, until })),
    };
  }

  async openCycle(actor: Actor, raw: OpenInput): Promise<CertificationCycle> {
    const input = parseInput(openCertificationCycleSchema, raw);
    await this.db.query(
      `INSERT INTO certification_cycle (module, fiscal_year, deadline, opened_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (module, fiscal_year) DO UPDATE SET deadline = EXCLUDED.deadline, opened_by = EXCLUDED.opened_by, opened_at = now()`,
      [input.module, input.fiscalYear, input.deadline, actorLabel(actor)],
    );
    return (await this.cycle(input.module, input.fiscalYear))!;
  }

  async extendCycle(actor: Actor, raw: ExtendInput): Promise<CertificationCycle> {
    const input = parseInput(extendCertificationCycleSchema, raw);
    if (input.scopeCode.length === 2 && !this.geography.province(input.scopeCode)) {
      throw new AppError('BAD_USER_INPUT', 'input.unknownProvince', { code: input.scopeCode });
    }
    if (input.scopeCode.length === 7) await this.laoScope(input.scopeCode);
    const cycle = await this.cycle(input.module, input.fiscalYear);
    if (!cycle) throw new AppError('BAD_USER_INPUT', 'window.notOpen', { fiscalYear: input.fiscalYear });
    await this.db.query(
      `INSERT INTO certification_extension (module, fiscal_year, scope_code, until, granted_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (module, fiscal_year, scope_code) DO UPDATE SET until = EXCLUDED.until, granted_by = EXCLUDED.granted_by, granted_at = now()`,
      [input.module, input.fiscalYear, input.scopeCode, input.until, actorLabel(actor)],
    );
    return (await this.cycle(input.module, input.fiscalYear))!;
  }

  certificationActor(actor: Actor, lao: LaoScope): CertificationActor {
    if (actor.kind !== 'user') return { level: 'LAO', rights: {}, inScope: false };
    return { level: actor.level, rights: actor.rights, inScope: this.policy.coversLao(actor, lao) };
  }

  private async loadWindow(manager: EntityManager, module: CertificationModule, fiscalYear: number): Promise<CycleWindow | null> {
    const rows: { deadline: Date; scope_code: string | null; until: Date | null }[] = await manager.query(
      `SELECT c.deadline, e.scope_code, e.until FROM certification_cycle c
         LEFT JOIN certification_extension e ON e.module = c.module AND e.fiscal_year = c.fiscal_year
        WHERE c.module = $1 AND c.fiscal_year = $2`,
      [module, fiscalYear],
    );
    if (!rows[0]) return null;
    const extensions = new Map<string, Date>();
    for (const r of rows) if (r.scope_code && r.until) extensions.set(r.scope_code, r.until);
    return { deadline: rows[0].deadline, extensions };
  }

  private closesAt(window: CycleWindow, lao: LaoScope): Date {
    const candidates = [window.deadline, window.extensions.get(lao.provinceCode), window.extensions.get(lao.code)];
    return new Date(Math.max(...candidates.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())));
  }
}
