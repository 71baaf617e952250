import { CERTIFICATION_STATUS_LABELS, ESERVICE_CHANNEL_LABELS, ESERVICE_CHANNELS, ESERVICE_STEP_LABELS, ESERVICE_STEPS, type Lang } from '@lao/domain';
import type { EServiceAdoptionQuery, EServiceProvinceAdoptionQuery } from '../../generated/graphql';
import { localName, type I18n } from '../../i18n';
import { bold, loadWriteExcelFile, moment, number, text } from '../../ui/excel';
import type { SubmissionColumn } from '../certification/exportSubmissions';

export type AdoptionRow = EServiceAdoptionQuery['eServiceAdoption'][number];
export type ProvinceAdoptionRow = EServiceProvinceAdoptionQuery['eServiceProvinceAdoption'][number];

/** Headers wrap in the survey's workbooks; counts are grouped (1,234). */
const header = (value: string) => ({ ...bold(value), wrap: true });
const num = (value: number, format = '#,##0') => number(value, format);

/** The province list's sheet as the survey manual lays it out: numbered rows, times as real date cells in the one BE format (7 พ.ย. 2565 16:29). */
export function eServiceSubmissionColumns(t: I18n['t'], lang: Lang): SubmissionColumn[] {
  return [
    { header: header(t('es.col.no')), cell: (_r, i) => num(i + 1), width: 7 },
    { header: header(t('es.col.province')), cell: (r) => text(localName(r.localAuthority.province, lang)), width: 16 },
    { header: header(t('es.col.district')), cell: (r) => text(r.localAuthority.district ? localName(r.localAuthority.district, lang) : ''), width: 18 },
    { header: header(t('es.col.lao')), cell: (r) => text(localName(r.localAuthority, lang)), width: 36 },
    { header: header(t('es.laoCode')), cell: (r) => text(r.laoCode), width: 11 },
    { header: header(t('es.fiscalYear')), cell: (r) => num(r.fiscalYear, '0'), width: 10 },
    { header: header(t('es.col.status')), cell: (r) => text(CERTIFICATION_STATUS_LABELS[r.status][lang]), width: 24 },
    { header: header(t('es.col.certifiedAt')), cell: (r) => (r.status !== 'DRAFT' ? moment(r.laoCertifiedAt) : null), width: 20 },
    {
      header: header(t('es.col.provinceCertifiedAt')),
      cell: (r) => (r.status === 'PROVINCE_CERTIFIED' ? moment(r.provinceCertifiedAt) : null),
      width: 20,
    },
  ];
}

/** Both report tables as one workbook: items (grouped by side, as on screen) and provinces. */
export async function writeReportWorkbook(items: AdoptionRow[], provinces: ProvinceAdoptionRow[], t: I18n['t'], lang: Lang, fileName: string) {
  const writeExcelFile = await loadWriteExcelFile();
  const itemsData = [
    [
      t('es.report.side'),
      t('es.report.code'),
      t('es.col.item'),
      t('es.report.answered'),
      t('es.report.offeredCount'),
      t('es.report.offeredShare'),
      t('es.report.needed'),
      t('es.report.notNeeded'),
      ...ESERVICE_STEPS.map((n) => `${t('es.stepNo', { n })} ${ESERVICE_STEP_LABELS[n]?.[lang] ?? ''}`),
      ...ESERVICE_CHANNELS.map((c) => ESERVICE_CHANNEL_LABELS[c][lang]),
      t('es.report.totalUsers'),
    ].map(header),
    ...items.map((r) => [
      num(r.side, '0'),
      text(r.itemCode),
      text(lang === 'en' && r.nameEn ? r.nameEn : r.nameTh),
      num(r.answered),
      num(r.offered),
      num(r.offeredShare, '0.0%'),
      num(r.needed),
      num(r.notNeeded),
      ...ESERVICE_STEPS.map((s) => num(r.steps.find((x) => x.step === s)?.count ?? 0)),
      ...ESERVICE_CHANNELS.map((c) => num(r.channels.find((x) => x.channel === c)?.count ?? 0)),
      num(r.totalUsers),
    ]),
  ];
  const provincesData = [
    [
      t('es.col.province'),
      t('es.report.laoCount'),
      t('es.report.respondents'),
      t('es.report.respondentShare'),
      t('es.report.offeringAny'),
      t('es.report.offeringAnyShare'),
      t('es.report.itemShare'),
    ].map(header),
    ...provinces.map((r) => [
      text(localName(r.province, lang)),
      num(r.laoCount),
      num(r.respondents),
      num(r.laoCount ? r.respondents / r.laoCount : 0, '0.0%'),
      num(r.offeringAny),
      num(r.respondents ? r.offeringAny / r.respondents : 0, '0.0%'),
      num(r.offeredShare, '0.0%'),
    ]),
  ];
  await writeExcelFile([
    {
      data: itemsData,
      sheet: t('es.report.itemsSheet').slice(0, 31),
      stickyRowsCount: 1,
      columns: [{ width: 6 }, { width: 8 }, { width: 48 }, ...Array.from({ length: 5 }, () => ({ width: 11 })), ...Array.from({ length: 12 }, () => ({ width: 10 })), { width: 14 }],
    },
    {
      data: provincesData,
      sheet: t('es.report.provincesSheet').slice(0, 31),
      stickyRowsCount: 1,
      columns: [{ width: 20 }, ...Array.from({ length: 6 }, () => ({ width: 14 }))],
    },
  ]).toFile(fileName);
}
