import { ProvincePage, type ProvincePageConfig } from '../certification/ProvincePage';
import { eServiceSubmissionColumns } from './exportExcel';
import { formatSurveyTime } from './surveyCertification';
import { eServiceModule } from './module';
import './eservice.css';

/** The e-Service survey's province page: the kit's, in the survey manual's words (seed 002), numbered, without the type filter. */
export const ESERVICE_PROVINCE_PAGE: ProvincePageConfig = {
  module: eServiceModule,
  byType: false,
  className: 'es-page es-province',
  list: {
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
    formatTime: formatSurveyTime,
    viewClassName: 'button button--small es-view',
  },
  exportColumns: eServiceSubmissionColumns,
  words: {
    eyebrow: 'es.title',
    title: 'es.provinceTitle',
    exportFile: 'es.provinceExportFile',
    sheet: 'es.provinceSheet',
    fiscalYear: 'es.fiscalYear',
    nationalCrumb: 'es.report.title',
    progress: 'es.progress',
    certifyAll: 'es.certifyAll',
    certifyHint: 'es.certifyAllHint',
    allDone: 'es.certifyAllDone',
    confirmTitle: 'es.certifyAll',
    confirmText: 'es.certifyAllText',
    confirm: 'es.certifyAllConfirm',
    certified: 'es.provinceCertified',
    close: 'es.cancel',
    filters: 'es.filters',
    clear: 'es.clearFilters',
    province: 'es.col.province',
    district: 'es.col.district',
    allDistricts: 'es.allDistricts',
    status: 'es.col.status',
    allStatuses: 'es.allStatuses',
    search: 'es.col.lao',
    searchHint: 'es.searchHint',
    export: 'es.export',
    exporting: 'es.exporting',
    exportDone: 'es.exportDone',
    returnText: 'es.returnText',
    reason: 'es.reason',
    reasonHint: 'es.reasonHint',
  },
};

/** /eservice/province/:provinceCode?year=&district=&status=&q= */
export default function EServiceProvincePage() {
  return <ProvincePage config={ESERVICE_PROVINCE_PAGE} />;
}
