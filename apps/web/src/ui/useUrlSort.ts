import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { SortDirection } from './sorting';

/** A list's sort in the address: ?sort=name&dir=desc (the default sort leaves both out). */
export const SORT_PARAM = 'sort';
export const DIRECTION_PARAM = 'dir';

export interface UrlSort<K extends string> {
  key: K;
  direction: SortDirection;
}

export function readSort<K extends string>(params: URLSearchParams, keys: readonly K[], initial: UrlSort<K>): UrlSort<K> {
  const raw = params.get(SORT_PARAM);
  const key = raw !== null && (keys as readonly string[]).includes(raw) ? (raw as K) : initial.key;
  const dir = params.get(DIRECTION_PARAM);
  const direction: SortDirection = dir === 'desc' ? 'descending' : dir === 'asc' ? 'ascending' : key === initial.key ? initial.direction : 'ascending';
  return { key, direction };
}

export function writeSort<K extends string>(params: URLSearchParams, sort: UrlSort<K>, initial: UrlSort<K>): URLSearchParams {
  const next = new URLSearchParams(params);
  if (sort.key === initial.key && sort.direction === initial.direction) {
    next.delete(SORT_PARAM);
    next.delete(DIRECTION_PARAM);
  } else {
    next.set(SORT_PARAM, sort.key);
    next.set(DIRECTION_PARAM, sort.direction === 'descending' ? 'desc' : 'asc');
  }
  return next;
}

/**
 * useTableSort's behaviour (the sorted column turns round, another starts in its first direction) with the sort in
 * the address, so a reload, a link and Back keep it. A new sort is a new address: the paging starts again
 * (urlPaging.ts). Pass `keys` and `initial` from module level or memoised.
 */
export function useUrlSort<K extends string>(keys: readonly K[], initial: UrlSort<K>, firstDirection: (key: K) => SortDirection = () => 'ascending') {
  const [params, setParams] = useSearchParams();
  const sort = useMemo(() => readSort(params, keys, initial), [params, keys, initial]);
  const sortBy = useCallback(
    (key: K) =>
      setParams(
        (previous) => {
          const current = readSort(previous, keys, initial);
          const next: UrlSort<K> =
            current.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) };
          return writeSort(previous, next, initial);
        },
        { replace: true },
      ),
    [setParams, keys, initial, firstDirection],
  );
  return { sort, sortBy };
}
