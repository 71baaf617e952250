import { useQuery } from '@apollo/client/react';
import { DISPOSAL_METHOD_LABELS, formatNumber, SITE_STATUS_LABELS } from '@lao/domain';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { localName, useI18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { ExportButton, useExport } from '../../ui/useExport';
import { useFiscalYearParam } from '../certification/fiscalYear';
import { laoPath } from '../certification/moduleKit';
import { figureLabelKey, formatFigure } from './figures';
import { ProvinceMap, type MapPoint } from './map';
import { wasteModule } from './module';
import { sitePointsQuery, wasteSummaryQuery } from './operations';
import { sortSummary, useSummarySort, writeSummaryWorkbook } from './summary';
import { FigureSelect, SitesCount, SummaryTable } from './SummaryTable';
import { useAllSites } from './useAllSites';

const LAO_POINT = 'lao:';

/**
 * Waste's own part of the province page: the figure to rank by, the province's map with its LAOs (where their waste
 * goes) and its sites, the LAOs ranked with their warnings and a link to each report, and the table's Excel export.
 */
export function ProvinceFigures({ provinceCode, provinceName }: { provinceCode: string; provinceName: string }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { year, withYear } = useFiscalYearParam();
  const { figure, chooseFigure, sort, sortBy } = useSummarySort();
  const summary = useQuery(wasteSummaryQuery, { variables: { fiscalYear: year, provinceCode, certifiedOnly: false }, fetchPolicy: 'network-only' });
  const sites = useAllSites(sitePointsQuery, { filter: { provinceCode } });
  const rows = useMemo(() => summary.data?.wasteSummary ?? [], [summary.data]);
  const sorted = useMemo(() => sortSummary(rows, sort), [rows, sort]);

  const points: MapPoint[] = useMemo(() => {
    const laos: MapPoint[] = rows
      .filter((r) => r.latitude !== null && r.longitude !== null)
      .map((r) => ({ id: `${LAO_POINT}${r.code}`, latitude: r.latitude!, longitude: r.longitude!, kind: 'LAO', label: r.nameTh, detail: `${t(figureLabelKey(figure))}: ${formatFigure(figure, r[figure], t)}` }));
    const places: MapPoint[] = sites.sites.map((s) => ({
      id: s.id,
      latitude: s.latitude,
      longitude: s.longitude,
      kind: s.method,
      label: s.nameTh,
      detail: `${DISPOSAL_METHOD_LABELS[s.method][lang]} · ${SITE_STATUS_LABELS[s.status][lang]} · ${localName(s.operator, lang)}`,
    }));
    return [...places, ...laos];
  }, [rows, sites.sites, figure, t, lang]);

  const exporter = useExport();
  const exportTable = () =>
    exporter.run(async () => {
      const fileName = `${t('waste.province.exportFile', { province: provinceName, year })}-${todayForFileName()}.xlsx`;
      await writeSummaryWorkbook(sorted, t, lang, 'province', t('waste.province.sheet', { year }), fileName);
      return t('registry.exportDone', { file: fileName, count: formatNumber(sorted.length) });
    });

  return (
    <section className="card waste-province" aria-labelledby="waste-province-figures">
      <div className="card__head">
        <h2 id="waste-province-figures">{t('waste.province.figuresTitle', { year })}</h2>
        <FigureSelect value={figure} onChange={chooseFigure} />
      </div>
      <ErrorAlert>{summary.error && (apiProblem(summary.error).message ?? t('app.networkError'))}</ErrorAlert>
      <ErrorAlert>{sites.problem && (sites.problem.message ?? t('app.networkError'))}</ErrorAlert>
      {summary.loading && !summary.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <div className="waste-province__grid">
          <div className="waste-province__map">
            <ProvinceMap
              provinceCode={provinceCode}
              points={points}
              title={t('waste.province.mapTitle', { province: provinceName })}
              onSelectPoint={(id) => {
                if (id.startsWith(LAO_POINT)) navigate(withYear(laoPath(wasteModule, id.slice(LAO_POINT.length))));
              }}
            />
            <SitesCount loading={sites.loading} shown={sites.sites.length} total={sites.total} />
          </div>
          <div className="waste-province__table">
            <div className="card__head">
              <h3>{t('waste.province.tableTitle')}</h3>
              <ExportButton label={t('waste.export')} running={exporter.running} disabled={rows.length === 0} onClick={() => void exportTable()} />
            </div>
            <StatusMessage className="registry__status">{exporter.status}</StatusMessage>
            <ErrorAlert>{exporter.error}</ErrorAlert>
            <SummaryTable
              rows={sorted}
              level="province"
              figure={figure}
              sort={sort}
              onSort={sortBy}
              caption={t('waste.province.tableCaption', { province: provinceName, year })}
              hrefOf={(row) => withYear(laoPath(wasteModule, row.code))}
            />
          </div>
        </div>
      )}
    </section>
  );
}
