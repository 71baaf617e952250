import { useMutation, useQuery } from '@apollo/client/react';
import { bangkokToday, formatNumber } from '@lao/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { useExport } from '../../ui/useExport';
import { fiscalMonthOf, formatMonth } from './format';
import { exportPaymentListMutation, paymentListQuery } from './operations';
import { downloadText, type PaymentExportRow, writePaymentWorkbook } from './paymentExport';

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

/**
 * Rows fetched at once: a town's whole month is a page or two; Bangkok's (about 940,000) is read on as the list is
 * scrolled through, never held in the browser at once. Exports read pages of EXPORT_PAGE, each on the audit trail.
 */
export const LIST_PAGE = 2_000;
export const EXPORT_PAGE = 5_000;

type ExportFile = { fileName: string; csv: string; rows: PaymentExportRow[] };

/**
 * The month's payment list of an LAO (welfarePaymentList: who, which allowance, how much; count, total and byType
 * the whole month's, the rows a page at a time) and its two audited exports, read page by page and joined: the
 * Excel list built from the export's rows, and the bank's transfer file as the API wrote it (its pages joined).
 */
export function usePayments(laoCode: string, fiscalYear: number, month: number) {
  const { t, lang } = useI18n();
  const list = useQuery(paymentListQuery, { variables: { laoCode, fiscalYear, month, first: LIST_PAGE }, fetchPolicy: 'cache-and-network' });
  const [exportList] = useMutation(exportPaymentListMutation, { refetchQueries: ['AuditTrail'] });
  const data = list.data?.welfarePaymentList;
  const byType = useMemo(() => (data?.byType ?? []).map((r) => ({ type: r.allowanceType, count: r.count, total: r.total })), [data]);
  const exporter = useExport();

  /** The next page, appended to the rows already read (count, total and byType stay the whole month's). */
  const loadMore = useCallback(async () => {
    const cursor = list.data?.welfarePaymentList.pageInfo.endCursor;
    if (!list.data?.welfarePaymentList.pageInfo.hasNextPage || !cursor) return;
    await list.fetchMore({
      variables: { after: cursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        const before = previous.welfarePaymentList;
        const next = fetchMoreResult.welfarePaymentList;
        if (!before) return fetchMoreResult;
        return { welfarePaymentList: { ...next, rows: [...(before.rows ?? []), ...next.rows] } } as typeof fetchMoreResult;
      },
    });
  }, [list]);

  const exportPages = async (format: 'EXCEL' | 'BANK_CSV'): Promise<ExportFile> => {
    const file: ExportFile = { fileName: '', csv: '', rows: [] };
    let after: string | null = null;
    for (;;) {
      const result = await exportList({ variables: { laoCode, fiscalYear, month, format, first: EXPORT_PAGE, after } });
      const page = result.data!.exportWelfarePaymentList;
      file.fileName = page.fileName;
      file.csv += page.csv;
      file.rows.push(...page.rows);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return file;
      after = page.pageInfo.endCursor;
    }
  };

  const exportExcel = () =>
    exporter.run(async () => {
      const file = await exportPages('EXCEL');
      const monthName = data ? formatMonth(data.monthStart, lang) : String(month);
      await writePaymentWorkbook(file.rows, t, lang, t('welfare.pay.sheet', { month: monthName }), file.fileName);
      return t('welfare.pay.exported', { file: file.fileName, count: formatNumber(file.rows.length) });
    });

  const exportBank = () =>
    exporter.run(async () => {
      const file = await exportPages('BANK_CSV');
      downloadText(file.csv, file.fileName);
      return t('welfare.pay.exported', { file: file.fileName, count: formatNumber(file.rows.length) });
    });

  return {
    data,
    byType,
    hasMore: Boolean(data?.pageInfo.hasNextPage),
    loadMore,
    loading: list.loading && !data,
    problem: list.error ? (apiProblem(list.error).message ?? t('app.networkError')) : null,
    exporter,
    exportExcel,
    exportBank,
  };
}
