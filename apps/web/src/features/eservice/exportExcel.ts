import type { ApolloClient } from '@apollo/client';
import { CERTIFICATION_STATUS_LABELS, ESERVICE_CHANNEL_LABELS, ESERVICE_CHANNELS, ESERVICE_STEPS, type Lang } from '@lao/domain';
import type { EServiceAdoptionQuery, EServiceProvinceAdoptionQuery, EServiceSubmissionsQuery, SubmissionFilter } from '../../generated/graphql';
import { formatDateTimeBE } from './format';
import { eServiceSubmissionsQuery } from './operations';

type SubmissionRow = EServiceSubmissionsQuery['submissions']['edges'][number]['node'];
export type AdoptionRow = EServiceAdoptionQuery['eServiceAdoption'][number];
export type ProvinceAdoptionRow = EServiceProvinceAdoptionQuery['eServiceProvinceAdoption'][number];

/** The largest page the API serves: the export walks the whole filter in pages of this size. */
export const EXPORT_PAGE_SIZE = 500;

/** Every LAO of the filter, page after page through the list's own query (not cached). */
export async function fetchAllSubmissions(
  client: ApolloClient,
  fiscalYear: number,
  filter: SubmissionFilter,
  onProgress: (done: number, total: number) => void,
): Promise<SubmissionRow[]> {
  const rows: SubmissionRow[] = [];
  let after: string | null = null;
  for (;;) {
    const result: { data?: EServiceSubmissionsQuery } = await client.query({
      query: eServiceSubmissionsQuery,
      variables: { fiscalYear, filter, first: EXPORT_PAGE_SIZE, after },
      fetchPolicy: 'no-cache',
    });
    const page = result.data?.submissions;
    if (!page) throw new Error('No data');
    rows.push(...page.edges.map((edge) => edge.node));
    onProgress(rows.length, page.totalCount);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return rows;
    after = page.pageInfo.endCursor;
  }
}

const header = (value: string) => ({ value, fontWeight: 'bold' as const, wrap: true });
const text = (value: string) => ({ value, type: String });
const num = (value: number, format = '#,##0') => ({ value, type: Number, format });

export interface SubmissionsText {
  sheet: string;
  headers: { no: string; province: string; district: string; lao: string; code: string; year: string; status: string; certifiedAt: string; provinceCertifiedAt: string };
}

/** The province list as .xlsx (write-excel-file loads only when someone exports). */
export async function writeSubmissionsWorkbook(rows: SubmissionRow[], lang: Lang, labels: SubmissionsText, fileName: string) {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  const h = labels.headers;
  const data = [
    [h.no, h.province, h.district, h.lao, h.code, h.year, h.status, h.certifiedAt, h.provinceCertifiedAt].map(header),
    ...rows.map((r, i) => {
      const lao = r.localAuthority;
      return [
        num(i + 1),
        text(lang === 'en' ? lao.province.nameEn : lao.province.nameTh),
        text(lao.district ? (lang === 'en' ? lao.district.nameEn : lao.district.nameTh) : ''),
        text(lang === 'en' ? lao.nameEn : lao.nameTh),
        text(r.laoCode),
        num(r.fiscalYear, '0'),
        text(CERTIFICATION_STATUS_LABELS[r.status][lang]),
        text(r.status !== 'DRAFT' ? formatDateTimeBE(r.laoCertifiedAt) : ''),
        text(r.status === 'PROVINCE_CERTIFIED' ? formatDateTimeBE(r.provinceCertifiedAt) : ''),
      ];
    }),
  ];
  await writeExcelFile(data, {
    sheet: labels.sheet.slice(0, 31),
    stickyRowsCount: 1,
    columns: [{ width: 7 }, { width: 16 }, { width: 18 }, { width: 36 }, { width: 11 }, { width: 10 }, { width: 24 }, { width: 20 }, { width: 20 }],
  }).toFile(fileName);
}

export interface ReportText {
  itemsSheet: string;
  provincesSheet: string;
  items: {
    side: string;
    code: string;
    item: string;
    answered: string;
    offered: string;
    offeredShare: string;
    needed: string;
    notNeeded: string;
    step: (n: number) => string;
    totalUsers: string;
  };
  provinces: { province: string; laoCount: string; respondents: string; respondentShare: string; offeringAny: string; offeringAnyShare: string; offeredShare: string };
}

/** Both report tables as one workbook: items (grouped by side, as on screen) and provinces. */
export async function writeReportWorkbook(items: AdoptionRow[], provinces: ProvinceAdoptionRow[], lang: Lang, labels: ReportText, fileName: string) {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  const l = labels.items;
  const itemsData = [
    [
      l.side,
      l.code,
      l.item,
      l.answered,
      l.offered,
      l.offeredShare,
      l.needed,
      l.notNeeded,
      ...ESERVICE_STEPS.map((s) => l.step(s)),
      ...ESERVICE_CHANNELS.map((c) => ESERVICE_CHANNEL_LABELS[c][lang]),
      l.totalUsers,
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
  const p = labels.provinces;
  const provincesData = [
    [p.province, p.laoCount, p.respondents, p.respondentShare, p.offeringAny, p.offeringAnyShare, p.offeredShare].map(header),
    ...provinces.map((r) => [
      text(lang === 'en' ? r.province.nameEn : r.province.nameTh),
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
      sheet: labels.itemsSheet.slice(0, 31),
      stickyRowsCount: 1,
      columns: [{ width: 6 }, { width: 8 }, { width: 48 }, ...Array.from({ length: 5 }, () => ({ width: 11 })), ...Array.from({ length: 12 }, () => ({ width: 10 })), { width: 14 }],
    },
    {
      data: provincesData,
      sheet: labels.provincesSheet.slice(0, 31),
      stickyRowsCount: 1,
      columns: [{ width: 20 }, ...Array.from({ length: 6 }, () => ({ width: 14 }))],
    },
  ]).toFile(fileName);
}
