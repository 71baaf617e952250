import { ALLOWANCE_TYPE_LABELS, PAYMENT_METHOD_LABELS, type Lang } from '@lao/domain';
import type { ExportWelfarePaymentListMutation } from '../../generated/graphql';
import type { I18n } from '../../i18n';
import { bold, number, text, writeWorkbook, type ExcelColumn } from '../../ui/excel';

export type PaymentExportRow = ExportWelfarePaymentListMutation['exportWelfarePaymentList']['rows'][number];

/** A row of the sheet: a person, or the total under them. */
type SheetRow = PaymentExportRow | { total: number; count: number };

const isTotal = (row: SheetRow): row is { total: number; count: number } => 'total' in row;

/** บัญชีรายชื่อผู้มีสิทธิ์รับเงิน: a row per person paid (the export's rows, personal data included), then the total. */
export function paymentColumns(t: I18n['t'], lang: Lang): ExcelColumn<SheetRow>[] {
  const cell = (value: (r: PaymentExportRow) => string) => (r: SheetRow) => (isTotal(r) ? null : text(value(r)));
  return [
    { header: bold(t('welfare.col.nationalId')), cell: cell((r) => r.nationalId), width: 16 },
    { header: bold(t('welfare.field.title')), cell: cell((r) => r.title), width: 10 },
    { header: bold(t('welfare.field.firstName')), cell: (r) => (isTotal(r) ? bold(t('welfare.pay.totalRow', { count: r.count })) : text(r.firstName)), width: 20 },
    { header: bold(t('welfare.field.lastName')), cell: cell((r) => r.lastName), width: 20 },
    { header: bold(t('welfare.col.type')), cell: cell((r) => ALLOWANCE_TYPE_LABELS[r.allowanceType][lang]), width: 24 },
    { header: bold(t('welfare.field.paymentMethod')), cell: cell((r) => PAYMENT_METHOD_LABELS[r.paymentMethod][lang]), width: 24 },
    { header: bold(t('welfare.field.bankAccount')), cell: cell((r) => r.bankAccount ?? ''), width: 16 },
    { header: bold(t('welfare.pay.amountBaht')), cell: (r) => number(isTotal(r) ? r.total : r.amount, '#,##0'), width: 14 },
  ];
}

export function writePaymentWorkbook(rows: readonly PaymentExportRow[], t: I18n['t'], lang: Lang, sheet: string, fileName: string) {
  const total = rows.reduce((sum, r) => sum + r.amount, 0);
  return writeWorkbook<SheetRow>([...rows, { total, count: rows.length }], sheet, paymentColumns(t, lang), fileName);
}

/** Hands a text file (the bank's CSV, UTF-8 with its BOM as the API wrote it) to the browser as a download. */
export function downloadText(content: string, fileName: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
