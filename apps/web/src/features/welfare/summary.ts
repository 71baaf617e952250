import { ELDERLY_TIER_AMOUNTS } from '@lao/domain';
import type { WelfareSummaryFieldsFragment } from '../../generated/graphql';
import type { I18n } from '../../i18n';
import { bold, number, text, writeWorkbook, type ExcelColumn } from '../../ui/excel';
import { baht } from './format';

export type SummaryRow = WelfareSummaryFieldsFragment;
export type SummaryLevel = 'nation' | 'province';

/** Elderly recipients paid a tier's amount (600, 700, 800, 1,000 baht). */
export const tierCount = (row: SummaryRow, amount: number) => row.elderlyByTier.find((t) => t.monthlyAmount === amount)?.count ?? 0;

/** The rows added up (the table's last line and the sheet's). */
export function summaryTotal(rows: readonly SummaryRow[], nameTh: string): SummaryRow {
  const sum = (pick: (r: SummaryRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  return {
    code: '',
    nameTh,
    elderly: sum((r) => r.elderly),
    disabled: sum((r) => r.disabled),
    aids: sum((r) => r.aids),
    elderlyByTier: ELDERLY_TIER_AMOUNTS.map((amount) => ({ monthlyAmount: amount, count: sum((r) => tierCount(r, amount)) })),
    monthlyTotal: sum((r) => r.monthlyTotal),
    yearlyBudget: sum((r) => r.yearlyBudget),
  };
}

/** The summary's columns in the table's order: place, recipients by type, the elderly by tier, baht a month and a year. */
export function summaryColumns(t: I18n['t'], level: SummaryLevel): ExcelColumn<SummaryRow>[] {
  const count = (value: (r: SummaryRow) => number) => (r: SummaryRow) => number(value(r), '#,##0');
  return [
    { header: bold(t(level === 'nation' ? 'welfare.sum.provinceCode' : 'welfare.sum.laoCode')), cell: (r) => text(r.code), width: 11 },
    { header: bold(t(level === 'nation' ? 'welfare.sum.province' : 'welfare.sum.lao')), cell: (r) => text(r.nameTh), width: 34 },
    { header: bold(t('welfare.figure.elderly')), cell: count((r) => r.elderly), width: 14 },
    { header: bold(t('welfare.figure.disabled')), cell: count((r) => r.disabled), width: 14 },
    { header: bold(t('welfare.figure.aids')), cell: count((r) => r.aids), width: 14 },
    ...ELDERLY_TIER_AMOUNTS.map((amount) => ({ header: bold(t('welfare.sum.tier', { amount: baht(amount) })), cell: count((r) => tierCount(r, amount)), width: 16 })),
    { header: bold(t('welfare.sum.monthlyTotal')), cell: count((r) => r.monthlyTotal), width: 18 },
    { header: bold(t('welfare.sum.yearlyBudget')), cell: count((r) => r.yearlyBudget), width: 20 },
  ];
}

export function writeSummaryWorkbook(rows: readonly SummaryRow[], t: I18n['t'], level: SummaryLevel, sheet: string, fileName: string) {
  return writeWorkbook([...rows, summaryTotal(rows, t('welfare.sum.total'))], sheet, summaryColumns(t, level), fileName);
}
