import { useMutation, useQuery } from '@apollo/client/react';
import { ALLOWANCE_TYPES, bangkokToday, formatNumber, type AllowanceType } from '@lao/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { useExport } from '../../ui/useExport';
import { fiscalMonthOf, formatMonth } from './format';
import { exportPaymentListMutation, paymentListQuery } from './operations';
import { downloadText, writePaymentWorkbook } from './paymentExport';

/** ?month=1…12 (1 = October) in the address; the month of today (within the year) when absent. */
export function usePaymentMonth(fiscalYear: number) {
  const [params, setParams] = useSearchParams();
  const fallback = fiscalMonthOf(fiscalYear, bangkokToday());
  const raw = Number(params.get('month'));
  const month = Number.isInteger(raw) && raw >= 1 && raw <= 12 ? raw : fallback;
  const setMonth = useCallback(
    (next: number) =>
      setParams(
        (previous) => {
          const copy = new URLSearchParams(previous);
          copy.set('month', String(next));
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { month, setMonth };
}

/** Count and baht per allowance type, from the list's rows. */
export function totalsByType(rows: readonly { amount: number; beneficiary: { allowanceType: AllowanceType } }[]) {
  return ALLOWANCE_TYPES.map((type) => {
    const of = rows.filter((r) => r.beneficiary.allowanceType === type);
    return { type, count: of.length, total: of.reduce((sum, r) => sum + r.amount, 0) };
  });
}

/**
 * The month's payment list of an LAO (welfarePaymentList: who, which allowance, how much) and its two audited
 * exports: the Excel list built from the export's rows, and the bank's transfer file as the API wrote it.
 */
export function usePayments(laoCode: string, fiscalYear: number, month: number) {
  const { t, lang } = useI18n();
  const list = useQuery(paymentListQuery, { variables: { laoCode, fiscalYear, month }, fetchPolicy: 'cache-and-network' });
  const [exportList] = useMutation(exportPaymentListMutation, { refetchQueries: ['AuditTrail'] });
  const data = list.data?.welfarePaymentList;
  const byType = useMemo(() => totalsByType(data?.rows ?? []), [data]);
  const exporter = useExport();

  const exportExcel = () =>
    exporter.run(async () => {
      const result = await exportList({ variables: { laoCode, fiscalYear, month, format: 'EXCEL' } });
      const file = result.data!.exportWelfarePaymentList;
      const monthName = data ? formatMonth(data.monthStart, lang) : String(month);
      await writePaymentWorkbook(file.rows, t, lang, t('welfare.pay.sheet', { month: monthName }), file.fileName);
      return t('welfare.pay.exported', { file: file.fileName, count: formatNumber(file.rows.length) });
    });

  const exportBank = () =>
    exporter.run(async () => {
      const result = await exportList({ variables: { laoCode, fiscalYear, month, format: 'BANK_CSV' } });
      const file = result.data!.exportWelfarePaymentList;
      downloadText(file.csv, file.fileName);
      return t('welfare.pay.exported', { file: file.fileName, count: formatNumber(file.rows.length) });
    });

  return {
    data,
    byType,
    loading: list.loading && !data,
    problem: list.error ? (apiProblem(list.error).message ?? t('app.networkError')) : null,
    exporter,
    exportExcel,
    exportBank,
  };
}
