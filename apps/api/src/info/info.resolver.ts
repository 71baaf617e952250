import type { InfoDomain } from '@lao/domain';
import { Args, Field, Info, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selects } from '../common/selection';
import { Access } from '../auth/access.decorator';
import { SubmissionFieldsResolver } from '../certification/certification.resolver';
import { CertificationService } from '../certification/certification.service';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { InfoDomainEnum } from '../common/enums';
import { PageArgs } from '../common/paging';
import { LocalAuthority, LocalAuthorityFilter } from '../registry/registry.models';
import { RegistryService } from '../registry/registry.service';
import {
  IndicatorModel,
  InfoSectionModel,
  InfoSubmission,
  LaoValues,
  LaoValuesConnection,
  LpaScore,
  LpaScoreConnection,
  SaveInfoSectionInput,
} from './info.models';
import { InfoService } from './info.service';
import { InfoReportsService } from './info-reports.service';

@ObjectType()
export class LpaScoreCount {
  @Field(() => Int)
  score: number;

  @Field(() => Int)
  count: number;
}

/** INFO's names (api-contract.md, "INFO"); certification fields come from the shared base resolver. */
@Resolver(() => InfoSubmission)
export class InfoResolver extends SubmissionFieldsResolver(InfoSubmission) {
  constructor(
    readonly certification: CertificationService,
    readonly registry: RegistryService,
    private readonly info: InfoService,
    private readonly tables: InfoReportsService,
  ) {
    super();
  }

  @Access({ module: 'INFO', right: 'VIEW' })
  @Query(() => [IndicatorModel], { description: 'The INFO catalogue of a fiscal year, domain by domain in order.' })
  infoIndicators(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('domain', { type: () => InfoDomainEnum, nullable: true }) domain: InfoDomain | null,
  ) {
    return this.info.indicators(fiscalYear, domain);
  }

  @Access({ module: 'INFO', right: 'VIEW', lao: (args) => args.laoCode })
  @Query(() => InfoSubmission, { description: "An LAO's INFO for a fiscal year (a DRAFT with nothing recorded when not started)." })
  infoSubmission(
    @Args('laoCode') laoCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The linked indicators' values come from their source modules (Waste, Welfare: a computation each): only when asked.
    // The history, when asked, is read beside the submission rather than after it.
    return this.info.submission(laoCode, fiscalYear, ctx, { linkedValues: selects(info, ['sections', 'values']), history: selects(info, ['history']) });
  }

  @Access({ module: 'INFO', right: 'RECORD', lao: (args) => args.input?.laoCode })
  @Mutation(() => InfoSectionModel, {
    description: 'Saves one domain (values not listed keep what they had; null clears one). CONFLICT once certified, WINDOW_CLOSED after the deadline.',
  })
  saveInfoSection(@Args('input') input: SaveInfoSectionInput, @Ctx() ctx: RequestContext) {
    return this.info.saveSection(ctx, input);
  }

  @Access({ module: 'INFO', right: 'CERTIFY', lao: (args) => args.laoCode })
  @Mutation(() => InfoSubmission, { description: 'รับรองข้อมูล: INCOMPLETE with extensions.missing per domain while a required value is missing.' })
  certifyInfo(@Args('laoCode') laoCode: string, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    return this.info.certify(ctx, laoCode, fiscalYear);
  }

  @Access({ module: 'INFO', right: 'VIEW' })
  @Query(() => LaoValuesConnection, { description: 'Chosen indicators (at most 50) for a page of LAOs within the caller\'s scope, ordered by LAO code.' })
  infoValues(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('indicatorCodes', { type: () => [String] }) indicatorCodes: string[],
    @Args('filter', { type: () => LocalAuthorityFilter, nullable: true }) filter: LocalAuthorityFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.tables.values(ctx.actor, fiscalYear, indicatorCodes, filter, page, selects(info, ['totalCount']));
  }

  @Access({ module: 'INFO', right: 'VIEW' })
  @Query(() => LpaScoreConnection, { description: 'LPA indicator 7 per LAO within the caller\'s scope, ordered by LAO code.' })
  lpaScores(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('filter', { type: () => LocalAuthorityFilter, nullable: true }) filter: LocalAuthorityFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.tables.lpaScores(ctx.actor, fiscalYear, filter, page, selects(info, ['totalCount']));
  }

  @Access({ module: 'INFO', right: 'VIEW' })
  @Query(() => [LpaScoreCount], { description: 'How many LAOs score 5, 3, 1 and 0, nationally or in one province.' })
  lpaDistribution(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.tables.lpaDistribution(ctx.actor, fiscalYear, provinceCode);
  }
}

/** The LAO of a partner-table row or an LPA score, batched: one registry query per page, never one per row. */
@Resolver(() => LpaScore)
export class LpaScoreResolver {
  constructor(private readonly registry: RegistryService) {}

  @ResolveField(() => LocalAuthority)
  localAuthority(@Parent() score: LpaScore, @Ctx() ctx: RequestContext) {
    return this.registry.loader(ctx.loaders).load(score.laoCode);
  }
}

@Resolver(() => LaoValues)
export class LaoValuesResolver {
  constructor(private readonly registry: RegistryService) {}

  @ResolveField(() => LocalAuthority)
  localAuthority(@Parent() row: LaoValues, @Ctx() ctx: RequestContext) {
    return this.registry.loader(ctx.loaders).load(row.laoCode);
  }
}
