import { localName, useI18n } from '../../i18n';
import { useFiscalYearParam } from '../certification/fiscalYear';
import { ProvincePage, type ProvincePageConfig } from '../certification/ProvincePage';
import { infoSubmissionColumns } from '../info/exportExcel';
import { useProvinces } from '../registry/useProvinces';
import { formatWelfareTime } from './format';
import { welfareModule, welfarePaths } from './module';
import { SummaryTable } from './SummaryTable';
import './welfare.css';

/** Welfare's province page: the kit's (progress, certify all, the list, returns, export) in Welfare's words. */
export const WELFARE_PROVINCE_PAGE: ProvincePageConfig = {
  module: welfareModule,
  byType: true,
  className: 'info-province welfare-province-page',
  list: {
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
      view: 'welfare.province.view',
    },
    formatTime: formatWelfareTime,
    viewClassName: 'nowrap',
  },
  exportColumns: infoSubmissionColumns,
  words: { eyebrow: 'welfare.module', title: 'welfare.province.title', exportFile: 'welfare.province.listFile', sheet: 'welfare.province.listSheet', nationalCrumb: 'welfare.national.short' },
};

/** The province's aggregates per LAO (masked lists stay on each LAO's page; these are counts and baht only). */
function ProvinceSummary({ provinceCode }: { provinceCode: string }) {
  const { lang } = useI18n();
  const { year, withYear } = useFiscalYearParam();
  const { province } = useProvinces(provinceCode);
  return (
    <SummaryTable
      fiscalYear={year}
      provinceCode={provinceCode}
      placeName={province ? localName(province, lang) : provinceCode}
      rowHref={(code) => withYear(welfarePaths.lao(code))}
    />
  );
}

/** /welfare/province/:provinceCode?year=&district=&type=&status=&q= — the kit's page with the province's summary. */
export default function WelfareProvincePage() {
  return <ProvincePage config={WELFARE_PROVINCE_PAGE}>{(provinceCode) => <ProvinceSummary provinceCode={provinceCode} />}</ProvincePage>;
}
