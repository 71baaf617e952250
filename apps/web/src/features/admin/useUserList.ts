import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { PAGE_SIZE, useCursorPaging } from '../../ui/paging';
import { writeCursors } from '../../ui/urlPaging';
import { useUrlFilters } from '../../ui/useUrlFilters';
import { setUserActiveMutation, usersQuery } from './operations';
import { toUserApiFilter, userFilterCodec } from './userFilters';

/**
 * The accounts list: its search and filters (level, province, status) and its page kept in the address, so Back
 * and a reload show the same list; suspending / reactivating an account with what happened.
 */
export function useUserList() {
  const { t } = useI18n();
  const filters = useUrlFilters(userFilterCodec);
  const apiFilter = useMemo(() => toUserApiFilter(filters.filter), [filters.filter]);
  const paging = useCursorPaging();
  const [, setParams] = useSearchParams();
  const list = useQuery(usersQuery, { variables: { filter: apiFilter, first: PAGE_SIZE, after: paging.after } });
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
    ...filters,
    connection,
    users: connection?.edges.map((edge) => edge.node) ?? [],
    loading: list.loading,
    listProblem: list.error ? apiProblem(list.error) : null,
    status,
    setStatus,
    problem,
    busyUser,
    toggle,
    paging,
    hasNext: Boolean(connection?.pageInfo.hasNextPage) && !list.loading,
    /** After an account was created: say so, and show the first page with it. */
    created: (username: string) => {
      setStatus(t('users.created', { username }));
      setParams((previous) => writeCursors(previous, []));
      void list.refetch();
    },
    /** After an edit: say so (the row updates from the answer; a filter it no longer matches shows on the next load). */
    saved: (username: string) => setStatus(t('users.saved', { username })),
  };
}

export type UserList = ReturnType<typeof useUserList>;
