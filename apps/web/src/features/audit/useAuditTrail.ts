import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatNumber } from '@lao/domain';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { useExport } from '../../ui/useExport';
import { fetchAllAuditEntries, writeAuditWorkbook } from './exportExcel';
import { EMPTY_AUDIT_FILTER, readAuditFilter, toApiAuditFilter, writeAuditFilter, type AuditUrlFilter } from './filters';
import { auditTrailQuery } from './operations';

/** Entries per page; "more" adds the next page under them. */
export const AUDIT_PAGE_SIZE = 50;

/** The trail's filter in the address: applying a filter is a new history entry, so "back" returns to the previous one. */
export function useAuditFilter() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readAuditFilter(params), [params]);
  const apply = (next: AuditUrlFilter) => setParams((previous) => writeAuditFilter(previous, next));
  const clear = () => setParams((previous) => writeAuditFilter(previous, EMPTY_AUDIT_FILTER));
  const hasFilter = Object.values(filter).some(Boolean);
  return { filter, apply, clear, hasFilter, key: params.toString() };
}

/**
 * The entries of the filter within the caller's scope (the API scopes them), newest first, a page at a time with
 * "more", and the Excel export of every entry of the filter.
 */
export function useAuditTrail(filter: AuditUrlFilter) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const apiFilter = useMemo(() => toApiAuditFilter(filter), [filter]);
  const query = useQuery(auditTrailQuery, { variables: { filter: apiFilter, first: AUDIT_PAGE_SIZE }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const connection = query.data?.auditTrail;
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreProblem, setMoreProblem] = useState<string | null>(null);

  const more = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    setMoreProblem(null);
    try {
      await query.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditTrail: { ...fetchMoreResult.auditTrail, edges: [...previous.auditTrail.edges, ...fetchMoreResult.auditTrail.edges] },
        }),
      });
    } catch (e) {
      setMoreProblem(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      setLoadingMore(false);
    }
  };

  const exporter = useExport();
  const exportAll = () =>
    exporter.run(async (report) => {
      const progress = (done: number, total: number) => report(t('audit.exporting', { done: formatNumber(done), total: formatNumber(total) }));
      progress(0, connection?.totalCount ?? 0);
      const rows = await fetchAllAuditEntries(client, apiFilter, progress);
      const fileName = `${t('audit.exportFile')}-${todayForFileName()}.xlsx`;
      await writeAuditWorkbook(rows, t, lang, fileName);
      return t('audit.exportDone', { file: fileName, count: formatNumber(rows.length) });
    });

  return {
    entries: connection?.edges.map((e) => e.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: query.loading && !connection,
    problem: query.error ? (apiProblem(query.error).message ?? t('app.networkError')) : moreProblem,
    more,
    loadingMore,
    exporter,
    exportAll,
  };
}
