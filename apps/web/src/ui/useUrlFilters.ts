import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/** How long the search box waits after the last key before it changes the address. */
export const SEARCH_DELAY_MS = 300;

export interface UrlFilterCodec<F extends { q: string }> {
  /** The filter in the address (junk dropped). Keep it stable (module level or useCallback): it is a memo input. */
  read: (params: URLSearchParams) => F;
  /** The address for a filter, written over the current parameters. */
  write: (previous: URLSearchParams, filter: F) => URLSearchParams;
  /** The filter "clear" leaves. */
  empty: F;
}

/**
 * A list's filter kept in the address bar (?district=…&q=…), so a link, a reload and back/forward show the same list.
 * Choices apply at once; the search box answers as the user types, SEARCH_DELAY_MS after the last key, without a
 * history entry per key.
 */
export function useUrlFilters<F extends { q: string }>({ read, write, empty }: UrlFilterCodec<F>) {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => read(params), [read, params]);

  const [searchText, setSearchText] = useState(filter.q);
  const [syncedQ, setSyncedQ] = useState(filter.q);
  if (filter.q !== syncedQ) {
    // The address changed under us (back/forward, "clear", our own debounced write): follow it.
    setSyncedQ(filter.q);
    if (filter.q !== searchText.trim()) setSearchText(filter.q);
  }
  useEffect(() => {
    const q = searchText.trim();
    if (q === filter.q) return;
    const timer = setTimeout(() => setParams((previous) => write(previous, { ...filter, q }), { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, filter, setParams, write]);

  const setFilter = (next: Partial<F>) => setParams((previous) => write(previous, { ...filter, q: searchText.trim(), ...next }), { replace: true });
  const clear = () => {
    setSearchText('');
    setParams((previous) => write(previous, empty), { replace: true });
  };
  const hasFilter = Object.values(filter).some(Boolean) || searchText !== '';

  return { filter, searchText, setSearchText, setFilter, clear, hasFilter };
}
