import { localName, useI18n } from '../../i18n';
import { useFiscalYearParam } from '../certification/fiscalYear';
import { ProvincePage, type ProvincePageConfig } from '../certification/ProvincePage';
import { useProvinces } from '../registry/useProvinces';
import { infoSubmissionColumns } from './exportExcel';
import { formatInfoTime } from './infoCertification';
import { infoModule } from './module';
import { ValuesExportCard } from './ValuesExportCard';

/** INFO's province page: the kit's, with INFO's words, the LAO-type filter and INFO's Excel columns. */
export const INFO_PROVINCE_PAGE: ProvincePageConfig = {
  module: infoModule,
  byType: true,
  className: 'info-province',
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
      view: 'infoProvince.view',
    },
    formatTime: formatInfoTime,
    viewClassName: 'nowrap',
  },
  exportColumns: infoSubmissionColumns,
  words: { eyebrow: 'infoCommon.module', title: 'infoProvince.title', exportFile: 'infoProvince.exportFile', sheet: 'infoProvince.sheet' },
};

/** /info/province/:provinceCode?year=&district=&type=&status=&q= */
export default function ProvinceInfoPage() {
  return <ProvincePage config={INFO_PROVINCE_PAGE}>{(provinceCode) => <ProvinceValuesExport provinceCode={provinceCode} />}</ProvincePage>;
}

/** The province's indicator values (every LAO of the province) for the year on screen. */
function ProvinceValuesExport({ provinceCode }: { provinceCode: string }) {
  const { lang } = useI18n();
  const { year } = useFiscalYearParam();
  const { province } = useProvinces(provinceCode);
  return <ValuesExportCard fiscalYear={year} filter={{ provinceCode }} scopeName={province ? localName(province, lang) : provinceCode} />;
}
