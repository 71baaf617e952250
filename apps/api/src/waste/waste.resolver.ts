import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import { SubmissionFieldsResolver } from '../certification/certification.resolver';
import { CertificationService } from '../certification/certification.service';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { RegistryService } from '../registry/registry.service';
import { SaveWasteDisposalInput, SaveWasteSectionInput, WasteIndicator, WasteReport, WasteSummaryRow } from './waste.models';
import { WasteService } from './waste.service';
import { WasteReportsService } from './waste-reports.service';

/** Waste's names (api-contract.md, "Waste"); certification fields come from the shared base resolver. */
@Resolver(() => WasteReport)
export class WasteResolver extends SubmissionFieldsResolver(WasteReport) {
  constructor(
    readonly certification: CertificationService,
    readonly registry: RegistryService,
    private readonly waste: WasteService,
    private readonly reports: WasteReportsService,
  ) {
    super();
  }

  @Access({ module: 'WASTE', right: 'VIEW' })
  @Query(() => [WasteIndicator], { description: "The Waste report's catalogue of a fiscal year, section by section in order." })
  wasteIndicators(@Args('fiscalYear', { type: () => Int }) fiscalYear: number) {
    return this.waste.indicators(fiscalYear);
  }

  @Access({ module: 'WASTE', right: 'VIEW', lao: (args) => args.laoCode })
  @Query(() => WasteReport, { description: "An LAO's Waste report for a fiscal year (a DRAFT with nothing recorded when not started)." })
  wasteReport(@Args('laoCode') laoCode: string, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    return this.waste.report(laoCode, fiscalYear, ctx);
  }

  @Access({ module: 'WASTE', right: 'RECORD', lao: (args) => args.input?.laoCode })
  @Mutation(() => WasteReport, {
    description: 'Saves one section (values not listed keep what they had; null clears one). Cross-field rules are BAD_USER_INPUT naming the indicators.',
  })
  saveWasteSection(@Args('input') input: SaveWasteSectionInput, @Ctx() ctx: RequestContext) {
    return this.waste.saveSection(ctx, input);
  }

  @Access({ module: 'WASTE', right: 'RECORD', lao: (args) => args.input?.laoCode })
  @Mutation(() => WasteReport, { description: "Replaces where the LAO's collected waste goes this year; the uses add up to no more than collected t/day." })
  saveWasteDisposal(@Args('input') input: SaveWasteDisposalInput, @Ctx() ctx: RequestContext) {
    return this.waste.saveDisposal(ctx, input);
  }

  @Access({ module: 'WASTE', right: 'CERTIFY', lao: (args) => args.laoCode })
  @Mutation(() => WasteReport, { description: 'รับรองข้อมูล: INCOMPLETE with extensions.missing per section while a required value is missing.' })
  certifyWaste(@Args('laoCode') laoCode: string, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    return this.waste.certify(ctx, laoCode, fiscalYear);
  }

  @Access({ module: 'WASTE', right: 'VIEW' })
  @Query(() => [WasteSummaryRow], { description: 'A row per province (national), or per LAO of provinceCode; drafts outside the caller\'s scope are never counted.' })
  wasteSummary(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null,
    @Args('certifiedOnly', { type: () => Boolean, nullable: true }) certifiedOnly: boolean | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.reports.summary(ctx.actor, fiscalYear, provinceCode, certifiedOnly ?? false);
  }
}
