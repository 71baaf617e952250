import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { apiProblem, type ApiProblem } from '../../app/errors';
import { EXPORT_PAGE_SIZE } from '../../ui/excel';

/** A query answering one page of disposal sites. */
interface SitesPage<N> {
  disposalSites: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    edges: Array<{ node: N }>;
  };
}

type PageVariables = OperationVariables & { first?: number | null; after?: string | null };

/**
 * Every site of a filter: the first page of 500 (the API's largest), then the next ones as each arrives, merged into
 * the first query's cached answer (one request per 500 sites, none per row). `skip` waits until it is needed.
 */
export function useAllSites<N, V extends PageVariables>(
  document: TypedDocumentNode<SitesPage<N>, V>,
  variables: Omit<V, 'first' | 'after'>,
  { skip = false, fetchPolicy = 'cache-first' }: { skip?: boolean; fetchPolicy?: 'cache-first' | 'network-only' } = {},
) {
  const query = useQuery<SitesPage<N>, PageVariables>(document as TypedDocumentNode<SitesPage<N>, PageVariables>, {
    variables: { ...variables, first: EXPORT_PAGE_SIZE, after: null },
    fetchPolicy,
    nextFetchPolicy: 'cache-first',
    skip,
  });
  const connection = query.data?.disposalSites;
  const nextCursor = connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
  const { fetchMore } = query;
  // A next page the API refused: the pages so far stay shown, with the refusal, and no more are asked.
  const [pageFailure, setPageFailure] = useState<{ cursor: string; problem: ApiProblem } | null>(null);
  const failed = pageFailure !== null && pageFailure.cursor === nextCursor;

  useEffect(() => {
    if (!nextCursor || failed) return;
    void fetchMore({
      variables: { after: nextCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        disposalSites: {
          ...fetchMoreResult.disposalSites,
          edges: [...(previous.disposalSites?.edges ?? []), ...fetchMoreResult.disposalSites.edges],
        },
      }),
    }).catch((e: unknown) => setPageFailure({ cursor: nextCursor, problem: apiProblem(e) }));
  }, [nextCursor, failed, fetchMore]);

  const sites = useMemo(() => (connection?.edges ?? []).map((e) => e.node), [connection]);
  return {
    sites,
    total: connection?.totalCount ?? null,
    /** Still loading a page (the first, or the next ones). */
    loading: (query.loading && !connection) || (nextCursor !== null && !failed),
    /** Not every site could be loaded (the first page, or a later one). */
    problem: query.error ? apiProblem(query.error) : failed ? pageFailure.problem : null,
    refetch: () => query.refetch().then(
      () => undefined,
      () => undefined,
    ),
  };
}
