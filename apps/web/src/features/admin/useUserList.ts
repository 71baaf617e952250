import { useMutation, useQuery } from '@apollo/client/react';
import type { UserLevel } from '@lao/domain';
import { useState } from 'react';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { PAGE_SIZE } from '../../ui/paging';
import { useDebounced } from '../../ui/useDebounced';
import { setUserActiveMutation, usersQuery } from './operations';

/**
 * The accounts list: its search and level filter (the search applies 300 ms after the last key), cursor paging that
 * starts again for a new filter, and suspending / reactivating an account with what happened.
 */
export function useUserList() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [level, setLevel] = useState<UserLevel | ''>('');
  const settledSearch = useDebounced(search.trim(), 300);
  const filter = { ...(settledSearch ? { search: settledSearch } : {}), ...(level ? { level } : {}) };
  // The cursors that led to this page, for this filter only: a new filter starts again from page one.
  const filterKey = JSON.stringify(filter);
  const [paging, setPaging] = useState<{ key: string; cursors: string[] }>({ key: filterKey, cursors: [] });
  const cursors = paging.key === filterKey ? paging.cursors : [];
  const setCursors = (next: string[]) => setPaging({ key: filterKey, cursors: next });
  const list = useQuery(usersQuery, { variables: { filter, first: PAGE_SIZE, after: cursors.at(-1) ?? null } });
  const connection = (list.data ?? list.previousData)?.users;
  const [setActive] = useMutation(setUserActiveMutation);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busyUser, setBusyUser] = useState<string | null>(null);

  const toggle = async (username: string, active: boolean) => {
    if (!active && !window.confirm(t('users.confirmDeactivate', { username }))) return;
    setStatus(null);
    setProblem(null);
    setBusyUser(username);
    try {
      await setActive({ variables: { username, active } });
      setStatus(t(active ? 'users.activated' : 'users.deactivated', { username }));
    } catch (e) {
      setProblem(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      setBusyUser(null);
    }
  };

  return {
    search,
    setSearch,
    level,
    setLevel,
    connection,
    users: connection?.edges.map((edge) => edge.node) ?? [],
    loading: list.loading,
    listProblem: list.error ? apiProblem(list.error) : null,
    status,
    problem,
    busyUser,
    toggle,
    hasPrevious: cursors.length > 0,
    hasNext: Boolean(connection?.pageInfo.hasNextPage) && !list.loading,
    previous: () => setCursors(cursors.slice(0, -1)),
    next: () => {
      const end = connection?.pageInfo.endCursor;
      if (end) setCursors([...cursors, end]);
    },
    /** After an account was created: say so, and show the first page with it. */
    created: (username: string) => {
      setStatus(t('users.created', { username }));
      setCursors([]);
      void list.refetch();
    },
  };
}

export type UserList = ReturnType<typeof useUserList>;
