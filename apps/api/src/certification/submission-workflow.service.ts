import {
  type CertificationAction,
  type CertificationActor,
  type CertificationModule,
  certificationReasonSchema,
  decideCertification,
  needsReason,
  REOPENED_WINDOW_DAYS,
  reopensWindow,
  yearClosedFor,
} from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy, type LaoScope } from '../auth/access-policy.service';
import { type Actor, actorLabel } from '../auth/actor';
import { AppError, parseInput } from '../common/app-error';
import type { RequestContext } from '../common/context';
import { laoOfRequest } from '../registry/lao-lookup';
import { type Completeness, CertifiedModules, type SubmissionContext } from './certified-modules';
import { CyclesService } from './cycles.service';
import type { ProvinceCertificationResult } from './certification.models';
import { SubmissionRepository, type SubmissionRow } from './submission.repository';

export interface SubmissionAddress {
  module: CertificationModule;
  laoCode: string;
  fiscalYear: number;
}

/** What a module's change receives: the transaction, the LAO (resolved once) and the locked submission. */
export interface DraftEdit extends SubmissionContext {
  actor: Actor;
  submission: SubmissionRow;
}

/**
 * The one submission workflow every certified module runs on. A draft edit is: the LAO (resolved by the access
 * guard, or looked up once), the submission's row lock, the entry window (LAO users), editability (a DRAFT), the
 * module's change, then the completeness the module reports, stored on the submission. Certifying asks the module
 * for its completeness under the same lock. No module writes `submission` or `submission_event` itself.
 */
@Injectable()
export class SubmissionWorkflow {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionRepository,
    private readonly cycles: CyclesService,
    private readonly modules: CertifiedModules,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /**
   * Runs a module's change of a DRAFT's data, all-or-nothing, and keeps the submission's completeness; the audit
   * trail gets one UPDATE of the submission in the same transaction (a refused edit writes none).
   */
  async edit<T>(ctx: RequestContext, address: SubmissionAddress, change: (edit: DraftEdit) => Promise<T>): Promise<{ result: T; completeness: Completeness }> {
    return this.runEdit(ctx, address, change, null);
  }

  private async runEdit<T>(
    ctx: RequestContext,
    address: SubmissionAddress,
    change: (edit: DraftEdit) => Promise<T>,
    recordId: string | null,
  ): Promise<{ result: T; completeness: Completeness }> {
    return this.db.transaction(async (manager) => {
      const lao = await this.lao(ctx, manager, address.laoCode);
      const submission = await this.submissions.lock(manager, address, lao);
      if (this.windowApplies(ctx.actor)) await this.cycles.assertOpen(manager, address.module, address.fiscalYear, lao);
      if (submission.status !== 'DRAFT') throw new AppError('CONFLICT', 'certification.readOnly', {}, { status: submission.status });
      const edit: DraftEdit = { manager, module: address.module, lao, fiscalYear: address.fiscalYear, actor: ctx.actor, submission };
      const result = await change(edit);
      const completeness = await this.definition(address.module).completeness(edit);
      await this.submissions.setCompleteness(manager, submission.id, completeness, actorLabel(ctx.actor));
      await this.audit.record(manager, ctx.actor, {
        action: 'UPDATE',
        module: address.module,
        laoCode: lao.code,
        subjectType: 'SUBMISSION',
        subjectId: submission.id,
        // An edit of one record below the submission (a centre) is found by the record's id as well.
        subjectIds: recordId ? [submission.id, recordId] : [submission.id],
        detail: { fiscalYear: address.fiscalYear, complete: completeness.complete, ...(recordId ? { recordId } : {}) },
      });
      return { result, completeness };
    });
  }

  /**
   * A draft edit of one record below the submission (a centre, a school), addressed by id: the guard authorized
   * the caller on the record (its LAO in scope, or a grant of that record), so an official granted one centre
   * edits that centre's data in the LAO's submission of the year, under the same lock, window and editability.
   */
  async editSubject<T>(
    ctx: RequestContext,
    address: { module: CertificationModule; subjectId: string; fiscalYear: number },
    change: (edit: DraftEdit) => Promise<T>,
  ): Promise<{ result: T; completeness: Completeness }> {
    const lao = ctx.subjects?.get(address.subjectId);
    if (!lao) throw new AppError('FORBIDDEN', 'access.missingRight');
    return this.runEdit(ctx, { module: address.module, laoCode: lao.code, fiscalYear: address.fiscalYear }, change, address.subjectId);
  }

  /** รับรองข้อมูล: the LAO (or the department) certifies a complete DRAFT; INCOMPLETE naming what is missing. */
  async certify(ctx: RequestContext, address: SubmissionAddress): Promise<SubmissionRow> {
    return this.db.transaction(async (manager) => {
      const lao = await this.lao(ctx, manager, address.laoCode);
      const row = await this.submissions.lock(manager, address, lao);
      if (this.windowApplies(ctx.actor)) await this.cycles.assertOpen(manager, address.module, address.fiscalYear, lao);
      // Who may certify is decided before completeness: an outsider learns nothing about what is missing.
      this.decide(ctx.actor, lao, { ...row, complete: true }, 'CERTIFY');
      const definition = this.definition(address.module);
      const completeness = await definition.completeness({ manager, module: address.module, lao, fiscalYear: address.fiscalYear });
      if (!completeness.complete) {
        const refusal = definition.incomplete?.(completeness.missing) ?? {
          messageKey: 'certification.incompleteSections' as const,
          params: { sections: completeness.missing.map((m) => m.labelTh).join(', ') },
        };
        throw new AppError('INCOMPLETE', refusal.messageKey, refusal.params, { missing: completeness.missing, ...refusal.extensions });
      }
      await this.submissions.setCompleteness(manager, row.id, completeness, actorLabel(ctx.actor));
      await definition.certified?.({ manager, module: address.module, lao, fiscalYear: address.fiscalYear });
      return this.fire(manager, ctx.actor, lao, { ...row, complete: true }, 'CERTIFY', null);
    });
  }

  /** Withdraw, return, reopen: one transition of the machine on one submission. */
  async transition(ctx: RequestContext, address: SubmissionAddress, action: Exclude<CertificationAction, 'CERTIFY' | 'CERTIFY_PROVINCE'>, reasonInput?: string | null): Promise<SubmissionRow> {
    const reason = needsReason(action) ? parseInput(certificationReasonSchema, reasonInput ?? '') : null;
    return this.db.transaction(async (manager) => {
      const lao = await this.lao(ctx, manager, address.laoCode);
      const row = await this.submissions.lock(manager, address, lao);
      if (action === 'WITHDRAW' && this.windowApplies(ctx.actor)) await this.cycles.assertOpen(manager, address.module, address.fiscalYear, lao);
      // A step back to DRAFT must leave a DRAFT its LAO can certify again: in a closed year only the department may
      // take it (the machine refuses a province's return; an LAO's withdrawal needs its window), and it re-opens
      // that LAO's window, all in this transaction.
      const yearClosed = yearClosedFor(await this.cycles.stateIn(manager, address.module, address.fiscalYear, lao), new Date());
      const windowUntil = reopensWindow(action, yearClosed) ? new Date(Date.now() + REOPENED_WINDOW_DAYS * 86_400_000) : null;
      const moved = await this.fire(manager, ctx.actor, lao, row, action, reason, { yearClosed, windowUntil });
      if (windowUntil) await this.cycles.reopenForLao(manager, ctx.actor, address.module, address.fiscalYear, lao, windowUntil, action);
      return moved;
    });
  }

  /**
   * จังหวัดดำเนินการรับรองข้อมูลทั้งหมด: all-or-nothing. Locks every submission of the province, and refuses with
   * INCOMPLETE and the number of LAOs still to certify when any LAO has not certified, changing nothing.
   */
  async certifyProvince(actor: Actor, module: CertificationModule, provinceCode: string, fiscalYear: number): Promise<ProvinceCertificationResult> {
    if (actor.kind !== 'user' || (actor.level !== 'PROVINCE' && actor.level !== 'DEPARTMENT')) throw new AppError('FORBIDDEN', 'certification.notYourStep');
    return this.db.transaction(async (manager) => {
      const { total, ready, movedIds: ids } = await this.submissions.certifyProvinceAll(manager, { module, fiscalYear }, provinceCode, actorLabel(actor));
      // Nothing moved when some LAO has not certified; throwing rolls the transaction back (the locks with it).
      const pendingCount = total - ready;
      if (pendingCount > 0) throw new AppError('INCOMPLETE', 'certification.provincePending', { count: pendingCount }, { pendingCount });
      // One entry for the certify-all, naming every submission it moved.
      if (ids.length > 0) {
        await this.audit.record(manager, actor, {
          action: 'TRANSITION',
          module,
          provinceCode,
          subjectType: 'SUBMISSION',
          subjectIds: ids,
          purpose: 'CERTIFY_PROVINCE',
          detail: { action: 'CERTIFY_PROVINCE', from: 'LAO_CERTIFIED', to: 'PROVINCE_CERTIFIED', fiscalYear },
        });
      }
      return { module, provinceCode, fiscalYear, certifiedCount: ids.length };
    });
  }

  /** The machine's view of the caller for one LAO: level, rights, and whether the LAO is in scope. */
  certificationActor(actor: Actor, lao: LaoScope): CertificationActor {
    if (actor.kind !== 'user') return { level: 'LAO', rights: {}, inScope: false };
    return { level: actor.level, rights: actor.rights, inScope: this.policy.coversLao(actor, lao) };
  }

  private async fire(
    manager: EntityManager,
    actor: Actor,
    lao: LaoScope,
    row: SubmissionRow,
    action: CertificationAction,
    reason: string | null,
    closing: { yearClosed: boolean; windowUntil: Date | null } = { yearClosed: false, windowUntil: null },
  ): Promise<SubmissionRow> {
    const to = this.decide(actor, lao, row, action, reason, closing.yearClosed);
    const moved = await this.submissions.move(manager, row, { action, to, actor: actorLabel(actor), comment: reason, windowUntil: closing.windowUntil });
    await this.audit.record(manager, actor, {
      action: 'TRANSITION',
      module: row.module,
      laoCode: lao.code,
      subjectType: 'SUBMISSION',
      subjectId: row.id,
      purpose: reason ? `${action}: ${reason}` : action,
      detail: { action, from: row.status, to, fiscalYear: row.fiscal_year, reason, ...(closing.windowUntil ? { windowUntil: closing.windowUntil.toISOString() } : {}) },
    });
    return moved;
  }

  private decide(actor: Actor, lao: LaoScope, row: SubmissionRow, action: CertificationAction, reason: string | null = null, yearClosed = false) {
    const decision = decideCertification(action, this.certificationActor(actor, lao), {
      module: row.module,
      status: row.status,
      complete: row.complete,
      reason: needsReason(action) ? reason : undefined,
      yearClosed,
    });
    if (!decision.allowed) throw new AppError(decision.code, decision.messageKey, {}, { status: row.status });
    return decision.to;
  }

  /** LAOs work inside the department's windows; provinces and the department act outside them (they review). */
  private windowApplies(actor: Actor): boolean {
    return actor.kind === 'user' && actor.level === 'LAO';
  }

  private async lao(ctx: RequestContext, manager: EntityManager, laoCode: string): Promise<LaoScope> {
    return laoOfRequest(ctx, manager, laoCode);
  }

  private definition(module: CertificationModule) {
    const definition = this.modules.get(module);
    if (!definition) throw new AppError('BAD_USER_INPUT', 'input.invalid');
    return definition;
  }
}
