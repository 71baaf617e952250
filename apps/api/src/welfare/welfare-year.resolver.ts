import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import { SubmissionFieldsResolver } from '../certification/certification.resolver';
import { CertificationService } from '../certification/certification.service';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { RegistryService } from '../registry/registry.service';
import { PaymentExportFormatEnum } from './welfare.enums';
import { PaymentExport, PaymentList, WelfareSummaryRow, WelfareYear } from './welfare.models';
import { WelfareYearService } from './welfare-year.service';

/** Welfare's year: payment lists and exports, summaries, and certification of the year's list. */
@Resolver(() => WelfareYear)
export class WelfareYearResolver extends SubmissionFieldsResolver(WelfareYear) {
  constructor(
    readonly certification: CertificationService,
    readonly registry: RegistryService,
    private readonly years: WelfareYearService,
  ) {
    super();
  }

  @Access({ module: 'WELFARE', right: 'VIEW', lao: (args) => args.laoCode })
  @Query(() => PaymentList, { description: 'Who is paid how much for a month (month 1 = October), by type and name.' })
  welfarePaymentList(
    @Args('laoCode') laoCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('month', { type: () => Int }) month: number,
  ) {
    return this.years.paymentList(laoCode, fiscalYear, month);
  }

  @Access({ module: 'WELFARE', right: 'VIEW', lao: (args) => args.laoCode })
  @Mutation(() => PaymentExport, { description: 'The month\'s list with personal data for Excel or the bank (PERSONAL_DATA needed); EXPORT_PERSONAL on the audit trail.' })
  exportWelfarePaymentList(
    @Args('laoCode') laoCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('month', { type: () => Int }) month: number,
    @Args('format', { type: () => PaymentExportFormatEnum }) format: 'EXCEL' | 'BANK_CSV',
    @Ctx() ctx: RequestContext,
  ) {
    return this.years.export(ctx, laoCode, fiscalYear, month, format);
  }

  @Access({ module: 'WELFARE', right: 'VIEW' })
  @Query(() => [WelfareSummaryRow], { description: 'Aggregates per province (national) or per LAO of provinceCode; readable with a key.' })
  welfareSummary(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.years.summary(ctx.actor, fiscalYear, provinceCode);
  }

  @Access({ module: 'WELFARE', right: 'VIEW', lao: (args) => args.laoCode })
  @Query(() => WelfareYear, { description: "An LAO's Welfare year: its certification and figures (frozen once certified)." })
  welfareYear(@Args('laoCode') laoCode: string, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    return this.years.year(laoCode, fiscalYear, ctx);
  }

  @Access({ module: 'WELFARE', right: 'CERTIFY', lao: (args) => args.laoCode })
  @Mutation(() => WelfareYear, { description: "รับรองข้อมูล: confirms the LAO's list for the year and freezes that year's figures." })
  certifyWelfare(@Args('laoCode') laoCode: string, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    return this.years.certify(ctx, laoCode, fiscalYear);
  }
}
