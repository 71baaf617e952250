import { CERTIFICATION_STATUS_LABELS, formatNumber } from '@lao/domain';
import { useNavigate } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { useI18n } from '../../i18n';
import { formatDateTimeBE, todayForFileName } from '../../ui/dates';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { FilterBar, FilterSelect, SearchField } from '../../ui/filters';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportButton } from '../../ui/useExport';
import { CertifyProvinceButton, mayCertifyProvince, useCertifyProvince } from '../certification/CertifyProvince';
import { FiscalYearSelect } from '../certification/fiscalYear';
import { ProvinceScope } from '../certification/ProvinceScope';
import { statusOptions } from '../certification/StatusBadge';
import { SubmissionList, type SubmissionListConfig } from '../certification/SubmissionList';
import { useProvinceSubmissions } from '../certification/useProvinceSubmissions';
import { eServiceSubmissionColumns } from './exportExcel';
import './eservice.css';

const LIST: SubmissionListConfig = {
  labels: {
    paging: { total: 'es.total', pageRange: 'es.pageRange', pagination: 'es.pagination', previous: 'es.previous', next: 'es.next' },
    empty: 'es.empty',
    columns: {
      no: 'es.col.no',
      district: 'es.col.district',
      lao: 'es.col.lao',
      fiscalYear: 'es.fiscalYear',
      status: 'es.col.status',
      certifiedAt: 'es.col.certifiedAt',
      actions: 'es.col.actions',
    },
    view: 'es.view',
    notStarted: 'es.notStarted',
  },
  formatTime: (at) => formatDateTimeBE(at),
  viewClassName: 'button button--small es-view',
};

/**
 * The provincial office's e-Service screen (/eservice/province/:provinceCode?year=&district=&status=&q=): the filters
 * of the manual, every LAO with its certification, "ดูข้อมูล", certify-all and the Excel export.
 */
export default function EServiceProvincePage() {
  return <ProvinceScope page={ProvinceList} />;
}

function ProvinceList({ provinceCode }: { provinceCode: string }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const list = useProvinceSubmissions({ module: 'ESERVICE', provinceCode, byType: false });
  const { year, years, setYear, filters, places, provinceName, counts, connection, exporter } = list;
  const { filter } = filters;
  const title = t('es.provinceTitle', { province: provinceName });
  useDocumentTitle(title);

  // Certify all: all-or-nothing on the server; the message says what happened.
  const certification = useCertifyProvince('ESERVICE', provinceCode, year, list.refetch);
  const allCertified = counts !== undefined && counts.total > 0 && counts.provinceCertified === counts.total;
  const certified = certification.certifiedCount;

  // Export: every LAO of the filter, not just this page.
  const exportAll = () =>
    list.exportList({
      fileName: `${t('es.provinceExportFile', { province: provinceName, year })}-${todayForFileName()}.xlsx`,
      sheet: t('es.provinceSheet'),
      columns: eServiceSubmissionColumns(t, lang),
      exporting: 'es.exporting',
      done: 'es.exportDone',
    });

  return (
    <section className="es-page es-province">
      <header className="page-header page-header--row">
        <div>
          <p className="es-eyebrow">{t('es.title')}</p>
          <h1>{title}</h1>
        </div>
        <div className="page-header__actions">
          <ExportButton label={t('es.export')} running={exporter.running} disabled={!connection?.totalCount} onClick={() => void exportAll()} />
        </div>
      </header>

      {counts && (
        <dl className="es-progress" aria-label={t('es.progress')}>
          <div>
            <dt>{t('es.progressTotal')}</dt>
            <dd>{formatNumber(counts.total)}</dd>
          </div>
          <div className="es-progress--draft">
            <dt>{CERTIFICATION_STATUS_LABELS.DRAFT[lang]}</dt>
            <dd>{formatNumber(counts.draft)}</dd>
          </div>
          <div className="es-progress--lao">
            <dt>{CERTIFICATION_STATUS_LABELS.LAO_CERTIFIED[lang]}</dt>
            <dd>{formatNumber(counts.laoCertified)}</dd>
          </div>
          <div className="es-progress--ok">
            <dt>{CERTIFICATION_STATUS_LABELS.PROVINCE_CERTIFIED[lang]}</dt>
            <dd>{formatNumber(counts.provinceCertified)}</dd>
          </div>
        </dl>
      )}

      <FilterBar label={t('es.filters')} clearLabel={t('es.clearFilters')} hasFilter={filters.hasFilter} onClear={filters.clear}>
        <FilterSelect
          label={t('es.col.province')}
          value={provinceCode}
          options={places.province ? places.provinceOptions : [{ value: provinceCode, label: provinceCode }, ...places.provinceOptions]}
          disabled={user.level !== 'DEPARTMENT'}
          onChange={(code) => navigate(list.provinceHref(code))}
        />
        <FilterSelect
          label={t('es.col.district')}
          allLabel={t('es.allDistricts')}
          value={filter.district}
          options={places.districtOptions}
          onChange={(district) => filters.setFilter({ district })}
        />
        <SearchField label={t('es.col.lao')} hint={t('es.searchHint')} value={filters.searchText} onChange={filters.setSearchText} />
        <FiscalYearSelect label={t('es.fiscalYear')} year={year} years={years} onChange={setYear} />
        <FilterSelect
          label={t('es.col.status')}
          allLabel={t('es.allStatuses')}
          value={filter.status}
          options={statusOptions(lang)}
          onChange={(status) => filters.setFilter({ status })}
        />
      </FilterBar>

      {mayCertifyProvince(user, 'ESERVICE', provinceCode) && (
        <div className="card es-certify-all">
          <div>
            <h2 className="es-certify-all__title">{t('es.certifyAll')}</h2>
            <p className="muted">{allCertified ? t('es.certifyAllDone', { year }) : t('es.certifyAllHint', { year })}</p>
          </div>
          <CertifyProvinceButton
            certification={certification}
            label={t('es.certifyAll')}
            confirmTitle={t('es.certifyAll')}
            confirmText={t('es.certifyAllText', { province: provinceName, year })}
            confirmLabel={t('es.certifyAllConfirm')}
            closeLabel={t('es.cancel')}
            disabled={allCertified || !counts}
          />
        </div>
      )}
      <StatusMessage className="es-status">
        {certified !== null &&
          (certified > 0 ? `${t('es.provinceCertified')} ${t('es.provinceCertifiedCount', { count: formatNumber(certified) })}` : t('es.provinceCertified'))}
      </StatusMessage>
      <ErrorAlert>{certification.error}</ErrorAlert>
      <StatusMessage className="es-status">{exporter.status}</StatusMessage>
      <ErrorAlert>{exporter.error}</ErrorAlert>
      <ErrorAlert>{list.listProblem && (list.listProblem.message ?? t('app.networkError'))}</ErrorAlert>

      <SubmissionList submissions={list} config={LIST} caption={title} />
    </section>
  );
}
