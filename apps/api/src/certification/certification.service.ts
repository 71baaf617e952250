import {
  allowedCertificationActions,
  type CertificationAction,
  type CertificationModule,
  hasRight,
  localAuthorityFilterSchema,
  type WindowState,
  yearClosedFor,
} from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { AccessPolicy, type LaoScope } from '../auth/access-policy.service';
import type { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import type { RequestContext } from '../common/context';
import type { Loaders } from '../common/loaders';
import { type Connection, type PageArgs, pageWindow, toConnection } from '../common/paging';
import { GeographyService } from '../registry/geography.service';
import { laoFilterConditions, parseLaoFilter } from '../registry/lao-filter';
import { isDefaultSort, normalSort, sortedPageWindow, type SubmissionSort, withSortedCursors } from '../registry/lao-sort';
import { laoOfRequest } from '../registry/lao-lookup';
import type { ProvinceProgress, Submission, SubmissionEvent, SubmissionFields, SubmissionFilter } from './certification.models';
import { CyclesService } from './cycles.service';
import { ProgressRepository, type StatusCount } from './progress.repository';
import { SubmissionWorkflow } from './submission-workflow.service';
import { SubmissionRepository, type SubmissionRow } from './submission.repository';

export type { SubmissionRow } from './submission.repository';

const submissionFilterSchema = localAuthorityFilterSchema.extend({
  status: z.enum(['DRAFT', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED']).nullish(),
});

/**
 * Reads of the certification machine for every module: one submission, lists, progress, and the fields every
 * submission type answers for the caller (allowedActions, editable, the entry window).
 */
@Injectable()
export class CertificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionRepository,
    private readonly counts: ProgressRepository,
    private readonly workflow: SubmissionWorkflow,
    private readonly cycles: CyclesService,
    private readonly policy: AccessPolicy,
    private readonly geography: GeographyService,
  ) {}

  /** The LAO of a request: the one the access guard resolved, else looked up (BAD_USER_INPUT when unknown). */
  async laoScope(laoCode: string, ctx?: Pick<RequestContext, 'laos'>): Promise<LaoScope> {
    return laoOfRequest(ctx, this.db, laoCode);
  }

  /** One submission (a DRAFT that was never started is answered as such, without writing anything). */
  find(module: CertificationModule, lao: LaoScope, fiscalYear: number): Promise<SubmissionRow> {
    return this.submissions.find({ module, fiscalYear }, lao);
  }

  /**
   * find() with the submission's history read in parallel and handed to this request's history loader, for a
   * submission whose `history` is selected: no second round trip after the submission for it.
   */
  async findWithHistory(module: CertificationModule, lao: LaoScope, fiscalYear: number, loaders: Loaders): Promise<SubmissionRow> {
    const [row, events] = await Promise.all([this.find(module, lao, fiscalYear), this.submissions.historyByKey({ module, fiscalYear }, lao.code)]);
    if (row.id) this.historyLoader(loaders).prime(row.id, events);
    return row;
  }

  /**
   * Per-province counts for a module and year: one read of the maintained tallies (progress-tally.sql.ts, exact in
   * the writes' transactions), in Thai province order. Counts by status are readable to every signed-in caller; a
   * key limited to a province sees that province.
   */
  async progress(actor: Actor, module: CertificationModule, fiscalYear: number, provinceCode?: string | null): Promise<ProvinceProgress[]> {
    const keyProvince = actor.kind === 'apiKey' ? actor.provinceCode : null;
    if (keyProvince && provinceCode && provinceCode !== keyProvince) throw new AppError('FORBIDDEN', 'access.outsideScope');
    const rows = await this.counts.progress({ module, fiscalYear }, keyProvince ?? provinceCode ?? null);
    return this.geography.inProvinceOrder(rows, (r) => r.province_code).map(({ province, row: r }) => ({
      provinceCode: province.code,
      province,
      total: r.total,
      laoCertified: r.lao_certified,
      provinceCertified: r.province_certified,
      draft: r.total - r.lao_certified - r.province_certified,
    }));
  }

  /** The submissions of a module and year for the LAOs of a filter, within the caller's scope (not started: DRAFT). */
  async list(
    actor: Actor,
    module: CertificationModule,
    fiscalYear: number,
    filterInput: SubmissionFilter | null | undefined,
    page: PageArgs,
    sortInput?: SubmissionSort | null,
  ): Promise<Connection<Submission>> {
    const filter = parseLaoFilter<z.infer<typeof submissionFilterSchema>>(this.geography, filterInput, submissionFilterSchema);
    // By LAO code unless asked otherwise (lao-sort.ts): a sorted page's cursor names its order.
    const sort = normalSort(sortInput);
    const sorted = isDefaultSort(sort) ? undefined : { sort, ...sortedPageWindow(page, sort) };
    const { limit, afterKey } = sorted ? { limit: sorted.limit, afterKey: null } : pageWindow(page);
    if (afterKey !== null && !/^\d{7}$/.test(afterKey)) throw new AppError('BAD_USER_INPUT', 'input.badCursor');
    const scope = this.policy.readScope(actor, module);
    const { rows, total } = await this.submissions.page(
      { module, fiscalYear },
      (params) => {
        const where = laoFilterConditions('l', filter, scope, params);
        if (filter.status) where.push(`coalesce(s.status, 'DRAFT') = ${params.add(filter.status)}`);
        return where;
      },
      limit,
      afterKey,
      sorted && { sort: sorted.sort, afterCode: sorted.afterCode },
    );
    const connection = toConnection(
      rows.map((r) => this.toModel({ ...r, module, fiscal_year: fiscalYear })),
      limit,
      total,
      (s) => s.laoCode,
    );
    return sorted ? withSortedCursors(connection, sort, (s) => s.laoCode) : connection;
  }

  /** Status and counters of many LAOs' submissions (not started: absent from the map), one query. */
  statusesOf(module: CertificationModule, fiscalYear: number, laoCodes: string[]) {
    return this.submissions.findMany({ module, fiscalYear }, laoCodes);
  }

  /**
   * How many LAOs of the caller's scope (and a province) stand in each status, complete or not, recorded or not
   * (groups with a count only). A national or province scope is a sum of the tally's provinces (exact in the
   * writes' transactions, progress-by-state.sql.ts); any other (one LAO's) is not, and is counted live.
   */
  statusCounts(actor: Actor, module: CertificationModule, fiscalYear: number, provinceCode: string | null): Promise<StatusCount[]> {
    const scope = this.policy.readScope(actor, module);
    const { provinceCode: scopeProvince, ...narrower } = scope;
    if (Object.keys(narrower).length > 0) {
      return this.counts.liveStatusCounts({ module, fiscalYear }, (params) => laoFilterConditions('l', { provinceCode }, scope, params));
    }
    return this.counts.statusCounts({ module, fiscalYear }, [scopeProvince, provinceCode].filter((p): p is string => !!p));
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

  /** The LAO's entry window now (the same for every caller): open, and the window's opening and close. */
  window(submission: SubmissionFields, loaders: Loaders): Promise<WindowState> {
    return this.cycles.stateFor(loaders, submission.module, submission.fiscalYear, { code: submission.laoCode, provinceCode: submission.provinceCode });
  }

  /** What this caller may do now on this submission, the window included, so the UI offers only what will work. */
  async allowedActions(actor: Actor, submission: SubmissionFields, loaders: Loaders): Promise<CertificationAction[]> {
    if (actor.kind !== 'user') return [];
    const lao = { code: submission.laoCode, provinceCode: submission.provinceCode };
    // Only a province's return depends on whether the year is closed; the window is read once per module and year.
    const yearClosed = actor.level === 'PROVINCE' && submission.status !== 'DRAFT' && yearClosedFor(await this.window(submission, loaders), new Date());
    let actions = allowedCertificationActions(this.workflow.certificationActor(actor, lao), { ...submission, yearClosed });
    if (actor.level === 'LAO' && actions.some((a) => a === 'CERTIFY' || a === 'WITHDRAW') && !(await this.window(submission, loaders)).open) {
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
    return (await this.window(submission, loaders)).open;
  }

  /** Histories of many submissions in one query (a list page never asks once per row). */
  historyLoader(loaders: Loaders) {
    return loaders.get<string, SubmissionEvent[]>('certification.history', (ids) => this.submissions.histories(ids));
  }
}
