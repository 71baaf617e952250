import {
  type CertificationModule,
  cycleDeadline,
  type CycleWindows,
  extendCertificationCycleSchema,
  type ExtendCertificationCycleInput,
  extensionProblem,
  formatDate,
  openCertificationCycleSchema,
  type OpenCertificationCycleInput,
  windowProblems,
  windowState,
  type WindowState,
} from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { LaoScope } from '../auth/access-policy.service';
import { type Actor, actorLabel } from '../auth/actor';
import { AppError, parseInput } from '../common/app-error';
import type { Loaders } from '../common/loaders';
import { GeographyService } from '../registry/geography.service';
import { requireLaoScope } from '../registry/lao-lookup';
import type { CertificationCycle } from './certification.models';
import { CyclesRepository } from './cycles.repository';

/**
 * The department's yearly cycles: entry windows and extensions per module and fiscal year. Whether an LAO may
 * record now is the rule of libs/domain (windowState) applied to what is stored here.
 */
@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cycles: CyclesRepository,
    private readonly geography: GeographyService,
    private readonly audit: AuditService,
  ) {}

  /** This LAO's window now, for a submission's fields: one cycle query per (module, year) per request. */
  async stateFor(loaders: Loaders, module: CertificationModule, fiscalYear: number, lao: LaoScope): Promise<WindowState> {
    const cycle = await loaders
      .get<string, CycleWindows>('certification.cycle', (keys) =>
        this.cycles.load(keys.map((k) => ({ module: k.split(':')[0] as CertificationModule, fiscalYear: Number(k.split(':')[1]) }))),
      )
      .load(`${module}:${fiscalYear}`);
    return windowState(cycle, lao, new Date());
  }

  /** LAOs record and certify inside a window (or an extension of the last); WINDOW_CLOSED otherwise. */
  async assertOpen(manager: EntityManager, module: CertificationModule, fiscalYear: number, lao: LaoScope): Promise<void> {
    const [cycle] = await this.cycles.load([{ module, fiscalYear }], manager);
    const state = windowState(cycle ?? null, lao, new Date());
    if (state.open) return;
    if (!state.opensAt || !state.closesAt) throw new AppError('WINDOW_CLOSED', 'window.notOpen', { fiscalYear });
    const when = (d: Date) => ({ th: formatDate(d, 'th', true), en: formatDate(d, 'en', true) });
    const extensions = { opensAt: state.opensAt.toISOString(), closesAt: state.closesAt.toISOString(), deadline: state.closesAt.toISOString() };
    if (state.opensAt.getTime() > Date.now()) throw new AppError('WINDOW_CLOSED', 'window.notYetOpen', { fiscalYear, opensAt: when(state.opensAt) }, extensions);
    throw new AppError('WINDOW_CLOSED', 'window.closed', { fiscalYear, deadline: when(state.closesAt) }, extensions);
  }

  /** This LAO's window now, read in the caller's transaction (under the submission's lock). */
  async stateIn(manager: EntityManager, module: CertificationModule, fiscalYear: number, lao: LaoScope): Promise<WindowState> {
    const [cycle] = await this.cycles.load([{ module, fiscalYear }], manager);
    return windowState(cycle ?? null, lao, new Date());
  }

  /**
   * The department returned or reopened a closed year: the LAO gets an extension of its own until `until`, so it can
   * correct and certify again (not bound by extendCycle's year-after-the-deadline limit: the year may be long past).
   */
  async reopenForLao(manager: EntityManager, actor: Actor, module: CertificationModule, fiscalYear: number, lao: LaoScope, until: Date, action: string): Promise<void> {
    await this.cycles.saveExtension(manager, module, fiscalYear, lao.code, until, actorLabel(actor));
    await this.audit.record(manager, actor, {
      action: 'CREATE',
      module,
      laoCode: lao.code,
      subjectType: 'CYCLE',
      subjectId: cycleSubject(module, fiscalYear),
      detail: { fiscalYear, extension: { scopeCode: lao.code, until: until.toISOString() }, reopenedBy: action },
    });
  }

  async cycle(module: CertificationModule, fiscalYear: number): Promise<CertificationCycle | null> {
    const [cycle] = await this.cycles.load([{ module, fiscalYear }]);
    if (!cycle || cycle.windows.length === 0) return null;
    return {
      module,
      fiscalYear,
      deadline: cycleDeadline(cycle.windows)!,
      windows: [...cycle.windows],
      extensions: [...cycle.extensions].sort((a, b) => a.scopeCode.localeCompare(b.scopeCode)),
    };
  }

  /**
   * Opens a cycle or changes it: the windows given, or (none given) one window from now until the deadline for a
   * new cycle, or the existing windows with the last one moved to the deadline.
   */
  async openCycle(actor: Actor, raw: OpenCertificationCycleInput): Promise<CertificationCycle> {
    const input = parseInput(openCertificationCycleSchema, raw);
    await this.db.transaction(async (manager) => {
      const exists = await this.cycles.lockCycle(manager, input.module, input.fiscalYear);
      const [current] = exists ? await this.cycles.load([{ module: input.module, fiscalYear: input.fiscalYear }], manager) : [null];
      const windows = input.windows ?? this.movedDeadline(current?.windows ?? [], input.deadline);
      const problem = windowProblems(input.fiscalYear, windows)[0];
      if (problem) throw new AppError('BAD_USER_INPUT', problem.message, {}, { window: problem.index });
      await this.cycles.saveWindows(manager, input.module, input.fiscalYear, windows, actorLabel(actor));
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        module: input.module,
        subjectType: 'CYCLE',
        subjectId: cycleSubject(input.module, input.fiscalYear),
        detail: {
          fiscalYear: input.fiscalYear,
          created: !exists,
          before: current?.windows.map(isoWindow) ?? [],
          after: windows.map(isoWindow),
        },
      });
    });
    return (await this.cycle(input.module, input.fiscalYear))!;
  }

  /** A later deadline for a province or an LAO: after the deadline, at most a year after it. */
  async extendCycle(actor: Actor, raw: ExtendCertificationCycleInput): Promise<CertificationCycle> {
    const input = parseInput(extendCertificationCycleSchema, raw);
    await this.assertScopeExists(input.scopeCode);
    await this.db.transaction(async (manager) => {
      const [cycle] = (await this.cycles.lockCycle(manager, input.module, input.fiscalYear))
        ? await this.cycles.load([{ module: input.module, fiscalYear: input.fiscalYear }], manager)
        : [null];
      const deadline = cycle ? cycleDeadline(cycle.windows) : null;
      if (!deadline) throw new AppError('BAD_USER_INPUT', 'window.notOpen', { fiscalYear: input.fiscalYear });
      const problem = extensionProblem(deadline, input.until);
      if (problem) throw new AppError('BAD_USER_INPUT', problem, {}, { deadline: deadline.toISOString() });
      await this.cycles.saveExtension(manager, input.module, input.fiscalYear, input.scopeCode, input.until, actorLabel(actor));
      await this.audit.record(manager, actor, {
        action: 'CREATE',
        module: input.module,
        ...scopeOf(input.scopeCode),
        subjectType: 'CYCLE',
        subjectId: cycleSubject(input.module, input.fiscalYear),
        detail: { fiscalYear: input.fiscalYear, extension: { scopeCode: input.scopeCode, until: input.until.toISOString() } },
      });
    });
    return (await this.cycle(input.module, input.fiscalYear))!;
  }

  /** Takes an extension back: the province or LAO is then bound by the deadline again. */
  async removeExtension(actor: Actor, raw: Omit<ExtendCertificationCycleInput, 'until'>): Promise<CertificationCycle> {
    const input = parseInput(extendCertificationCycleSchema.omit({ until: true }), raw);
    await this.db.transaction(async (manager) => {
      const removed = await this.cycles.removeExtension(manager, input.module, input.fiscalYear, input.scopeCode);
      if (removed === 0) throw new AppError('NOT_FOUND', 'notFound.record');
      await this.audit.record(manager, actor, {
        action: 'DELETE',
        module: input.module,
        ...scopeOf(input.scopeCode),
        subjectType: 'CYCLE',
        subjectId: cycleSubject(input.module, input.fiscalYear),
        detail: { fiscalYear: input.fiscalYear, extension: { scopeCode: input.scopeCode } },
      });
    });
    return (await this.cycle(input.module, input.fiscalYear))!;
  }

  private movedDeadline(windows: CycleWindows['windows'], deadline: Date) {
    if (windows.length === 0) return [{ opensAt: new Date(), closesAt: deadline }];
    return windows.map((w, i) => (i === windows.length - 1 ? { opensAt: w.opensAt, closesAt: deadline } : w));
  }

  private async assertScopeExists(scopeCode: string): Promise<void> {
    if (scopeCode.length === 2 && !this.geography.province(scopeCode)) throw new AppError('BAD_USER_INPUT', 'input.unknownProvince', { code: scopeCode });
    if (scopeCode.length === 7) await requireLaoScope(this.db, scopeCode);
  }
}

/** A cycle in the audit trail: `INFO:2569`; its extensions are entries about the same subject. */
const cycleSubject = (module: CertificationModule, fiscalYear: number) => `${module}:${fiscalYear}`;

const isoWindow = (w: { opensAt: Date; closesAt: Date }) => ({ opensAt: w.opensAt.toISOString(), closesAt: w.closesAt.toISOString() });

/** An extension for an LAO is that LAO's entry (and its province's); one for a province is the province's. */
const scopeOf = (scopeCode: string) => (scopeCode.length === 7 ? { laoCode: scopeCode } : { provinceCode: scopeCode });
