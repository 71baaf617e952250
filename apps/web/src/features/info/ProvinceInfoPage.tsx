import { formatDate, formatNumber } from '@lao/domain';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { useI18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { FilterBar, FilterSelect, SearchField } from '../../ui/filters';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportButton } from '../../ui/useExport';
import { CertifyProvinceButton, mayCertifyProvince, useCertifyProvince } from '../certification/CertifyProvince';
import { FiscalYearSelect } from '../certification/fiscalYear';
import { ProvinceScope } from '../certification/ProvinceScope';
import { statusOptions } from '../certification/StatusBadge';
import { SubmissionList, type SubmissionListConfig } from '../certification/SubmissionList';
import { useProvinceSubmissions } from '../certification/useProvinceSubmissions';
import { laoTypeOptions } from '../registry/LaoTypeLabel';
import { infoSubmissionColumns } from './exportExcel';
import { ProgressSummary } from './ProgressSummary';

const LIST: SubmissionListConfig = {
  labels: {
    empty: 'registry.empty',
    columns: {
      district: 'infoProvince.col.district',
      lao: 'infoProvince.col.lao',
      type: 'infoProvince.col.type',
      fiscalYear: 'infoProvince.col.fiscalYear',
      status: 'infoProvince.col.status',
      certifiedAt: 'infoProvince.col.certifiedAt',
      actions: 'infoProvince.col.actions',
    },
    view: 'infoProvince.view',
  },
  formatTime: (at, lang) => formatDate(at, lang, true),
  viewClassName: 'nowrap',
};

/**
 * A province's INFO certification (/info/province/:provinceCode?year=&district=&type=&status=&q=): progress, every
 * LAO with its status, the province's certify-all, and the Excel export of the filter.
 */
export default function ProvinceInfoPage() {
  return <ProvinceScope page={ProvinceInfo} />;
}

function ProvinceInfo({ provinceCode }: { provinceCode: string }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const list = useProvinceSubmissions({ module: 'INFO', provinceCode, byType: true });
  const { year, years, setYear, withYear, filters, places, provinceName, counts, progressProblem, connection, exporter } = list;
  const { filter } = filters;
  const title = t('infoProvince.title', { province: provinceName });
  useDocumentTitle(`${title} ${year}`);

  // จังหวัดดำเนินการรับรองข้อมูลทั้งหมด
  const certification = useCertifyProvince('INFO', provinceCode, year, list.refetch);
  const allDone = counts !== undefined && counts.total > 0 && counts.provinceCertified === counts.total;
  const certifyHintId = useId();

  const exportAll = () =>
    list.exportList({
      fileName: `${t('infoProvince.exportFile', { province: provinceName, year })}-${todayForFileName()}.xlsx`,
      sheet: t('infoProvince.sheet', { year }),
      columns: infoSubmissionColumns(t, lang),
      exporting: 'registry.exporting',
      done: 'registry.exportDone',
    });

  return (
    <section className="info-province">
      {user.level === 'DEPARTMENT' && (
        <nav className="breadcrumb" aria-label="breadcrumb">
          <ol>
            <li>
              <Link to={withYear('/info/national')}>{t('infoNational.short')}</Link>
            </li>
            <li aria-current="page">{provinceName}</li>
          </ol>
        </nav>
      )}
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t('infoCommon.module')}</p>
          <h1>{title}</h1>
          <p className="page-header__sub">{t('infoProvince.sub', { year })}</p>
        </div>
        <FiscalYearSelect label={t('infoCommon.fiscalYear')} year={year} years={years} onChange={setYear} />
      </header>

      <section className="card" aria-labelledby="province-progress-title">
        <h2 id="province-progress-title">{t('infoProvince.progress', { year })}</h2>
        <ErrorAlert>{progressProblem && (progressProblem.message ?? t('app.networkError'))}</ErrorAlert>
        {counts ? <ProgressSummary row={counts} /> : !progressProblem && <Loading label={t('common.loading')} />}
        {mayCertifyProvince(user, 'INFO', provinceCode) && (
          <div className="province-certify">
            <CertifyProvinceButton
              certification={certification}
              label={t('infoProvince.certifyAll')}
              confirmTitle={t('infoProvince.confirmTitle')}
              confirmText={t('infoProvince.confirmText', { province: provinceName, year })}
              confirmLabel={t('infoProvince.confirm')}
              closeLabel={t('common.close')}
              disabled={allDone || !counts}
              describedBy={certifyHintId}
            />
            <p className="muted province-certify__hint" id={certifyHintId}>
              {allDone ? t('infoProvince.allDone') : t('infoProvince.certifyHint')}
            </p>
          </div>
        )}
        <StatusMessage className="province-certify__status">
          {certification.certifiedCount !== null && t('infoProvince.certified', { count: formatNumber(certification.certifiedCount) })}
        </StatusMessage>
        <ErrorAlert>{certification.error}</ErrorAlert>
      </section>

      <header className="page-header page-header--row section-header">
        <h2>{t('infoProvince.listTitle')}</h2>
        <div className="page-header__actions">
          <ExportButton label={t('registry.export')} running={exporter.running} disabled={!connection?.totalCount} onClick={() => void exportAll()} />
        </div>
      </header>

      <FilterBar label={t('registry.filters')} clearLabel={t('registry.clear')} hasFilter={filters.hasFilter} onClear={filters.clear}>
        <FilterSelect
          label={t('registry.district')}
          allLabel={t('registry.allDistricts')}
          value={filter.district}
          options={places.districtOptions}
          onChange={(district) => filters.setFilter({ district })}
        />
        <FilterSelect
          label={t('registry.type')}
          allLabel={t('registry.allTypes')}
          value={filter.type ?? ''}
          options={laoTypeOptions(lang)}
          onChange={(type) => filters.setFilter({ type })}
        />
        <FilterSelect
          label={t('infoProvince.status')}
          allLabel={t('infoProvince.allStatuses')}
          value={filter.status}
          options={statusOptions(lang)}
          onChange={(status) => filters.setFilter({ status })}
        />
        <SearchField label={t('registry.search')} hint={t('registry.searchHint')} value={filters.searchText} onChange={filters.setSearchText} />
      </FilterBar>

      <StatusMessage className="registry__status">{exporter.status}</StatusMessage>
      <ErrorAlert>{exporter.error}</ErrorAlert>
      <ErrorAlert>{list.listProblem && (list.listProblem.message ?? t('app.networkError'))}</ErrorAlert>

      <SubmissionList submissions={list} config={LIST} caption={t('infoProvince.listCaption', { province: provinceName, year })} />
    </section>
  );
}
