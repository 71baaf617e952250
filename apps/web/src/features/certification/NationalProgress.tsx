import { formatNumber } from '@lao/domain';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { SortHeader } from '../../ui/sorting';
import { ExportButton } from '../../ui/useExport';
import { provincePath, type CertifiedModule } from './moduleKit';
import { certifiedPercent, TOP_N, type ChartScope } from './progress';
import { ProgressSummary } from './ProgressSummary';
import { ProvinceBarChart } from './ProvinceBarChart';
import type { NationalProgressState } from './useNationalProgress';

interface NationalProgressProps {
  module: Pick<CertifiedModule, 'path'>;
  progress: NationalProgressState;
  fiscalYear: number;
  /** Links to another page of the same fiscal year. */
  withYear: (path: string) => string;
}

/**
 * A module's national certification progress, the same for every module: the nation's figures, % certified per
 * province as a chart (all, top or bottom ten), and the sortable table linking to each province's page, with its
 * Excel export.
 */
export function NationalProgress({ module, progress, fiscalYear, withYear }: NationalProgressProps) {
  const { t, lang } = useI18n();
  const ids = { summary: useId(), chart: useId(), scope: useId(), table: useId() };
  const { rows, totals, sorted, sort, sortBy, bars, scope, setScope, exporter } = progress;
  if (progress.loading) return <Loading label={t('common.loading')} />;
  const best = bars[0];
  const worst = bars.at(-1);
  const percent = (part: number, total: number) => `${total ? (part / total) * 100 : 0}%`;

  return (
    <>
      <ErrorAlert>{progress.problem && (progress.problem.message ?? t('app.networkError'))}</ErrorAlert>
      <section className="card" aria-labelledby={ids.summary}>
        <h2 id={ids.summary}>{t('national.summary', { year: fiscalYear, count: formatNumber(rows.length) })}</h2>
        <ProgressSummary row={totals} />
      </section>

      <section className="card" aria-labelledby={ids.chart}>
        <div className="card__head">
          <h2 id={ids.chart}>{t('national.chartTitle')}</h2>
          <div className="field field--inline">
            <label className="field__label" htmlFor={ids.scope}>
              {t('national.chartScope')}
            </label>
            <select id={ids.scope} className="input" value={scope} onChange={(e) => setScope(e.target.value as ChartScope)}>
              <option value="all">{t('national.chartAll', { count: rows.length })}</option>
              <option value="top">{t('national.chartTop', { count: TOP_N })}</option>
              <option value="bottom">{t('national.chartBottom', { count: TOP_N })}</option>
            </select>
          </div>
        </div>
        <ul className="chart-legend">
          <li>
            <span className="chart-legend__swatch chart-legend__swatch--province" aria-hidden="true" />
            {t('progress.provinceCertified')}
          </li>
          <li>
            <span className="chart-legend__swatch chart-legend__swatch--lao" aria-hidden="true" />
            {t('progress.laoCertified')}
          </li>
        </ul>
        <div className="chart-scroll" tabIndex={0} role="region" aria-label={t('national.chartTitle')}>
          <ProvinceBarChart
            bars={bars}
            title={t('national.chartTitle')}
            summary={
              best && worst
                ? t('national.chartSummary', {
                    best: best.name,
                    bestPercent: formatNumber(best.provincePercent + best.laoPercent, 1),
                    worst: worst.name,
                    worstPercent: formatNumber(worst.provincePercent + worst.laoPercent, 1),
                  })
                : ''
            }
          />
        </div>
      </section>

      <section className="card" aria-labelledby={ids.table}>
        <div className="card__head">
          <h2 id={ids.table}>{t('national.tableTitle')}</h2>
          <ExportButton label={t('national.exportProgress')} running={exporter.running} disabled={rows.length === 0} onClick={() => void progress.exportProgress()} />
        </div>
        <StatusMessage className="registry__status">{exporter.status}</StatusMessage>
        <ErrorAlert>{exporter.error}</ErrorAlert>
        <div className="table-wrap">
          <table className="table table--numbers">
            <caption className="visually-hidden">{t('national.tableCaption', { year: fiscalYear })}</caption>
            <thead>
              <tr>
                <SortHeader column="name" label={t('national.col.province')} sort={sort} onSort={sortBy} />
                <th scope="col" className="num">
                  {t('progress.total')}
                </th>
                <th scope="col" className="num">
                  {t('progress.draft')}
                </th>
                <th scope="col" className="num">
                  {t('progress.laoCertified')}
                </th>
                <th scope="col" className="num">
                  {t('progress.provinceCertified')}
                </th>
                <SortHeader column="percent" label={t('national.col.percent')} sort={sort} onSort={sortBy} />
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={row.provinceCode}>
                  <th scope="row">
                    <Link to={withYear(provincePath(module, row.provinceCode))}>{localName(row.province, lang)}</Link>
                  </th>
                  <td className="num">{formatNumber(row.total)}</td>
                  <td className="num">{formatNumber(row.draft)}</td>
                  <td className="num">{formatNumber(row.laoCertified)}</td>
                  <td className="num">{formatNumber(row.provinceCertified)}</td>
                  <td>
                    <span className="meter-cell">
                      <span className="meter" aria-hidden="true">
                        <span className="meter__province" style={{ width: percent(row.provinceCertified, row.total) }} />
                        <span className="meter__lao" style={{ width: percent(row.laoCertified, row.total) }} />
                      </span>
                      <span className="meter-cell__value">{formatNumber(certifiedPercent(row), 1)}%</span>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
