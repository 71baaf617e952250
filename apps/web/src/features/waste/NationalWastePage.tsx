import { useQuery } from '@apollo/client/react';
import { DISPOSAL_METHOD_LABELS, formatNumber, hasRight } from '@lao/domain';
import { useId, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { localName, useI18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { Forbidden } from '../../ui/Forbidden';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportButton, useExport } from '../../ui/useExport';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { provincePath } from '../certification/moduleKit';
import { NationalProgress } from '../certification/NationalProgress';
import { useNationalProgress } from '../certification/useNationalProgress';
import { figureLabelKey, formatFigure } from './figures';
import { ThailandMap, type MapPoint } from './map';
import { wasteModule } from './module';
import { sitePointsQuery, wasteSummaryQuery } from './operations';
import { sortSummary, useSummarySort, withFigure, writeSummaryWorkbook } from './summary';
import { FigureSelect, SitesCount, SummaryTable } from './SummaryTable';
import { useAllSites } from './useAllSites';
import './waste.css';

/** The department's national Waste page (/waste/national?year=&figure=&certified=1). */
export default function NationalWastePage() {
  const user = useUser();
  if (user.level !== 'DEPARTMENT' || !hasRight(user.rights, wasteModule.module, 'VIEW')) return <Forbidden />;
  return <National />;
}

/** ?certified=1: only reports the province has confirmed count. */
function useCertifiedOnly() {
  const [params, setParams] = useSearchParams();
  const certifiedOnly = params.get('certified') === '1';
  const setCertifiedOnly = (on: boolean) =>
    setParams(
      (previous) => {
        const copy = new URLSearchParams(previous);
        if (on) copy.set('certified', '1');
        else copy.delete('certified');
        return copy;
      },
      { replace: true },
    );
  return { certifiedOnly, setCertifiedOnly };
}

/**
 * The nation's waste figures by province: the chosen figure as a choropleth with every disposal site (a click
 * drills into the province), the table of provinces with its Excel export, and the certification progress.
 */
function National() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const certifiedId = useId();
  const { year, years, setYear, withYear } = useFiscalYearParam();
  const { figure, chooseFigure, sort, sortBy } = useSummarySort();
  const { certifiedOnly, setCertifiedOnly } = useCertifiedOnly();
  useDocumentTitle(`${t('waste.national.title')} ${year}`);
  const summary = useQuery(wasteSummaryQuery, { variables: { fiscalYear: year, provinceCode: null, certifiedOnly }, fetchPolicy: 'network-only' });
  const sites = useAllSites(sitePointsQuery, { filter: null });
  const progress = useNationalProgress(wasteModule, year, 'Waste');
  const rows = useMemo(() => summary.data?.wasteSummary ?? [], [summary.data]);
  const sorted = useMemo(() => sortSummary(rows, sort), [rows, sort]);
  const values = useMemo(() => new Map(rows.map((r) => [r.code, r[figure]])), [rows, figure]);
  const names = useMemo(() => (lang === 'th' ? new Map(rows.map((r) => [r.code, r.nameTh])) : undefined), [rows, lang]);
  const points: MapPoint[] = useMemo(
    () =>
      sites.sites.map((s) => ({
        id: s.id,
        latitude: s.latitude,
        longitude: s.longitude,
        kind: s.method,
        label: s.nameTh,
        detail: `${DISPOSAL_METHOD_LABELS[s.method][lang]} · ${localName(s.operator, lang)}`,
      })),
    [sites.sites, lang],
  );
  const reporting = rows.reduce((n, r) => n + r.reporting, 0);
  const total = rows.reduce((n, r) => n + r.total, 0);

  const exporter = useExport();
  const exportTable = () =>
    exporter.run(async () => {
      const fileName = `${t('waste.national.exportFile', { year })}-${todayForFileName()}.xlsx`;
      await writeSummaryWorkbook(sorted, t, lang, 'nation', t('waste.national.sheet', { year }), fileName);
      return t('registry.exportDone', { file: fileName, count: formatNumber(sorted.length) });
    });

  return (
    <section className="info-national waste-national">
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t('waste.module')}</p>
          <h1>{t('waste.national.title')}</h1>
          <p className="page-header__sub">{t('waste.national.sub', { year, reporting: formatNumber(reporting), total: formatNumber(total) })}</p>
        </div>
        <FiscalYearSelect label={t('infoCommon.fiscalYear')} year={year} years={years} onChange={setYear} />
      </header>

      <section className="card" aria-labelledby="waste-national-map">
        <div className="card__head waste-controls">
          <h2 id="waste-national-map">{t('waste.national.mapTitle', { figure: t(figureLabelKey(figure)) })}</h2>
          <FigureSelect value={figure} onChange={chooseFigure} />
          <div className="field field--inline waste-certified">
            <input id={certifiedId} type="checkbox" checked={certifiedOnly} onChange={(e) => setCertifiedOnly(e.target.checked)} />
            <label htmlFor={certifiedId}>{t('waste.national.certifiedOnly')}</label>
          </div>
        </div>
        <p className="muted">{t('waste.national.mapHint')}</p>
        <ErrorAlert>{summary.error && (apiProblem(summary.error).message ?? t('app.networkError'))}</ErrorAlert>
        <ErrorAlert>{sites.problem && (sites.problem.message ?? t('app.networkError'))}</ErrorAlert>
        {summary.loading && !summary.data ? (
          <Loading label={t('common.loading')} />
        ) : (
          <ThailandMap
            values={values}
            title={t(figureLabelKey(figure))}
            format={(v) => formatFigure(figure, v, t)}
            onSelectProvince={(code) => navigate(withFigure(withYear(provincePath(wasteModule, code)), figure))}
            points={points}
            provinceNames={names}
          />
        )}
        <SitesCount loading={sites.loading} shown={sites.sites.length} total={sites.total} />
      </section>

      <section className="card" aria-labelledby="waste-national-table">
        <div className="card__head">
          <h2 id="waste-national-table">{t('waste.national.tableTitle')}</h2>
          <ExportButton label={t('waste.export')} running={exporter.running} disabled={rows.length === 0} onClick={() => void exportTable()} />
        </div>
        <StatusMessage className="registry__status">{exporter.status}</StatusMessage>
        <ErrorAlert>{exporter.error}</ErrorAlert>
        <SummaryTable
          rows={sorted}
          level="nation"
          figure={figure}
          sort={sort}
          onSort={sortBy}
          caption={t('waste.national.tableCaption', { year })}
          hrefOf={(row) => withFigure(withYear(provincePath(wasteModule, row.code)), figure)}
        />
      </section>

      <h2 className="section-header">{t('waste.national.progressTitle')}</h2>
      <NationalProgress module={wasteModule} progress={progress} fiscalYear={year} withYear={withYear} />
    </section>
  );
}
