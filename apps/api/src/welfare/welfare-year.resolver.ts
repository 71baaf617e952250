import { Args, Info, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access } from '../auth/access.decorator';
import { SubmissionFieldsResolver } from '../certification/certification.resolver';
import { CertificationService } from '../certification/certification.service';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { RegistryService } from '../registry/registry.service';
import { PaymentExportFormatEnum } from './welfare.enums';
import { PaymentExport, PaymentList } from './payment.models';
import { PAYMENT_PAGE_MAX } from './payment-paging';
import { paymentSelection } from './payment-selection';
import { WelfareSummaryRow, WelfareYear } from './welfare.models';
import { WelfareYearService } from './welfare-year.service';

const FIRST = { type: () => Int, nullable: true, description: `Rows per page, 1–${PAYMENT_PAGE_MAX}; default ${PAYMENT_PAGE_MAX}.` } as const;
const AFTER = { type: () => String, nullable: true, description: "The previous page's pageInfo.endCursor." } as const;

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
  @Query(() => PaymentList, { description: 'Who is paid how much for a month (month 1 = October), by type and name; paged (first/after), count and total the whole month.' })
  welfarePaymentList(
    @Args('laoCode') laoCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('month', { type: () => Int }) month: number,
    @Args('first', FIRST) first: number | null,
    @Args('after', AFTER) after: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.years.paymentList(laoCode, fiscalYear, month, { first, after }, ctx.req, paymentSelection(info));
  }

  @Access({ module: 'WELFARE', right: 'VIEW', lao: (args) => args.laoCode })
  @Mutation(() => PaymentExport, {
    description: `The month's list with personal data for Excel or the bank (PERSONAL_DATA needed); EXPORT_PERSONAL on the audit trail. A month of more than ${PAYMENT_PAGE_MAX} rows is refused (BAD_USER_INPUT) unless paged with first/after.`,
  })
  exportWelfarePaymentList(
    @Args('laoCode') laoCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('month', { type: () => Int }) month: number,
    @Args('format', { type: () => PaymentExportFormatEnum }) format: 'EXCEL' | 'BANK_CSV',
    @Args('first', FIRST) first: number | null,
    @Args('after', AFTER) after: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.years.export(ctx, laoCode, fiscalYear, month, format, { first, after });
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
