import { formatDate, formatNumber } from '@lao/domain';
import { useState } from 'react';
import { useUser } from '../../app/auth';
import type { UserRowFragment } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { Pager } from '../../ui/paging';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CreateUserForm } from './CreateUserForm';
import { EditUserForm } from './EditUserForm';
import { ResetPasswordDialogs } from './ResetPasswordDialogs';
import { UserFilters } from './UserFilters';
import { useResetPassword } from './useResetPassword';
import { useUserList } from './useUserList';
import './users.css';

/**
 * Account administration (/admin/users): new accounts; the list with its search and filters (in the address); per
 * account edit (name, level, scope, rights), a temporary password, suspend / reactivate.
 */
export default function UsersPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('users.title'));
  const me = useUser();
  const list = useUserList();
  const reset = useResetPassword();
  const [editing, setEditing] = useState<UserRowFragment | null>(null);

  return (
    <section className="admin-users">
      <header className="page-header">
        <h1>{t('users.title')}</h1>
      </header>

      <CreateUserForm onCreated={list.created} />
      <UserFilters list={list} />

      <StatusMessage>{list.status}</StatusMessage>
      <ErrorAlert>{list.problem}</ErrorAlert>
      <ErrorAlert>{list.listProblem && (list.listProblem.message ?? t('app.networkError'))}</ErrorAlert>

      <p className="total">{list.connection ? t('users.total', { count: formatNumber(list.connection.totalCount) }) : t('common.loading')}</p>
      <div className="table-wrap" aria-busy={list.loading}>
        <table className="table">
          <caption className="visually-hidden">{t('users.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.col.username')}</th>
              <th scope="col">{t('users.col.displayName')}</th>
              <th scope="col">{t('users.col.level')}</th>
              <th scope="col">{t('users.col.scope')}</th>
              <th scope="col">{t('users.col.lastLogin')}</th>
              <th scope="col">{t('users.col.status')}</th>
              <th scope="col">{t('users.col.actions')}</th>
            </tr>
          </thead>
          <tbody className={list.loading ? 'is-loading' : undefined}>
            {list.users.map((user) => (
              <tr key={user.id}>
                <td className="code">{user.username}</td>
                <td>{user.displayName}</td>
                <td>{t(`level.${user.level}`)}</td>
                <td className="code">{user.scopeCode ?? '—'}</td>
                <td>{user.lastLoginAt ? formatDate(user.lastLoginAt, lang, true) : t('users.never')}</td>
                <td>
                  <span className={`badge ${user.active ? 'badge--ok' : 'badge--off'}`}>{user.active ? t('users.active') : t('users.inactive')}</span>
                  {user.mustChangePassword && <span className="badge badge--warn">{t('users.mustChange')}</span>}
                </td>
                <td className="actions">
                  <button type="button" className="button button--small button--secondary" onClick={() => setEditing(user)} aria-label={`${t('users.edit')} ${user.username}`}>
                    {t('users.edit')}
                  </button>
                  {user.username !== me.username && (
                    <>
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        onClick={() => reset.ask({ id: user.id, username: user.username })}
                        aria-label={`${t('users.resetPassword')} ${user.username}`}
                      >
                        {t('users.resetPassword')}
                      </button>
                      <button
                        type="button"
                        className={`button button--small ${user.active ? 'button--danger' : 'button--secondary'}`}
                        disabled={list.busyUser === user.username}
                        onClick={() => void list.toggle(user.username, !user.active)}
                        aria-label={`${user.active ? t('users.deactivate') : t('users.activate')} ${user.username}`}
                      >
                        {user.active ? t('users.deactivate') : t('users.activate')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
            {list.connection && list.users.length === 0 && (
              <tr>
                <td colSpan={7} className="table__empty">
                  {t('users.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager
        hasPrevious={!list.paging.isFirst}
        hasNext={list.hasNext}
        onPrevious={list.paging.goPrevious}
        onNext={() => list.paging.goNext(list.connection?.pageInfo.endCursor)}
      />

      {editing && (
        <EditUserForm
          user={editing}
          self={editing.id === me.id}
          onClose={() => setEditing(null)}
          onSaved={(username) => {
            setEditing(null);
            list.saved(username);
          }}
        />
      )}
      <ResetPasswordDialogs reset={reset} />
    </section>
  );
}
