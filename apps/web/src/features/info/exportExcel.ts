import type { ApolloClient } from '@apollo/client';
import { CERTIFICATION_STATUS_LABELS, formatDate, LAO_TYPE_LABELS, type Lang } from '@lao/domain';
import type {
  InfoCertificationProgressQuery,
  InfoSubmissionsQuery,
  LocalAuthoritiesQuery,
  LpaScoresQuery,
  SubmissionFilter,
} from '../../generated/graphql';
import { EXPORT_PAGE_SIZE } from '../registry/exportExcel';
import { localAuthoritiesQuery } from '../registry/operations';
import { infoSubmissionsQuery, lpaScoresQuery } from './operations';

export type SubmissionRow = InfoSubmissionsQuery['submissions']['edges'][number]['node'];
export type ProgressRow = InfoCertificationProgressQuery['certificationProgress'][number];
type LpaNode = LpaScoresQuery['lpaScores']['edges'][number]['node'];
type LaoNode = LocalAuthoritiesQuery['localAuthorities']['edges'][number]['node'];
export type LpaRow = LpaNode & { lao: LaoNode | null };

interface Page<T> {
  nodes: T[];
  total: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Every page of a connection, EXPORT_PAGE_SIZE at a time, in order. */
async function fetchAll<T>(fetchPage: (after: string | null) => Promise<Page<T>>, onProgress: (done: number, total: number) => void): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    rows.push(...page.nodes);
    onProgress(rows.length, page.total);
    if (!page.hasNextPage || !page.endCursor) return rows;
    after = page.endCursor;
  }
}

/** Every LAO's submission for the filter (the province page's table, all pages). */
export function fetchAllSubmissions(
  client: ApolloClient,
  fiscalYear: number,
  filter: SubmissionFilter,
  onProgress: (done: number, total: number) => void,
): Promise<SubmissionRow[]> {
  return fetchAll(async (after) => {
    const result: { data?: InfoSubmissionsQuery } = await client.query({
      query: infoSubmissionsQuery,
      variables: { fiscalYear, filter, first: EXPORT_PAGE_SIZE, after },
      fetchPolicy: 'no-cache',
    });
    const page = result.data?.submissions;
    if (!page) throw new Error('No data');
    return { nodes: page.edges.map((e) => e.node), total: page.totalCount, ...page.pageInfo };
  }, onProgress);
}

/**
 * LPA indicator 7 of every LAO in the caller's scope with the LAO's names from the registry. Both lists are
 * ordered by LAO code and paged the same way; they are joined by code.
 */
export async function fetchAllLpaScores(client: ApolloClient, fiscalYear: number, onProgress: (done: number, total: number) => void): Promise<LpaRow[]> {
  let scoresDone = 0;
  let scoresTotal = 0;
  let laosDone = 0;
  let laosTotal = 0;
  const report = () => onProgress(scoresDone + laosDone, scoresTotal + laosTotal || 1);
  const scores = await fetchAll<LpaNode>(
    async (after) => {
      const result: { data?: LpaScoresQuery } = await client.query({
        query: lpaScoresQuery,
        variables: { fiscalYear, first: EXPORT_PAGE_SIZE, after },
        fetchPolicy: 'no-cache',
      });
      const page = result.data?.lpaScores;
      if (!page) throw new Error('No data');
      return { nodes: page.edges.map((e) => e.node), total: page.totalCount, ...page.pageInfo };
    },
    (done, total) => {
      scoresDone = done;
      scoresTotal = total;
      laosTotal = Math.max(laosTotal, total);
      report();
    },
  );
  const laos = await fetchAll<LaoNode>(
    async (after) => {
      const result: { data?: LocalAuthoritiesQuery } = await client.query({
        query: localAuthoritiesQuery,
        variables: { filter: {}, first: EXPORT_PAGE_SIZE, after },
        fetchPolicy: 'no-cache',
      });
      const page = result.data?.localAuthorities;
      if (!page) throw new Error('No data');
      return { nodes: page.edges.map((e) => e.node), total: page.totalCount, ...page.pageInfo };
    },
    (done, total) => {
      laosDone = done;
      laosTotal = total;
      report();
    },
  );
  const byCode = new Map(laos.map((l) => [l.code, l]));
  return scores.map((s) => ({ ...s, lao: byCode.get(s.laoCode) ?? null }));
}

/** Percentage of a province's LAOs whose data is certified (by the LAO, or also by the province). */
export function certifiedPercent(row: Pick<ProgressRow, 'total' | 'laoCertified' | 'provinceCertified'>): number {
  return row.total === 0 ? 0 : ((row.laoCertified + row.provinceCertified) / row.total) * 100;
}

const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
const text = (value: string) => ({ value, type: String });
const number = (value: number) => ({ value, type: Number });

async function writer() {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  return writeExcelFile;
}

export interface SubmissionsExportText {
  sheet: string;
  headers: {
    code: string;
    lao: string;
    type: string;
    district: string;
    province: string;
    fiscalYear: string;
    status: string;
    complete: string;
    laoCertifiedAt: string;
    provinceCertifiedAt: string;
  };
  yes: string;
  no: string;
}

export async function writeSubmissionsWorkbook(rows: SubmissionRow[], lang: Lang, labels: SubmissionsExportText, fileName: string) {
  const writeExcelFile = await writer();
  const h = labels.headers;
  const name = (place: { nameTh: string; nameEn: string } | null) => (place ? (lang === 'en' ? place.nameEn : place.nameTh) : '');
  await writeExcelFile(rows, {
    sheet: labels.sheet.slice(0, 31),
    stickyRowsCount: 1,
    columns: [
      { header: bold(h.code), cell: (r: SubmissionRow) => text(r.laoCode), width: 11 },
      { header: bold(h.lao), cell: (r: SubmissionRow) => text(name(r.localAuthority)), width: 34 },
      { header: bold(h.type), cell: (r: SubmissionRow) => text(LAO_TYPE_LABELS[r.localAuthority.type][lang]), width: 24 },
      { header: bold(h.district), cell: (r: SubmissionRow) => text(name(r.localAuthority.district)), width: 18 },
      { header: bold(h.province), cell: (r: SubmissionRow) => text(name(r.localAuthority.province)), width: 18 },
      { header: bold(h.fiscalYear), cell: (r: SubmissionRow) => number(r.fiscalYear), width: 12 },
      { header: bold(h.status), cell: (r: SubmissionRow) => text(CERTIFICATION_STATUS_LABELS[r.status][lang]), width: 24 },
      { header: bold(h.complete), cell: (r: SubmissionRow) => text(r.complete ? labels.yes : labels.no), width: 14 },
      { header: bold(h.laoCertifiedAt), cell: (r: SubmissionRow) => text(r.laoCertifiedAt ? formatDate(r.laoCertifiedAt, lang, true) : ''), width: 22 },
      {
        header: bold(h.provinceCertifiedAt),
        cell: (r: SubmissionRow) => text(r.provinceCertifiedAt ? formatDate(r.provinceCertifiedAt, lang, true) : ''),
        width: 22,
      },
    ],
  }).toFile(fileName);
}

export interface ProgressExportText {
  sheet: string;
  headers: { code: string; province: string; total: string; draft: string; laoCertified: string; provinceCertified: string; percent: string };
}

export async function writeProgressWorkbook(rows: ProgressRow[], lang: Lang, labels: ProgressExportText, fileName: string) {
  const writeExcelFile = await writer();
  const h = labels.headers;
  await writeExcelFile(rows, {
    sheet: labels.sheet.slice(0, 31),
    stickyRowsCount: 1,
    columns: [
      { header: bold(h.code), cell: (r: ProgressRow) => text(r.provinceCode), width: 10 },
      { header: bold(h.province), cell: (r: ProgressRow) => text(lang === 'en' ? r.province.nameEn : r.province.nameTh), width: 22 },
      { header: bold(h.total), cell: (r: ProgressRow) => number(r.total), width: 12 },
      { header: bold(h.draft), cell: (r: ProgressRow) => number(r.draft), width: 18 },
      { header: bold(h.laoCertified), cell: (r: ProgressRow) => number(r.laoCertified), width: 20 },
      { header: bold(h.provinceCertified), cell: (r: ProgressRow) => number(r.provinceCertified), width: 22 },
      { header: bold(h.percent), cell: (r: ProgressRow) => ({ value: Math.round(certifiedPercent(r) * 10) / 10, type: Number, format: '0.0' }), width: 14 },
    ],
  }).toFile(fileName);
}

export interface LpaExportText {
  sheet: string;
  headers: { code: string; lao: string; type: string; district: string; province: string; status: string; complete: string; score: string };
  yes: string;
  no: string;
}

export async function writeLpaWorkbook(rows: LpaRow[], lang: Lang, labels: LpaExportText, fileName: string) {
  const writeExcelFile = await writer();
  const h = labels.headers;
  const name = (place: { nameTh: string; nameEn: string } | null | undefined) => (place ? (lang === 'en' ? place.nameEn : place.nameTh) : '');
  await writeExcelFile(rows, {
    sheet: labels.sheet.slice(0, 31),
    stickyRowsCount: 1,
    columns: [
      { header: bold(h.code), cell: (r: LpaRow) => text(r.laoCode), width: 11 },
      { header: bold(h.lao), cell: (r: LpaRow) => text(name(r.lao)), width: 34 },
      { header: bold(h.type), cell: (r: LpaRow) => text(r.lao ? LAO_TYPE_LABELS[r.lao.type][lang] : ''), width: 24 },
      { header: bold(h.district), cell: (r: LpaRow) => text(name(r.lao?.district)), width: 18 },
      { header: bold(h.province), cell: (r: LpaRow) => text(name(r.lao?.province)), width: 18 },
      { header: bold(h.status), cell: (r: LpaRow) => text(CERTIFICATION_STATUS_LABELS[r.status][lang]), width: 24 },
      { header: bold(h.complete), cell: (r: LpaRow) => text(r.complete ? labels.yes : labels.no), width: 14 },
      { header: bold(h.score), cell: (r: LpaRow) => number(r.score), width: 12 },
    ],
  }).toFile(fileName);
}
