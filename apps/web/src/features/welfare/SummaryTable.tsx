import { useQuery } from '@apollo/client/react';
import { ELDERLY_TIER_AMOUNTS, formatNumber } from '@lao/domain';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { ExportButton, useExport } from '../../ui/useExport';
import { baht } from './format';
import { welfareSummaryQuery } from './operations';
import { summaryTotal, tierCount, writeSummaryWorkbook, type SummaryLevel, type SummaryRow } from './summary';

interface SummaryTableProps {
  fiscalYear: number;
  /** null: a row per province (the nation); a code: a row per LAO of that province. */
  provinceCode: string | null;
  /** The page a row opens (the province's page, or the LAO's). */
  rowHref: (code: string) => string;
  /** The place's name for the file and the caption. */
  placeName: string;
}

/**
 * Welfare's aggregates (no personal data): recipients by type, the elderly by tier, the month's total and the year's
 * budget, per province for the nation or per LAO of a province, with the total and the Excel export.
 */
export function SummaryTable({ fiscalYear, provinceCode, rowHref, placeName }: SummaryTableProps) {
  const { t } = useI18n();
  const level: SummaryLevel = provinceCode ? 'province' : 'nation';
  const summary = useQuery(welfareSummaryQuery, { variables: { fiscalYear, provinceCode }, fetchPolicy: 'cache-and-network' });
  const rows = useMemo(() => summary.data?.welfareSummary ?? [], [summary.data]);
  const total = useMemo(() => summaryTotal(rows, t('welfare.sum.total')), [rows, t]);
  const exporter = useExport();
  const exportTable = () =>
    exporter.run(async () => {
      const fileName = `${t('welfare.sum.file', { place: placeName, year: fiscalYear })}-${todayForFileName()}.xlsx`;
      await writeSummaryWorkbook(rows, t, level, t('welfare.sum.sheet', { year: fiscalYear }), fileName);
      return t('registry.exportDone', { file: fileName, count: formatNumber(rows.length) });
    });
  const cells = (r: SummaryRow) => (
    <>
      <td className="num">{formatNumber(r.elderly)}</td>
      <td className="num">{formatNumber(r.disabled)}</td>
      <td className="num">{formatNumber(r.aids)}</td>
      {ELDERLY_TIER_AMOUNTS.map((amount) => (
        <td key={amount} className="num">
          {formatNumber(tierCount(r, amount))}
        </td>
      ))}
      <td className="num">{baht(r.monthlyTotal)}</td>
      <td className="num">{baht(r.yearlyBudget)}</td>
    </>
  );

  return (
    <section className="card" aria-labelledby="welfare-summary-title">
      <div className="card__head">
        <h2 id="welfare-summary-title">{t(level === 'nation' ? 'welfare.sum.nationTitle' : 'welfare.sum.provinceTitle', { place: placeName, year: fiscalYear })}</h2>
        <ExportButton label={t('registry.export')} running={exporter.running} disabled={rows.length === 0} onClick={() => void exportTable()} />
      </div>
      <p className="muted">{t('welfare.sum.intro')}</p>
      <StatusMessage className="registry__status">{exporter.status}</StatusMessage>
      <ErrorAlert>{exporter.error}</ErrorAlert>
      <ErrorAlert>{summary.error && (apiProblem(summary.error).message ?? t('app.networkError'))}</ErrorAlert>
      {summary.loading && !summary.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <div className="table-wrap welfare-summary-wrap" tabIndex={0} role="region" aria-labelledby="welfare-summary-title">
          <table className="table table--numbers welfare-summary">
            <caption className="visually-hidden">{t('welfare.sum.caption', { place: placeName, year: fiscalYear })}</caption>
            <thead>
              <tr>
                <th scope="col">{t(level === 'nation' ? 'welfare.sum.province' : 'welfare.sum.lao')}</th>
                <th scope="col" className="num">
                  {t('welfare.figure.elderly')}
                </th>
                <th scope="col" className="num">
                  {t('welfare.figure.disabled')}
                </th>
                <th scope="col" className="num">
                  {t('welfare.figure.aids')}
                </th>
                {ELDERLY_TIER_AMOUNTS.map((amount) => (
                  <th key={amount} scope="col" className="num">
                    {t('welfare.sum.tier', { amount: baht(amount) })}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('welfare.sum.monthlyTotal')}
                </th>
                <th scope="col" className="num">
                  {t('welfare.sum.yearlyBudget')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code}>
                  <th scope="row">
                    <Link to={rowHref(r.code)}>{r.nameTh}</Link>
                  </th>
                  {cells(r)}
                </tr>
              ))}
              {rows.length === 0 && (
                <tr>
                  <td colSpan={10} className="table__empty">
                    {t('welfare.sum.empty')}
                  </td>
                </tr>
              )}
            </tbody>
            {rows.length > 0 && (
              <tfoot>
                <tr>
                  <th scope="row">{total.nameTh}</th>
                  {cells(total)}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}
