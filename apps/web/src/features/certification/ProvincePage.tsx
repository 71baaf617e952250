import type { Lang } from '@lao/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { useI18n, type I18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportButton } from '../../ui/useExport';
import type { SubmissionColumn } from './exportSubmissions';
import { FiscalYearSelect } from './fiscalYear';
import { nationalPath, type CertifiedModule } from './moduleKit';
import { ProvinceFilters } from './ProvinceFilters';
import { ProvinceProgressCard } from './ProvinceProgressCard';
import { ProvinceScope } from './ProvinceScope';
import { DEFAULT_PROVINCE_WORDS, type OwnProvinceWords, type ProvinceWords } from './provinceWords';
import { ReasonDialog } from './ReasonDialog';
import { SubmissionList, type SubmissionListConfig } from './SubmissionList';
import { useProvinceSubmissions } from './useProvinceSubmissions';
import { useReturnRow } from './useReturnRow';

/** What a module says about its province page; everything else is the kit's. */
export interface ProvincePageConfig {
  module: Pick<CertifiedModule, 'module' | 'path' | 'routes'>;
  /** The list offers the LAO-type filter (?type=). */
  byType: boolean;
  /** The page's own class (the module's look). */
  className?: string;
  list: SubmissionListConfig;
  /** The Excel sheet's columns. */
  exportColumns: (t: I18n['t'], lang: Lang) => SubmissionColumn[];
  words: OwnProvinceWords & Partial<ProvinceWords>;
}

/**
 * A province's certification for one module (…/province/:provinceCode?year=&district=&type=&status=&q=): progress,
 * certify-all, every LAO with its status, "ดูข้อมูล", return with a reason where the API allows it, and the Excel
 * export of the filter. For the province's own office and the department.
 */
export function ProvincePage({ config, children }: { config: ProvincePageConfig; children?: (provinceCode: string) => ReactNode }) {
  return <ProvinceScope>{(provinceCode) => <ProvinceList config={config} provinceCode={provinceCode} extra={children} />}</ProvinceScope>;
}

/** `extra`: the module's own part of the page (Waste: its figures and map), between the progress and the list. */
function ProvinceList({ config, provinceCode, extra }: { config: ProvincePageConfig; provinceCode: string; extra?: (provinceCode: string) => ReactNode }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const words: ProvinceWords = { ...DEFAULT_PROVINCE_WORDS, ...config.words };
  const list = useProvinceSubmissions({ module: config.module, provinceCode, byType: config.byType });
  const { year, years, setYear, withYear, provinceName, connection, exporter } = list;
  const title = t(words.title, { province: provinceName });
  useDocumentTitle(`${title} ${year}`);
  const returning = useReturnRow(config.module.module, year, list.refetch);

  const exportAll = () =>
    list.exportList({
      fileName: `${t(words.exportFile, { province: provinceName, year })}-${todayForFileName()}.xlsx`,
      sheet: t(words.sheet, { year }),
      columns: config.exportColumns(t, lang),
      exporting: words.exporting,
      done: words.exportDone,
    });

  return (
    <section className={['province-page', config.className ?? ''].filter(Boolean).join(' ')}>
      {user.level === 'DEPARTMENT' && (
        <nav className="breadcrumb" aria-label="breadcrumb">
          <ol>
            <li>
              <Link to={withYear(nationalPath(config.module))}>{t(words.nationalCrumb)}</Link>
            </li>
            <li aria-current="page">{provinceName}</li>
          </ol>
        </nav>
      )}
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t(words.eyebrow)}</p>
          <h1>{title}</h1>
          <p className="page-header__sub">{t(words.sub, { year })}</p>
        </div>
        <FiscalYearSelect label={t(words.fiscalYear)} year={year} years={years} onChange={setYear} />
      </header>

      <ProvinceProgressCard module={config.module.module} provinceCode={provinceCode} list={list} words={words} />

      {extra?.(provinceCode)}

      <header className="page-header page-header--row section-header">
        <h2>{t(words.listTitle)}</h2>
        <div className="page-header__actions">
          <ExportButton label={t(words.export)} running={exporter.running} disabled={!connection?.totalCount} onClick={() => void exportAll()} />
        </div>
      </header>

      <ProvinceFilters list={list} provinceCode={provinceCode} byType={config.byType} words={words} />

      <StatusMessage className="registry__status">{exporter.status}</StatusMessage>
      <ErrorAlert>{exporter.error}</ErrorAlert>
      <StatusMessage className="province-certify__status">{returning.returned && t(words.returned, { lao: returning.returned })}</StatusMessage>
      <ErrorAlert>{list.listProblem && (list.listProblem.message ?? t('app.networkError'))}</ErrorAlert>

      <SubmissionList
        submissions={list}
        config={config.list}
        caption={t(words.listCaption, { province: provinceName, year })}
        rowAction={(row, name) =>
          row.allowedActions.includes('RETURN') && (
            <button type="button" className="button button--small button--secondary" onClick={() => returning.ask(row.laoCode, name)}>
              {t(words.returnLabel)}
              <span className="visually-hidden"> {name}</span>
            </button>
          )
        }
      />

      {returning.row && (
        <ReasonDialog
          action="RETURN"
          text={t(words.returnText, { lao: returning.row.name })}
          labels={{ reason: t(words.reason), hint: t(words.reasonHint), submit: t(words.returnLabel), close: t(words.close) }}
          busy={returning.busy}
          error={returning.error}
          onClose={returning.cancel}
          onSubmit={returning.submit}
        />
      )}
    </section>
  );
}
