import type { ApolloClient } from '@apollo/client';
import { LAO_TYPE_LABELS, type Lang } from '@lao/domain';
import type { LocalAuthoritiesQuery, LocalAuthorityFilter } from '../../generated/graphql';
import { localAuthoritiesQuery } from './operations';

type Row = LocalAuthoritiesQuery['localAuthorities']['edges'][number]['node'];

/** The largest page the API serves: the export walks the whole filter in pages of this size. */
export const EXPORT_PAGE_SIZE = 500;

/** Today in Bangkok as a Buddhist-Era date for file names: 2569-11-27. */
export function todayForFileName(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bangkok',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${Number(get('year')) + 543}-${get('month')}-${get('day')}`;
}

/** Every LAO of the filter, page after page through the same query the table uses (not cached). */
export async function fetchAllLocalAuthorities(
  client: ApolloClient,
  filter: LocalAuthorityFilter,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    if (signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
    const result: { data?: LocalAuthoritiesQuery } = await client.query({
      query: localAuthoritiesQuery,
      variables: { filter, first: EXPORT_PAGE_SIZE, after },
      fetchPolicy: 'no-cache',
    });
    const page = result.data?.localAuthorities;
    if (!page) throw new Error('No data');
    rows.push(...page.edges.map((edge) => edge.node));
    onProgress(rows.length, page.totalCount);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return rows;
    after = page.pageInfo.endCursor;
  }
}

export interface ExportText {
  sheet: string;
  headers: { code: string; name: string; nameEn: string; type: string; district: string; province: string; website: string };
}

/** Writes the rows as .xlsx and hands the file to the browser. write-excel-file loads only when someone exports. */
export async function writeRegistryWorkbook(rows: Row[], lang: Lang, text: ExportText, fileName: string) {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  const header = (value: string) => ({ value, fontWeight: 'bold' as const });
  await writeExcelFile(rows, {
    sheet: text.sheet.slice(0, 31),
    stickyRowsCount: 1,
    columns: [
      { header: header(text.headers.code), cell: (r: Row) => ({ value: r.code, type: String }), width: 11 },
      { header: header(text.headers.name), cell: (r: Row) => ({ value: r.nameTh, type: String }), width: 34 },
      { header: header(text.headers.nameEn), cell: (r: Row) => ({ value: r.nameEn, type: String }), width: 34 },
      { header: header(text.headers.type), cell: (r: Row) => ({ value: LAO_TYPE_LABELS[r.type][lang], type: String }), width: 26 },
      {
        header: header(text.headers.district),
        cell: (r: Row) => ({ value: r.district ? (lang === 'en' ? r.district.nameEn : r.district.nameTh) : '', type: String }),
        width: 20,
      },
      {
        header: header(text.headers.province),
        cell: (r: Row) => ({ value: lang === 'en' ? r.province.nameEn : r.province.nameTh, type: String }),
        width: 20,
      },
      { header: header(text.headers.website), cell: (r: Row) => ({ value: r.website ?? '', type: String }), width: 36 },
    ],
  }).toFile(fileName);
}
