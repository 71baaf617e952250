import type { ApolloClient } from '@apollo/client';
import { LAO_TYPE_LABELS, type Lang } from '@lao/domain';
import type { LocalAuthoritiesQuery, LocalAuthorityFilter } from '../../generated/graphql';
import { localName, type I18n } from '../../i18n';
import { bold, EXPORT_PAGE_SIZE, fetchAllPages, pageOf, text, writeWorkbook } from '../../ui/excel';
import { localAuthoritiesQuery } from './operations';

export type LocalAuthorityRow = LocalAuthoritiesQuery['localAuthorities']['edges'][number]['node'];

/** Every LAO of the filter, page after page through the same query the table uses (not cached). */
export function fetchAllLocalAuthorities(
  client: ApolloClient,
  filter: LocalAuthorityFilter,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<LocalAuthorityRow[]> {
  return fetchAllPages(
    async (after) => {
      const result: { data?: LocalAuthoritiesQuery } = await client.query({
        query: localAuthoritiesQuery,
        variables: { filter, first: EXPORT_PAGE_SIZE, after },
        fetchPolicy: 'no-cache',
      });
      return pageOf(result.data?.localAuthorities);
    },
    onProgress,
    signal,
  );
}

/** The registry rows as .xlsx, handed to the browser. */
export function writeRegistryWorkbook(rows: LocalAuthorityRow[], t: I18n['t'], lang: Lang, fileName: string) {
  return writeWorkbook(
    rows,
    t('registry.sheet'),
    [
      { header: bold(t('registry.col.code')), cell: (r) => text(r.code), width: 11 },
      { header: bold(t('registry.col.name')), cell: (r) => text(r.nameTh), width: 34 },
      { header: bold(t('registry.col.nameEn')), cell: (r) => text(r.nameEn), width: 34 },
      { header: bold(t('registry.col.type')), cell: (r) => text(LAO_TYPE_LABELS[r.type][lang]), width: 26 },
      { header: bold(t('registry.col.district')), cell: (r) => text(r.district ? localName(r.district, lang) : ''), width: 20 },
      { header: bold(t('registry.col.province')), cell: (r) => text(localName(r.province, lang)), width: 20 },
      { header: bold(t('registry.col.website')), cell: (r) => text(r.website ?? ''), width: 36 },
    ],
    fileName,
  );
}
