import { useId, useMemo } from 'react';
import { localName, useI18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { FilterBar, FilterSelect } from '../../ui/filters';
import { useTableSort } from '../../ui/sorting';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportButton, useExport } from '../../ui/useExport';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { NationalProgress } from '../certification/NationalProgress';
import { useNationalProgress } from '../certification/useNationalProgress';
import { useProvinces } from '../registry/useProvinces';
import { AdoptionChartCard } from './AdoptionChartCard';
import { AdoptionItemsTable } from './AdoptionItemsTable';
import { writeReportWorkbook, type AdoptionRow } from './exportExcel';
import { eServiceModule } from './module';
import { ProvinceAdoptionTable } from './ProvinceAdoptionTable';
import { ReportKpis } from './ReportKpis';
import { sortProvinces, type ProvinceSortKey } from './reportRules';
import { useAdoptionReport } from './useAdoptionReport';
import { useReportFilter } from './useReportFilter';
import './eservice.css';

/**
 * The department's view of the survey (/eservice/report?year=&province=&certified=1): how many LAOs offer each service
 * online, what those that do not say they need, which steps and channels are online, how provinces compare, and the
 * survey's certification progress per province (the kit's national view).
 */
export default function EServiceReportPage() {
  const { t, lang } = useI18n();
  const title = t('es.report.title');
  useDocumentTitle(title);
  const { year, years, setYear, withYear } = useFiscalYearParam();
  const { filter, setFilter, certifiedOnly, toggleCertified } = useReportFilter();
  const places = useProvinces(filter.province);
  const report = useAdoptionReport(year, filter);
  const progress = useNationalProgress(eServiceModule, year, 'eService');
  const { sort, sortBy } = useTableSort<ProvinceSortKey>({ key: 'offeredShare', direction: 'descending' }, (key) => (key === 'province' ? 'ascending' : 'descending'));
  const sortedProvinces = useMemo(() => sortProvinces(report.provinces, sort, lang), [report.provinces, sort, lang]);
  const certifiedId = useId();

  // Titles come with the rows from the catalogue in the database, so the report never copies the catalogue.
  const sideHeading = (side: number) => {
    const row = report.items.find((r) => r.side === side);
    return `${t('es.sideNo', { side })} ${row ? (lang === 'en' ? row.sideTitleEn : row.sideTitleTh) : ''}`.trim();
  };
  const itemName = (row: AdoptionRow) => (lang === 'en' && row.nameEn ? row.nameEn : row.nameTh);
  const scopeName = places.province ? localName(places.province, lang) : t('es.report.nation');

  const exporter = useExport();
  const exportAll = () =>
    exporter.run(async () => {
      const fileName = `${t('es.report.file', { scope: scopeName, year })}-${todayForFileName()}.xlsx`;
      await writeReportWorkbook(report.items, sortedProvinces, t, lang, fileName);
      return t('es.report.exported', { file: fileName });
    });

  return (
    <section className="es-page es-report">
      <header className="page-header page-header--row">
        <div>
          <p className="es-eyebrow">{t('es.title')}</p>
          <h1>{title}</h1>
          <p className="page-header__sub">{t('es.report.sub', { scope: scopeName, year })}</p>
        </div>
        <div className="page-header__actions">
          <ExportButton label={t('es.export')} running={exporter.running} disabled={!report.loaded} onClick={() => void exportAll()} />
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
          <input id={certifiedId} type="checkbox" checked={certifiedOnly} onChange={(e) => toggleCertified(e.target.checked)} />
          <label htmlFor={certifiedId}>{t('es.report.certifiedOnly')}</label>
        </div>
      </FilterBar>

      <StatusMessage className="es-status">{exporter.status}</StatusMessage>
      <ErrorAlert>{exporter.error}</ErrorAlert>
      <ErrorAlert>{report.problem && (report.problem.message ?? t('app.networkError'))}</ErrorAlert>

      <ReportKpis totals={report.totals} usersTotal={report.usersTotal} certifiedOnly={filter.certifiedOnly} />

      {!report.loaded && !report.problem && <Loading label={t('common.loading')} />}
      {report.loaded && (
        <>
          <AdoptionChartCard items={report.items} sideHeading={sideHeading} itemName={itemName} description={t('es.report.chartDesc', { scope: scopeName, year })} />
          <AdoptionItemsTable items={report.items} sideHeading={sideHeading} itemName={itemName} />
        </>
      )}

      <ProvinceAdoptionTable rows={sortedProvinces} loaded={report.provincesLoaded} sort={sort} onSort={sortBy} selected={filter.province} withYear={withYear} />

      <h2 className="es-report__progress-title">{t('es.report.progressTitle', { year })}</h2>
      <NationalProgress module={eServiceModule} progress={progress} fiscalYear={year} withYear={withYear} />
    </section>
  );
}
