import { ALLOWANCE_TYPES, bangkokToday, ELDERLY_TIER_AMOUNTS, fiscalMonthStart, paymentMonthSchema } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { z } from 'zod';
import { AccessPolicy } from '../auth/access-policy.service';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { LinkedSources } from '../catalogue/linked-sources';
import { AppError, parseInput } from '../common/app-error';
import type { RequestContext } from '../common/context';
import { CertificationService } from '../certification/certification.service';
import { CertifiedModules } from '../certification/certified-modules';
import { SubmissionWorkflow } from '../certification/submission-workflow.service';
import { GeographyService } from '../registry/geography.service';
import { WelfareAddresses } from './welfare-addresses';
import type { WelfareSummaryRow, WelfareYear } from './welfare.models';
import { paymentBulkhead } from './payment-bulkhead';
import { paymentFile } from './payment-file';
import { toPaymentRows } from './payment-rows';
import { EVERYTHING, NOTHING, type PaymentSelection } from './payment-selection';
import type { PaymentExport, PaymentList } from './payment.models';
import { PAYMENT_PAGE_MAX, paymentCursor, type PaymentPaging, paymentWindow } from './payment-paging';
import { WelfareRepository } from './welfare.repository';
import { type TierRow, WelfareSummaryRepository } from './welfare-summary.repository';

const MODULE = 'WELFARE' as const;
/** The codes INFO's linked indicators name (catalogue_indicator.linked_code, at most 8 characters). */
const LINKED_CODE_OF_TYPE: Record<string, string> = { ELDERLY: 'ELDERLY', DISABILITY: 'DISABLED', AIDS: 'AIDS' };

/**
 * Welfare's year: the monthly payment list and its audited exports, the summaries (aggregates only), and the yearly
 * certification on the shared machine, which freezes the year's figures (later edits do not change them).
 */
@Injectable()
export class WelfareYearService {
  constructor(
    private readonly repository: WelfareRepository,
    private readonly summaries: WelfareSummaryRepository,
    private readonly addresses: WelfareAddresses,
    private readonly certification: CertificationService,
    private readonly workflow: SubmissionWorkflow,
    private readonly geography: GeographyService,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    modules: CertifiedModules,
    linked: LinkedSources,
  ) {
    modules.register({
      module: MODULE,
      // The list is the registry itself: always complete; what is counted is how many enrolments it holds.
      completeness: async ({ manager, lao, fiscalYear }) => {
        const rows = await this.summaries.referenceCounts(manager, [lao.code], fiscalYear, bangkokToday());
        return { complete: true, recordedCount: rows.reduce((n, r) => n + r.count, 0), missing: [] };
      },
      certified: async ({ manager, lao, fiscalYear }) => {
        await this.summaries.freeze(manager, lao.code, fiscalYear, await this.summaries.live(manager, [lao.code], fiscalYear, bangkokToday()));
      },
    });
    // INFO's SC04 (elderly) and SC05 (disabled) recipients are the registry's counts.
    linked.register(MODULE, async ({ laoCodes, fiscalYear, codes, manager }) => {
      // Live, as the contract says, even for a certified year (whose summaries read the frozen snapshot).
      // The maintained month's counts are live too: kept in the same transaction as every registry write.
      const rows = await this.summaries.referenceCounts(manager, laoCodes, fiscalYear, bangkokToday());
      const result = new Map<string, Map<string, number>>();
      for (const code of laoCodes) result.set(code, new Map(codes.map((c) => [c, 0])));
      for (const r of rows) {
        const code = LINKED_CODE_OF_TYPE[r.allowance_type];
        const counts = result.get(r.lao_code);
        if (code && counts && codes.includes(code) && r.monthly_amount > 0) counts.set(code, (counts.get(code) ?? 0) + r.count);
      }
      return result;
    });
  }

  /**
   * One page of the month's payment list (count, total and byType always the whole month's), built under the
   * process's bulkhead so that many large lists at once wait their turn instead of all being held in memory.
   */
  async paymentList(
    laoCode: string,
    fiscalYear: number,
    monthInput: number,
    paging: PaymentPaging = {},
    req?: Request,
    selection: PaymentSelection = EVERYTHING,
  ): Promise<PaymentList> {
    const month = parseInput(z.object({ month: paymentMonthSchema }), { month: monthInput }).month;
    const { limit, afterId } = paymentWindow(paging);
    const monthStart = fiscalMonthStart(fiscalYear, month);
    return paymentBulkhead.run(req, async () => {
      if (afterId && !(await this.repository.isEnrolmentOf(afterId, laoCode))) throw new AppError('BAD_USER_INPUT', 'input.badCursor');
      const fetched = await this.repository.paymentRows(laoCode, monthStart, limit + 1, afterId, selection);
      const hasNextPage = fetched.length > limit;
      const page = hasNextPage ? fetched.slice(0, limit) : fetched;
      // A month that fits its first page is counted from its rows; otherwise the whole month is counted in SQL.
      const totals = !afterId && !hasNextPage ? totalsOf(page) : await this.repository.paymentTotals(laoCode, monthStart);
      const byType = ALLOWANCE_TYPES.map((type) => {
        const t = totals.find((r) => r.allowance_type === type);
        return { allowanceType: type, count: t?.count ?? 0, total: t?.total ?? 0 };
      });
      const rows = toPaymentRows(page, selection, this.addresses, bangkokToday()) as unknown as PaymentList['rows'];
      return {
        laoCode,
        fiscalYear,
        month,
        monthStart,
        count: byType.reduce((n, t) => n + t.count, 0),
        total: byType.reduce((n, t) => n + t.total, 0),
        byType,
        rows,
        pageInfo: { hasNextPage, endCursor: page.length ? paymentCursor(page[page.length - 1]!.id) : null },
      };
    });
  }

  /**
   * The month's list with personal data, for Excel or the bank: PERSONAL_DATA needed, EXPORT_PERSONAL recorded per
   * page. A month larger than a page is refused unless the caller pages (first/after): a bank file silently cut
   * short would leave people unpaid.
   */
  async export(ctx: RequestContext, laoCode: string, fiscalYear: number, month: number, format: 'EXCEL' | 'BANK_CSV', paging: PaymentPaging = {}): Promise<PaymentExport> {
    const lao = await this.certification.laoScope(laoCode, ctx);
    if (!this.policy.mayReadPersonal(ctx.actor, MODULE, lao)) throw new AppError('FORBIDDEN', 'access.missingRight');
    // The export's rows need neither address, phone nor disability card.
    const list = await this.paymentList(laoCode, fiscalYear, month, paging, ctx.req, { ...NOTHING });
    if (list.pageInfo.hasNextPage && paging.first == null && !paging.after) {
      throw new AppError('BAD_USER_INPUT', 'input.pageTooLarge', { maximum: PAYMENT_PAGE_MAX }, { count: list.count });
    }
    const transfers = list.rows.filter((r) => format === 'EXCEL' || r.beneficiary.paymentMethod === 'BANK_TRANSFER');
    await this.audit.recordNow(ctx.actor, {
      action: 'EXPORT_PERSONAL',
      module: MODULE,
      laoCode,
      subjectType: 'BENEFICIARY',
      subjectIds: transfers.map((r) => r.beneficiary.id),
      subjectCount: transfers.length,
      purpose: format === 'BANK_CSV' ? 'ไฟล์โอนเงินเบี้ยยังชีพ' : 'บัญชีรายชื่อผู้มีสิทธิ์รับเงิน',
      detail: { fiscalYear, month: list.month, format, total: transfers.reduce((s, r) => s + r.amount, 0), ...(paging.after ? { after: paging.after } : {}) },
    });
    const file = paymentFile(transfers, format, !paging.after);
    const suffix = `${laoCode}-${fiscalYear}-${String(list.month).padStart(2, '0')}`;
    return { fileName: format === 'BANK_CSV' ? `welfare-transfer-${suffix}.csv` : `welfare-payments-${suffix}.xlsx`, ...file, pageInfo: list.pageInfo };
  }

  async summary(actor: Actor, fiscalYear: number, provinceCode: string | null): Promise<WelfareSummaryRow[]> {
    if (provinceCode && !this.geography.province(provinceCode)) throw new AppError('BAD_USER_INPUT', 'input.unknownProvince', { code: provinceCode.slice(0, 20) });
    const rows = await this.summaries.grouped(fiscalYear, provinceCode, this.policy.aggregateScope(actor, MODULE), bangkokToday());
    const byCode = new Map<string, TierRow[]>();
    for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
    // Every LAO of the province (zeros where nobody is counted), as every province nationally.
    if (provinceCode) return (await this.summaries.laosOf(provinceCode)).map((l) => toSummary(l.code, l.name_th, byCode.get(l.code) ?? []));
    return this.geography.allProvinces().map((p) => toSummary(p.code, p.nameTh, byCode.get(p.code) ?? []));
  }

  async year(laoCode: string, fiscalYear: number, ctx?: RequestContext): Promise<WelfareYear> {
    const lao = await this.certification.laoScope(laoCode, ctx);
    const [row, tiers] = await Promise.all([this.certification.find(MODULE, lao, fiscalYear), this.summaries.perLao([lao.code], fiscalYear, bangkokToday())]);
    return { ...this.certification.toModel<WelfareYear>(row), complete: true, frozen: row.status !== 'DRAFT', figures: toSummary(lao.code, lao.code, tiers) };
  }

  /** รับรองข้อมูล: the LAO confirms its list for the year; the workflow freezes the figures under the same lock. */
  async certify(ctx: RequestContext, laoCode: string, fiscalYear: number): Promise<WelfareYear> {
    await this.workflow.certify(ctx, { module: MODULE, laoCode, fiscalYear });
    return this.year(laoCode, fiscalYear, ctx);
  }
}

function totalsOf(rows: readonly { allowanceType: string; amount: number }[]) {
  const byType = new Map<string, { allowance_type: string; count: number; total: number }>();
  for (const r of rows) {
    const t = byType.get(r.allowanceType) ?? { allowance_type: r.allowanceType, count: 0, total: 0 };
    t.count += 1;
    t.total += r.amount;
    byType.set(r.allowanceType, t);
  }
  return [...byType.values()];
}

function toSummary(code: string, nameTh: string, tiers: readonly TierRow[]): WelfareSummaryRow {
  const count = (type: string) => tiers.filter((t) => t.allowance_type === type && t.monthly_amount > 0).reduce((n, t) => n + t.count, 0);
  const [elderly, disabled, aids] = ALLOWANCE_TYPES.map(count) as [number, number, number];
  return {
    code,
    nameTh,
    elderly,
    disabled,
    aids,
    elderlyByTier: ELDERLY_TIER_AMOUNTS.map((amount) => ({
      monthlyAmount: amount,
      count: tiers.filter((t) => t.allowance_type === 'ELDERLY' && t.monthly_amount === amount).reduce((n, t) => n + t.count, 0),
    })),
    monthlyTotal: tiers.reduce((sum, t) => sum + t.count * t.monthly_amount, 0),
    yearlyBudget: tiers.reduce((sum, t) => sum + Number(t.yearly_amount), 0),
  };
}
