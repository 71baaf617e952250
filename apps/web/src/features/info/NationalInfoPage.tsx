import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatNumber, hasRight } from '@lao/domain';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { localName, useI18n, type MessageId } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { Forbidden } from '../../ui/Forbidden';
import { SortHeader, useTableSort } from '../../ui/sorting';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useExport } from '../../ui/useExport';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { certificationProgressQuery } from '../certification/operations';
import { ProvinceBarChart, ScoreChart } from './charts';
import { certifiedPercent, fetchAllLpaScores, writeLpaWorkbook, writeProgressWorkbook, type ProgressRow } from './exportExcel';
import { lpaDistributionQuery } from './operations';
import { ProgressSummary } from './ProgressSummary';

type SortKey = 'name' | 'percent';
type ChartScope = 'all' | 'top' | 'bottom';
const TOP_N = 10;
const LPA_SCORES = [5, 3, 1, 0] as const;

/** The national view (/info/national?year=): the department's progress per province, the chart and LPA scores. */
export default function NationalInfoPage() {
  const user = useUser();
  if (user.level !== 'DEPARTMENT' || !hasRight(user.rights, 'INFO', 'VIEW')) return <Forbidden />;
  return <National />;
}

function National() {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const { year, years, setYear, withYear } = useFiscalYearParam();
  useDocumentTitle(`${t('infoNational.title')} ${year}`);
  const progress = useQuery(certificationProgressQuery, { variables: { module: 'INFO', fiscalYear: year, provinceCode: null }, fetchPolicy: 'network-only' });
  const lpa = useQuery(lpaDistributionQuery, { variables: { fiscalYear: year, provinceCode: null }, fetchPolicy: 'network-only' });
  const { sort, sortBy } = useTableSort<SortKey>({ key: 'name', direction: 'ascending' }, (key) => (key === 'percent' ? 'descending' : 'ascending'));
  const [chartScope, setChartScope] = useState<ChartScope>('all');
  const ids = { chartScope: useId() };

  const rows = useMemo(() => progress.data?.certificationProgress ?? [], [progress.data]);
  const name = (row: ProgressRow) => localName(row.province, lang);
  const totals = useMemo(
    () =>
      rows.reduce(
        (sum, r) => ({
          total: sum.total + r.total,
          draft: sum.draft + r.draft,
          laoCertified: sum.laoCertified + r.laoCertified,
          provinceCertified: sum.provinceCertified + r.provinceCertified,
        }),
        { total: 0, draft: 0, laoCertified: 0, provinceCertified: 0 },
      ),
    [rows],
  );

  const sorted = useMemo(() => {
    const collator = new Intl.Collator(lang === 'en' ? 'en' : 'th');
    const byName = (a: ProgressRow, b: ProgressRow) => collator.compare(localName(a.province, lang), localName(b.province, lang));
    const list = [...rows].sort((a, b) => (sort.key === 'name' ? byName(a, b) : certifiedPercent(a) - certifiedPercent(b) || byName(a, b)));
    return sort.direction === 'descending' ? list.reverse() : list;
  }, [rows, sort, lang]);

  const bars = useMemo(() => {
    const byPercent = [...rows].sort((a, b) => certifiedPercent(b) - certifiedPercent(a) || a.provinceCode.localeCompare(b.provinceCode));
    const chosen = chartScope === 'top' ? byPercent.slice(0, TOP_N) : chartScope === 'bottom' ? byPercent.slice(-TOP_N) : byPercent;
    return chosen.map((r) => ({
      code: r.provinceCode,
      name: localName(r.province, lang),
      provincePercent: r.total ? (r.provinceCertified / r.total) * 100 : 0,
      laoPercent: r.total ? (r.laoCertified / r.total) * 100 : 0,
    }));
  }, [rows, chartScope, lang]);

  const distribution = lpa.data?.lpaDistribution ?? [];
  const lpaTotal = distribution.reduce((n, d) => n + d.count, 0);
  const scoreBars = LPA_SCORES.map((score) => ({
    score,
    count: distribution.find((d) => d.score === score)?.count ?? 0,
    label: t('infoNational.scoreLabel', { score }),
  }));

  const exporter = useExport();
  const exportProgress = () =>
    exporter.run(async (report) => {
      report(t('infoNational.exportingProgress'));
      const fileName = `${t('infoNational.progressFile', { year })}-${todayForFileName()}.xlsx`;
      await writeProgressWorkbook(sorted, t, lang, year, fileName);
      return t('registry.exportDone', { file: fileName, count: formatNumber(sorted.length) });
    });
  const exportLpa = () =>
    exporter.run(async (report) => {
      report(t('infoNational.exportingLpa', { done: 0, total: formatNumber(lpaTotal * 2) }));
      const data = await fetchAllLpaScores(client, year, (done, total) =>
        report(t('infoNational.exportingLpa', { done: formatNumber(done), total: formatNumber(total) })),
      );
      const fileName = `${t('infoNational.lpaFile', { year })}-${todayForFileName()}.xlsx`;
      await writeLpaWorkbook(data, t, lang, year, fileName);
      return t('registry.exportDone', { file: fileName, count: formatNumber(data.length) });
    });

  const problem = progress.error ? apiProblem(progress.error) : null;
  const best = bars[0];
  const worst = bars.at(-1);

  return (
    <section className="info-national">
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t('infoCommon.module')}</p>
          <h1>{t('infoNational.title')}</h1>
          <p className="page-header__sub">{t('infoNational.sub', { year })}</p>
        </div>
        <FiscalYearSelect label={t('infoCommon.fiscalYear')} year={year} years={years} onChange={setYear} />
      </header>

      <div className="page-header__actions export-actions">
        <button type="button" className="button button--secondary" onClick={() => void exportProgress()} disabled={exporter.running || rows.length === 0}>
          <span aria-hidden="true">⬇ </span>
          {t('infoNational.exportProgress')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportLpa()} disabled={exporter.running || lpaTotal === 0}>
          <span aria-hidden="true">⬇ </span>
          {t('infoNational.exportLpa')}
        </button>
      </div>
      <StatusMessage className="registry__status">{exporter.status}</StatusMessage>
      <ErrorAlert>{exporter.error}</ErrorAlert>
      <ErrorAlert>{problem && (problem.message ?? t('app.networkError'))}</ErrorAlert>

      {progress.loading && !progress.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <>
          <section className="card" aria-labelledby="national-summary-title">
            <h2 id="national-summary-title">{t('infoNational.summary', { year, count: formatNumber(rows.length) })}</h2>
            <ProgressSummary row={totals} />
          </section>

          <section className="card" aria-labelledby="national-chart-title">
            <div className="card__head">
              <h2 id="national-chart-title">{t('infoNational.chartTitle')}</h2>
              <div className="field field--inline">
                <label className="field__label" htmlFor={ids.chartScope}>
                  {t('infoNational.chartScope')}
                </label>
                <select id={ids.chartScope} className="input" value={chartScope} onChange={(e) => setChartScope(e.target.value as ChartScope)}>
                  <option value="all">{t('infoNational.chartAll', { count: rows.length })}</option>
                  <option value="top">{t('infoNational.chartTop', { count: TOP_N })}</option>
                  <option value="bottom">{t('infoNational.chartBottom', { count: TOP_N })}</option>
                </select>
              </div>
            </div>
            <Legend />
            <div className="chart-scroll" tabIndex={0} role="region" aria-label={t('infoNational.chartTitle')}>
              <ProvinceBarChart
                bars={bars}
                title={t('infoNational.chartTitle')}
                summary={
                  best && worst
                    ? t('infoNational.chartSummary', {
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

          <section className="card" aria-labelledby="national-lpa-title">
            <h2 id="national-lpa-title">{t('infoNational.lpaTitle')}</h2>
            <p className="muted">{t('infoNational.lpaIntro', { count: formatNumber(lpaTotal) })}</p>
            <ErrorAlert>{lpa.error && (apiProblem(lpa.error).message ?? t('app.networkError'))}</ErrorAlert>
            <div className="lpa-grid">
              <ScoreChart
                bars={scoreBars}
                title={t('infoNational.lpaTitle')}
                summary={scoreBars.map((b) => `${b.label}: ${formatNumber(b.count)}`).join(', ')}
              />
              <dl className="lpa-list">
                {scoreBars.map((bar) => (
                  <div key={bar.score} className="lpa-list__row">
                    <dt>
                      <span className={`lpa-score lpa-score--${bar.score}`}>{bar.label}</span>{' '}
                      <span className="muted">{t(`infoNational.lpaMeaning.${bar.score}` as MessageId)}</span>
                    </dt>
                    <dd>
                      {t('infoNational.lpaCount', {
                        count: formatNumber(bar.count),
                        percent: formatNumber(lpaTotal ? (bar.count / lpaTotal) * 100 : 0, 1),
                      })}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          </section>

          <section className="card" aria-labelledby="national-table-title">
            <h2 id="national-table-title">{t('infoNational.tableTitle')}</h2>
            <div className="table-wrap">
              <table className="table table--numbers">
                <caption className="visually-hidden">{t('infoNational.tableCaption', { year })}</caption>
                <thead>
                  <tr>
                    <SortHeader column="name" label={t('infoNational.col.province')} sort={sort} onSort={sortBy} />
                    <th scope="col" className="num">
                      {t('infoProgress.total')}
                    </th>
                    <th scope="col" className="num">
                      {t('infoProgress.draft')}
                    </th>
                    <th scope="col" className="num">
                      {t('infoProgress.laoCertified')}
                    </th>
                    <th scope="col" className="num">
                      {t('infoProgress.provinceCertified')}
                    </th>
                    <SortHeader column="percent" label={t('infoNational.col.percent')} sort={sort} onSort={sortBy} />
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((row) => {
                    const percent = certifiedPercent(row);
                    return (
                      <tr key={row.provinceCode}>
                        <th scope="row">
                          <Link to={withYear(`/info/province/${row.provinceCode}`)}>{name(row)}</Link>
                        </th>
                        <td className="num">{formatNumber(row.total)}</td>
                        <td className="num">{formatNumber(row.draft)}</td>
                        <td className="num">{formatNumber(row.laoCertified)}</td>
                        <td className="num">{formatNumber(row.provinceCertified)}</td>
                        <td>
                          <span className="meter-cell">
                            <span className="meter" aria-hidden="true">
                              <span className="meter__province" style={{ width: `${row.total ? (row.provinceCertified / row.total) * 100 : 0}%` }} />
                              <span className="meter__lao" style={{ width: `${row.total ? (row.laoCertified / row.total) * 100 : 0}%` }} />
                            </span>
                            <span className="meter-cell__value">{formatNumber(percent, 1)}%</span>
                          </span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </section>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <ul className="chart-legend">
      <li>
        <span className="chart-legend__swatch chart-legend__swatch--province" aria-hidden="true" />
        {t('infoProgress.provinceCertified')}
      </li>
      <li>
        <span className="chart-legend__swatch chart-legend__swatch--lao" aria-hidden="true" />
        {t('infoProgress.laoCertified')}
      </li>
    </ul>
  );
}
