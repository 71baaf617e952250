import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { waitFor } from '@testing-library/react';
import { Observable } from 'rxjs';
import { renderHookWithApp } from '../../test/render';
import { sitePointsQuery } from './operations';
import { useAllSites } from './useAllSites';

const node = (n: number) => ({
  __typename: 'DisposalSite',
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  nameTh: `สถานที่ ${n}`,
  method: 'OPEN_DUMP',
  status: 'OPERATING',
  latitude: 14,
  longitude: 100,
  operator: { __typename: 'LocalAuthority', code: '7400101', nameTh: 'อบต.ทดสอบ', nameEn: 'Test SAO' },
});

/** 3 sites served 2 a page; the second page refused when `refuse`. */
function setup(refuse: boolean) {
  const calls: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        calls.push(operation.variables);
        const after = operation.variables.after as string | null;
        if (after && refuse) {
          observer.next({ errors: [{ message: 'ตำแหน่งหน้าข้อมูล (after) ไม่ถูกต้อง', extensions: { code: 'BAD_USER_INPUT' } }] });
        } else {
          const nodes = after ? [node(3)] : [node(1), node(2)];
          observer.next({
            data: {
              disposalSites: {
                __typename: 'DisposalSiteConnection',
                totalCount: 3,
                pageInfo: { __typename: 'PageInfo', hasNextPage: !after, endCursor: after ? 'c3' : 'c2' },
                edges: nodes.map((n) => ({ __typename: 'DisposalSiteEdge', node: n })),
              },
            },
          });
        }
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const hook = renderHookWithApp(() => useAllSites(sitePointsQuery, { filter: { provinceCode: '74' } }), {
    providers: (children) => <ApolloProvider client={client}>{children}</ApolloProvider>,
  });
  return { calls, ...hook };
}

describe('useAllSites', () => {
  it('asks 500 at a time and merges the next pages into one list', async () => {
    const { calls, result } = setup(false);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.sites.map((s) => s.nameTh)).toEqual(['สถานที่ 1', 'สถานที่ 2', 'สถานที่ 3']);
    expect(result.current.total).toBe(3);
    expect(calls).toEqual([
      { filter: { provinceCode: '74' }, first: 500, after: null },
      { filter: { provinceCode: '74' }, first: 500, after: 'c2' },
    ]);
  });

  it('keeps the pages it has when a next one is refused, says so, and stops asking', async () => {
    const { calls, result } = setup(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.sites).toHaveLength(2);
    expect(result.current.problem?.message).toBe('ตำแหน่งหน้าข้อมูล (after) ไม่ถูกต้อง');
    expect(calls).toHaveLength(2);
  });
});
