import { CERTIFICATION_STATUS_LABELS, LAO_TYPE_LABELS, type Lang } from '@lao/domain';
import { localName, type I18n } from '../../i18n';
import { bold, moment, number, text } from '../../ui/excel';
import type { SubmissionColumn } from '../certification/exportSubmissions';

/**
 * The Waste province list's sheet: one row per LAO with its completeness and both certification times, the times as
 * real date cells in the one BE format (as INFO and e-Service write them), so they sort and filter as dates.
 */
export function wasteSubmissionColumns(t: I18n['t'], lang: Lang): SubmissionColumn[] {
  return [
    { header: bold(t('registry.col.code')), cell: (r) => text(r.laoCode), width: 11 },
    { header: bold(t('infoProvince.col.lao')), cell: (r) => text(localName(r.localAuthority, lang)), width: 34 },
    { header: bold(t('infoProvince.col.type')), cell: (r) => text(LAO_TYPE_LABELS[r.localAuthority.type][lang]), width: 24 },
    { header: bold(t('infoProvince.col.district')), cell: (r) => text(r.localAuthority.district ? localName(r.localAuthority.district, lang) : ''), width: 18 },
    { header: bold(t('infoProvince.col.fiscalYear')), cell: (r) => number(r.fiscalYear), width: 12 },
    { header: bold(t('infoProvince.col.status')), cell: (r) => text(CERTIFICATION_STATUS_LABELS[r.status][lang]), width: 24 },
    { header: bold(t('infoProvince.col.complete')), cell: (r) => text(r.complete ? t('infoProvince.completeYes') : t('infoProvince.completeNo')), width: 14 },
    { header: bold(t('infoProvince.col.certifiedAt')), cell: (r) => moment(r.laoCertifiedAt), width: 22 },
    { header: bold(t('infoProvince.col.provinceCertifiedAt')), cell: (r) => moment(r.provinceCertifiedAt), width: 22 },
  ];
}
