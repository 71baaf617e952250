import { localName, useI18n } from '../../i18n';
import { ProvincePage, type ProvincePageConfig } from '../certification/ProvincePage';
import { useProvinces } from '../registry/useProvinces';
import { wasteSubmissionColumns } from './exportExcel';
import { wasteModule } from './module';
import { ProvinceFigures } from './ProvinceFigures';
import { formatWasteTime } from './wasteCatalogue';
import './waste.css';

/** Waste's province page: the kit's (progress, certify all, the list, returns, export) in Waste's words. */
export const WASTE_PROVINCE_PAGE: ProvincePageConfig = {
  module: wasteModule,
  byType: true,
  className: 'info-province waste-province-page',
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
      view: 'waste.province.view',
    },
    formatTime: formatWasteTime,
    viewClassName: 'nowrap',
  },
  exportColumns: wasteSubmissionColumns,
  words: { eyebrow: 'waste.module', title: 'waste.province.title', exportFile: 'waste.province.listFile', sheet: 'waste.province.listSheet', nationalCrumb: 'waste.national.short' },
};

function Figures({ provinceCode }: { provinceCode: string }) {
  const { lang } = useI18n();
  const { province } = useProvinces(provinceCode);
  return <ProvinceFigures provinceCode={provinceCode} provinceName={province ? localName(province, lang) : provinceCode} />;
}

/** /waste/province/:provinceCode?year=&figure=&district=&type=&status=&q= — the kit's page with Waste's figures and map. */
export default function ProvinceWastePage() {
  return <ProvincePage config={WASTE_PROVINCE_PAGE}>{(provinceCode) => <Figures provinceCode={provinceCode} />}</ProvincePage>;
}
