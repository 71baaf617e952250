import { useQuery } from '@apollo/client/react';
import { ESERVICE_CHANNEL_LABELS, ESERVICE_CHANNELS, ESERVICE_SIDES, ESERVICE_STEP_LABELS, ESERVICE_STEPS, formatNumber } from '@lao/domain';
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { localName, useI18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { FilterBar, FilterSelect } from '../../ui/filters';
import { SortHeader, useTableSort } from '../../ui/sorting';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportButton, useExport } from '../../ui/useExport';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { useProvinces } from '../registry/useProvinces';
import { AdoptionChart, type ChartSection } from './AdoptionChart';
import { writeReportWorkbook, type AdoptionRow, type ProvinceAdoptionRow } from './exportExcel';
import { formatShare } from './format';
import { eServiceAdoptionQuery, eServiceProvinceAdoptionQuery } from './operations';
import { readReportFilter, writeReportFilter, type ReportFilter } from './params';
import './eservice.css';

type ProvinceSortKey = 'province' | 'laoCount' | 'respondents' | 'respondentShare' | 'offeringAny' | 'offeringAnyShare' | 'offeredShare';
type ChartOrder = 'survey' | 'high' | 'low';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** Per-province values with the shares the table derives. */
function provinceValue(row: ProvinceAdoptionRow, key: ProvinceSortKey, lang: 'th' | 'en'): number | string {
  switch (key) {
    case 'province':
      return lang === 'en' ? row.province.nameEn : row.province.nameTh;
    case 'respondentShare':
      return share(row.respondents, row.laoCount);
    case 'offeringAnyShare':
      return share(row.offeringAny, row.respondents);
    default:
      return row[key];
  }
}

/**
 * The department's view of the survey (/eservice/report?year=&province=&certified=1): how many LAOs offer each service
 * online, what those that do not say they need, which steps and channels are online, and how provinces compare.
 */
export default function EServiceReportPage() {
  const { t, lang } = useI18n();
  const title = t('es.report.title');
  useDocumentTitle(title);
  const { year, years, setYear, withYear } = useFiscalYearParam();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readReportFilter(params), [params]);
  const setFilter = (next: Partial<ReportFilter>) => setParams((previous) => writeReportFilter(previous, { ...filter, ...next }), { replace: true });
  // The box follows a click at once (the address changes in a transition), and the address when it changes.
  const [certifiedOnly, setCertifiedOnly] = useState(filter.certifiedOnly);
  const [syncedCertified, setSyncedCertified] = useState(filter.certifiedOnly);
  if (filter.certifiedOnly !== syncedCertified) {
    setSyncedCertified(filter.certifiedOnly);
    setCertifiedOnly(filter.certifiedOnly);
  }

  const places = useProvinces(filter.province);
  const adoption = useQuery(eServiceAdoptionQuery, {
    variables: { fiscalYear: year, provinceCode: filter.province || null, certifiedOnly: filter.certifiedOnly },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const byProvince = useQuery(eServiceProvinceAdoptionQuery, {
    variables: { fiscalYear: year, certifiedOnly: filter.certifiedOnly },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const items = useMemo(() => (adoption.data ?? adoption.previousData)?.eServiceAdoption ?? [], [adoption.data, adoption.previousData]);
  const provinceRows = useMemo(() => (byProvince.data ?? byProvince.previousData)?.eServiceProvinceAdoption ?? [], [byProvince.data, byProvince.previousData]);

  // Titles come with the rows from the catalogue in the database, so the report never copies the catalogue.
  const sideHeading = (side: number) => {
    const row = items.find((r) => r.side === side);
    const title = row ? (lang === 'en' ? row.sideTitleEn : row.sideTitleTh) : '';
    return `${t('es.sideNo', { side })} ${title}`.trim();
  };
  const itemName = (row: AdoptionRow) => (lang === 'en' && row.nameEn ? row.nameEn : row.nameTh);

  const scopeName = places.province ? localName(places.province, lang) : t('es.report.nation');

  // Key figures: over the chosen province, or the nation.
  const totals = useMemo(() => {
    const rows = filter.province ? provinceRows.filter((r) => r.provinceCode === filter.province) : provinceRows;
    return rows.reduce(
      (sum, r) => ({ laoCount: sum.laoCount + r.laoCount, respondents: sum.respondents + r.respondents, offeringAny: sum.offeringAny + r.offeringAny }),
      { laoCount: 0, respondents: 0, offeringAny: 0 },
    );
  }, [provinceRows, filter.province]);
  const usersTotal = items.reduce((n, r) => n + r.totalUsers, 0);

  // Chart: survey order grouped by side, or all items by share.
  const [order, setOrder] = useState<ChartOrder>('survey');
  const chartSections: ChartSection[] = (() => {
    const bar = (r: AdoptionRow) => ({ key: r.itemCode, label: itemName(r), share: r.offeredShare, offered: r.offered, answered: r.answered });
    if (order === 'survey') {
      return ESERVICE_SIDES.map((side) => ({ key: String(side), title: sideHeading(side), bars: items.filter((r) => r.side === side).map(bar) })).filter(
        (s) => s.bars.length > 0,
      );
    }
    const all = [...items].sort((a, b) => (order === 'high' ? b.offeredShare - a.offeredShare : a.offeredShare - b.offeredShare) || a.itemCode.localeCompare(b.itemCode));
    return [{ key: 'all', title: null, bars: all.map((r) => ({ ...bar(r), label: `${t('es.report.sideShort', { side: r.side })} · ${itemName(r)}` })) }];
  })();

  // Province table sorting.
  const { sort, sortBy } = useTableSort<ProvinceSortKey>({ key: 'offeredShare', direction: 'descending' }, (key) => (key === 'province' ? 'ascending' : 'descending'));
  const sortedProvinces = useMemo(() => {
    const rows = [...provinceRows];
    rows.sort((a, b) => {
      const x = provinceValue(a, sort.key, lang);
      const y = provinceValue(b, sort.key, lang);
      const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, lang) : Number(x) - Number(y);
      return sort.direction === 'ascending' ? c : -c;
    });
    return rows;
  }, [provinceRows, sort, lang]);

  // Export both tables.
  const exporter = useExport();
  const exportAll = () =>
    exporter.run(async () => {
      const fileName = `${t('es.report.file', { scope: scopeName, year })}-${todayForFileName()}.xlsx`;
      await writeReportWorkbook(items, sortedProvinces, t, lang, fileName);
      return t('es.report.exported', { file: fileName });
    });

  const ids = { certified: useId(), order: useId(), items: useId(), provinces: useId(), chart: useId() };
  const problem = adoption.error ? apiProblem(adoption.error) : byProvince.error ? apiProblem(byProvince.error) : null;
  const loaded = Boolean(adoption.data ?? adoption.previousData);

  const sortHeader = (column: ProvinceSortKey, label: string, numeric = true) => (
    <SortHeader column={column} label={label} sort={sort} onSort={sortBy} className={numeric ? 'es-num' : undefined} />
  );

  return (
    <section className="es-page es-report">
      <header className="page-header page-header--row">
        <div>
          <p className="es-eyebrow">{t('es.title')}</p>
          <h1>{title}</h1>
          <p className="page-header__sub">{t('es.report.sub', { scope: scopeName, year })}</p>
        </div>
        <div className="page-header__actions">
          <ExportButton label={t('es.export')} running={exporter.running} disabled={!loaded} onClick={() => void exportAll()} />
        </div>
      </header>

      <FilterBar label={t('es.filters')}>
        <FiscalYearSelect label={t('es.fiscalYear')} year={year} years={years} onChange={setYear} />
        <FilterSelect
          label={t('es.col.province')}
          allLabel={t('es.report.allProvinces')}
          value={filter.province}
          options={places.provinceOptions}
          onChange={(province) => setFilter({ province })}
        />
        <div className="es-toggle">
          <input
            id={ids.certified}
            type="checkbox"
            checked={certifiedOnly}
            onChange={(e) => {
              setCertifiedOnly(e.target.checked);
              setFilter({ certifiedOnly: e.target.checked });
            }}
          />
          <label htmlFor={ids.certified}>{t('es.report.certifiedOnly')}</label>
        </div>
      </FilterBar>

      <StatusMessage className="es-status">{exporter.status}</StatusMessage>
      <ErrorAlert>{exporter.error}</ErrorAlert>
      <ErrorAlert>{problem && (problem.message ?? t('app.networkError'))}</ErrorAlert>

      <dl className="es-kpis">
        <div>
          <dt>{t('es.report.kpiLaos')}</dt>
          <dd>{formatNumber(totals.laoCount)}</dd>
        </div>
        <div>
          <dt>{t('es.report.kpiRespondents')}</dt>
          <dd>
            {formatNumber(totals.respondents)} <small>({formatShare(share(totals.respondents, totals.laoCount))})</small>
          </dd>
        </div>
        <div>
          <dt>{t('es.report.kpiOfferingAny')}</dt>
          <dd>
            {formatNumber(totals.offeringAny)} <small>({formatShare(share(totals.offeringAny, totals.respondents))})</small>
          </dd>
        </div>
        <div>
          <dt>{t('es.report.kpiUsers')}</dt>
          <dd>{formatNumber(usersTotal)}</dd>
        </div>
      </dl>
      <p className="muted es-report__note">{t(filter.certifiedOnly ? 'es.report.noteCertified' : 'es.report.noteAll')}</p>

      {!loaded && !problem && <Loading label={t('common.loading')} />}

      {loaded && (
        <section className="card es-report__chart" aria-labelledby={ids.chart}>
          <div className="es-report__chart-head">
            <h2 id={ids.chart}>{t('es.report.chartTitle')}</h2>
            <div className="field es-order">
              <label className="field__label" htmlFor={ids.order}>
                {t('es.report.order')}
              </label>
              <select id={ids.order} className="input" value={order} onChange={(e) => setOrder(e.target.value as ChartOrder)}>
                <option value="survey">{t('es.report.orderSurvey')}</option>
                <option value="high">{t('es.report.orderHigh')}</option>
                <option value="low">{t('es.report.orderLow')}</option>
              </select>
            </div>
          </div>
          <p className="muted">{t('es.report.chartHint')}</p>
          <AdoptionChart sections={chartSections} title={t('es.report.chartTitle')} description={t('es.report.chartDesc', { scope: scopeName, year })} />
        </section>
      )}

      {loaded && (
        <section className="es-report__section" aria-labelledby={ids.items}>
          <h2 id={ids.items}>{t('es.report.itemsTitle')}</h2>
          <p className="muted">{t('es.report.itemsHint')}</p>
          <p className="es-legend">
            {t('es.report.stepsLegend')}{' '}
            {ESERVICE_STEPS.map((s) => `${s} ${ESERVICE_STEP_LABELS[s]?.[lang] ?? ''}`).join(' · ')}
          </p>
          <div className="table-wrap es-table-wrap">
            <table className="table es-adoption">
              <caption className="visually-hidden">{t('es.report.itemsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2} className="es-col-item">
                    {t('es.col.item')}
                  </th>
                  <th scope="col" rowSpan={2} className="es-num es-col-wrap">
                    {t('es.report.answered')}
                  </th>
                  <th scope="colgroup" colSpan={2} className="es-col-wrap">
                    {t('es.report.offered')}
                  </th>
                  <th scope="colgroup" colSpan={2} className="es-col-wrap">
                    {t('es.report.notOffered')}
                  </th>
                  <th scope="colgroup" colSpan={6} className="es-col-wrap">
                    {t('es.report.steps')}
                  </th>
                  <th scope="colgroup" colSpan={ESERVICE_CHANNELS.length} className="es-col-wrap">
                    {t('es.report.channels')}
                  </th>
                  <th scope="col" rowSpan={2} className="es-num es-col-wrap">
                    {t('es.report.totalUsers')}
                  </th>
                </tr>
                <tr>
                  <th scope="col" className="es-num">
                    {t('es.report.count')}
                  </th>
                  <th scope="col" className="es-num">
                    {t('es.report.percent')}
                  </th>
                  <th scope="col" className="es-num">
                    {t('es.needed')}
                  </th>
                  <th scope="col" className="es-num">
                    {t('es.notNeeded')}
                  </th>
                  {ESERVICE_STEPS.map((s) => (
                    <th scope="col" key={s} className="es-num">
                      <abbr title={`${t('es.stepNo', { n: s })} ${ESERVICE_STEP_LABELS[s]?.[lang] ?? ''}`}>{s}</abbr>
                    </th>
                  ))}
                  {ESERVICE_CHANNELS.map((c) => (
                    <th scope="col" key={c} className="es-num es-col-channel">
                      {ESERVICE_CHANNEL_LABELS[c][lang]}
                    </th>
                  ))}
                </tr>
              </thead>
              {ESERVICE_SIDES.map((side) => {
                const rows = items.filter((r) => r.side === side);
                if (rows.length === 0) return null;
                let lastGroup: string | null = null;
                return (
                  <tbody key={side}>
                    <tr className="es-group">
                      <th scope="rowgroup" colSpan={20}>
                        {sideHeading(side)}
                      </th>
                    </tr>
                    {rows.flatMap((r) => {
                      const out = [];
                      if (r.group && r.group !== lastGroup) {
                        out.push(
                          <tr key={`g-${r.group}`} className="es-subgroup">
                            <th scope="rowgroup" colSpan={20}>
                              {(lang === 'en' ? r.groupTitleEn : r.groupTitleTh) ?? r.group}
                            </th>
                          </tr>,
                        );
                      }
                      lastGroup = r.group ?? null;
                      const stepCount = (s: number) => r.steps.find((x) => x.step === s)?.count ?? 0;
                      const channelCount = (c: string) => r.channels.find((x) => x.channel === c)?.count ?? 0;
                      out.push(
                        <tr key={r.itemCode}>
                          <th scope="row" className="es-item">
                            {itemName(r)}
                          </th>
                          <td className="es-num">{formatNumber(r.answered)}</td>
                          <td className="es-num">{formatNumber(r.offered)}</td>
                          <td className="es-num es-share">
                            <span className="es-share__bar" aria-hidden="true">
                              <span style={{ width: `${Math.round(r.offeredShare * 100)}%` }} />
                            </span>
                            {r.answered ? formatShare(r.offeredShare) : '—'}
                          </td>
                          <td className="es-num">{formatNumber(r.needed)}</td>
                          <td className="es-num">{formatNumber(r.notNeeded)}</td>
                          {ESERVICE_STEPS.map((s) => (
                            <td key={s} className="es-num">
                              {formatNumber(stepCount(s))}
                            </td>
                          ))}
                          {ESERVICE_CHANNELS.map((c) => (
                            <td key={c} className="es-num">
                              {formatNumber(channelCount(c))}
                            </td>
                          ))}
                          <td className="es-num">{formatNumber(r.totalUsers)}</td>
                        </tr>,
                      );
                      return out;
                    })}
                  </tbody>
                );
              })}
              {items.length === 0 && (
                <tbody>
                  <tr>
                    <td colSpan={20} className="table__empty">
                      {t('es.report.empty')}
                    </td>
                  </tr>
                </tbody>
              )}
            </table>
          </div>
        </section>
      )}

      <section className="es-report__section" aria-labelledby={ids.provinces}>
        <h2 id={ids.provinces}>{t('es.report.provincesTitle')}</h2>
        <p className="muted">{t('es.report.provincesHint')}</p>
        <div className="table-wrap">
          <table className="table es-provinces">
            <caption className="visually-hidden">{t('es.report.provincesTitle')}</caption>
            <thead>
              <tr>
                {sortHeader('province', t('es.col.province'), false)}
                {sortHeader('laoCount', t('es.report.laoCount'))}
                {sortHeader('respondents', t('es.report.respondents'))}
                {sortHeader('respondentShare', t('es.report.respondentShare'))}
                {sortHeader('offeringAny', t('es.report.offeringAny'))}
                {sortHeader('offeringAnyShare', t('es.report.offeringAnyShare'))}
                {sortHeader('offeredShare', t('es.report.itemShare'))}
              </tr>
            </thead>
            <tbody>
              {sortedProvinces.map((r) => (
                <tr key={r.provinceCode} className={r.provinceCode === filter.province ? 'is-selected' : undefined}>
                  <th scope="row">
                    <Link to={withYear(`/eservice/province/${r.provinceCode}`)}>{localName(r.province, lang)}</Link>
                  </th>
                  <td className="es-num">{formatNumber(r.laoCount)}</td>
                  <td className="es-num">{formatNumber(r.respondents)}</td>
                  <td className="es-num">{formatShare(share(r.respondents, r.laoCount))}</td>
                  <td className="es-num">{formatNumber(r.offeringAny)}</td>
                  <td className="es-num">{formatShare(share(r.offeringAny, r.respondents))}</td>
                  <td className="es-num es-share">
                    <span className="es-share__bar" aria-hidden="true">
                      <span style={{ width: `${Math.round(r.offeredShare * 100)}%` }} />
                    </span>
                    {formatShare(r.offeredShare)}
                  </td>
                </tr>
              ))}
              {byProvince.data && sortedProvinces.length === 0 && (
                <tr>
                  <td colSpan={7} className="table__empty">
                    {t('es.report.empty')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}
