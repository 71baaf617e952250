import type { CertificationModule } from '@lao/domain';
import type { Type } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { CertificationActionEnum, CertificationModuleEnum } from '../common/enums';
import { PageArgs } from '../common/paging';
import { SubmissionSort } from '../registry/lao-sort';
import { LocalAuthority } from '../registry/registry.models';
import { RegistryService } from '../registry/registry.service';
import {
  CertificationCycle,
  ExtendCertificationCycleInput,
  OpenCertificationCycleInput,
  RemoveCycleExtensionInput,
  ProvinceCertificationResult,
  ProvinceProgress,
  Submission,
  SubmissionConnection,
  SubmissionEvent,
  SubmissionFields,
  SubmissionFilter,
  SubmissionKeyArgs,
} from './certification.models';
import { CertificationService } from './certification.service';
import { CyclesService } from './cycles.service';
import { SubmissionWorkflow } from './submission-workflow.service';

const moduleArg = (args: Record<string, unknown>) => args.module;
const inputModule = (args: { input?: { module?: unknown } }) => args.input?.module;

/**
 * `allowedActions` and `history` for a submission type: Submission here, and every module's own type
 * (InfoSubmission, …) through the same base class, so each module gets them without writing them again.
 */
export function SubmissionFieldsResolver<T extends SubmissionFields>(classRef: Type<T>) {
  @Resolver(() => classRef, { isAbstract: true })
  abstract class SubmissionFieldsResolverBase {
    abstract readonly certification: CertificationService;
    abstract readonly registry: RegistryService;

    @ResolveField(() => [CertificationActionEnum], { description: 'What the caller may do now; the UI offers nothing else.' })
    allowedActions(@Parent() submission: T, @Ctx() ctx: RequestContext) {
      return this.certification.allowedActions(ctx.actor, submission, ctx.loaders);
    }

    @ResolveField(() => Boolean, { description: 'Whether the caller may change the data now (right, scope, DRAFT, open window).' })
    editable(@Parent() submission: T, @Ctx() ctx: RequestContext) {
      return this.certification.mayRecord(ctx.actor, submission, ctx.loaders);
    }

    @ResolveField(() => Boolean, { description: "Whether the LAO's entry window is open now (extensions included); the same for every caller." })
    async windowOpen(@Parent() submission: T, @Ctx() ctx: RequestContext) {
      return (await this.certification.window(submission, ctx.loaders)).open;
    }

    @ResolveField(() => Date, { nullable: true, description: 'When the window now open (else the next, else the last) opens; null without a cycle.' })
    async opensAt(@Parent() submission: T, @Ctx() ctx: RequestContext) {
      return (await this.certification.window(submission, ctx.loaders)).opensAt;
    }

    @ResolveField(() => Date, { nullable: true, description: "That window's close for this LAO, extensions included; null without a cycle." })
    async closesAt(@Parent() submission: T, @Ctx() ctx: RequestContext) {
      return (await this.certification.window(submission, ctx.loaders)).closesAt;
    }

    @ResolveField(() => LocalAuthority)
    async localAuthority(@Parent() submission: T, @Ctx() ctx: RequestContext) {
      return this.registry.loader(ctx.loaders).load(submission.laoCode);
    }

    @ResolveField(() => [SubmissionEvent], { description: 'Every transition, oldest first.' })
    async history(@Parent() submission: T, @Ctx() ctx: RequestContext) {
      if (!submission.submissionId) return [];
      return (await this.certification.historyLoader(ctx.loaders).load(submission.submissionId)) ?? [];
    }
  }
  return SubmissionFieldsResolverBase;
}

/** The certification names shared by every module (api-contract.md, "Certification"). */
@Resolver(() => Submission)
export class CertificationResolver extends SubmissionFieldsResolver(Submission) {
  constructor(
    readonly certification: CertificationService,
    readonly registry: RegistryService,
    private readonly workflow: SubmissionWorkflow,
    private readonly cycles: CyclesService,
  ) {
    super();
  }

  @Access({ module: moduleArg, right: 'VIEW' })
  @Query(() => [ProvinceProgress], {
    description: 'Per province: how many LAOs have certified a module for a fiscal year; every province when none is given.',
  })
  certificationProgress(
    @Args('module', { type: () => CertificationModuleEnum }) module: CertificationModule,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ProvinceProgress[]> {
    return this.certification.progress(ctx.actor, module, fiscalYear, provinceCode);
  }

  @Access({ module: moduleArg, right: 'VIEW' })
  @Query(() => SubmissionConnection, {
    description: "The submissions of a module and year within the caller's scope, LAOs not started included as DRAFT (ordered by LAO code unless `sort` says otherwise).",
  })
  submissions(
    @Args('module', { type: () => CertificationModuleEnum }) module: CertificationModule,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('filter', { type: () => SubmissionFilter, nullable: true }) filter: SubmissionFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Args('sort', { type: () => SubmissionSort, nullable: true }) sort: SubmissionSort | null,
  ) {
    return this.certification.list(ctx.actor, module, fiscalYear, filter, page, sort);
  }

  @Access({ module: moduleArg, right: 'VIEW' })
  @Query(() => CertificationCycle, { nullable: true, description: "The department's cycle of a module for a fiscal year; null when not opened." })
  certificationCycle(
    @Args('module', { type: () => CertificationModuleEnum }) module: CertificationModule,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ) {
    return this.cycles.cycle(module, fiscalYear);
  }

  @Access({ module: moduleArg, right: 'CERTIFY', province: (args) => args.provinceCode })
  @Mutation(() => ProvinceCertificationResult, {
    description:
      'จังหวัดดำเนินการรับรองข้อมูลทั้งหมด: certifies every LAO of the province at once, all-or-nothing; INCOMPLETE with extensions.pendingCount when some LAOs have not certified.',
  })
  certifyProvince(
    @Args('module', { type: () => CertificationModuleEnum }) module: CertificationModule,
    @Args('provinceCode') provinceCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.workflow.certifyProvince(ctx.actor, module, provinceCode, fiscalYear);
  }

  @Access({ module: moduleArg, right: 'CERTIFY', lao: (args) => args.laoCode })
  @Mutation(() => Submission, { description: 'Province or department: back to DRAFT with a reason the LAO reads.' })
  async returnSubmission(@Args() key: SubmissionKeyArgs, @Args('reason') reason: string, @Ctx() ctx: RequestContext) {
    const row = await this.workflow.transition(ctx, key, 'RETURN', reason);
    return this.certification.toModel(row);
  }

  @Access({ module: moduleArg, right: 'CERTIFY', lao: (args) => args.laoCode })
  @Mutation(() => Submission, { description: 'The LAO takes back its certification before the province certifies.' })
  async withdrawCertification(@Args() key: SubmissionKeyArgs, @Ctx() ctx: RequestContext) {
    const row = await this.workflow.transition(ctx, key, 'WITHDRAW');
    return this.certification.toModel(row);
  }

  @Access({ module: moduleArg, right: 'CERTIFY', lao: (args) => args.laoCode })
  @Mutation(() => Submission, { description: 'The department reopens a province-certified submission, with a reason.' })
  async reopenSubmission(@Args() key: SubmissionKeyArgs, @Args('reason') reason: string, @Ctx() ctx: RequestContext) {
    const row = await this.workflow.transition(ctx, key, 'REOPEN', reason);
    return this.certification.toModel(row);
  }

  @Access({ module: inputModule, right: 'ADMINISTER', departmentOnly: true })
  @Mutation(() => CertificationCycle, { description: "Opens a module's yearly cycle, or moves its deadline." })
  openCertificationCycle(@Args('input') input: OpenCertificationCycleInput, @Ctx() ctx: RequestContext) {
    return this.cycles.openCycle(ctx.actor, input);
  }

  @Access({ module: inputModule, right: 'ADMINISTER', departmentOnly: true })
  @Mutation(() => CertificationCycle, { description: 'Gives a province or an LAO a later deadline.' })
  extendCertificationCycle(@Args('input') input: ExtendCertificationCycleInput, @Ctx() ctx: RequestContext) {
    return this.cycles.extendCycle(ctx.actor, input);
  }

  @Access({ module: inputModule, right: 'ADMINISTER', departmentOnly: true })
  @Mutation(() => CertificationCycle, { description: 'Takes an extension back: the province or LAO is bound by the deadline again.' })
  removeCycleExtension(@Args('input') input: RemoveCycleExtensionInput, @Ctx() ctx: RequestContext) {
    return this.cycles.removeExtension(ctx.actor, input);
  }
}
