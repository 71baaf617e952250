import { formatDate, formatNumber, USER_LEVELS, type UserLevel } from '@lao/domain';
import { useId } from 'react';
import { useUser } from '../../app/auth';
import { useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { Pager } from '../../ui/paging';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CreateUserForm } from './CreateUserForm';
import { useUserList } from './useUserList';

/** Account administration (/admin/users): new accounts, the list with its search and level filter, suspend / reactivate. */
export default function UsersPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('users.title'));
  const me = useUser();
  const list = useUserList();
  const ids = { search: useId(), level: useId() };

  return (
    <section className="admin-users">
      <header className="page-header">
        <h1>{t('users.title')}</h1>
      </header>

      <CreateUserForm onCreated={list.created} />

      <form className="filters" role="search" aria-label={t('registry.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field field--grow">
          <label className="field__label" htmlFor={ids.search}>
            {t('users.search')}
          </label>
          <input
            id={ids.search}
            className="input"
            type="search"
            value={list.search}
            maxLength={100}
            placeholder={t('users.searchHint')}
            onChange={(e) => list.setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.level}>
            {t('users.levelFilter')}
          </label>
          <select id={ids.level} className="input" value={list.level} onChange={(e) => list.setLevel(e.target.value as UserLevel | '')}>
            <option value="">{t('users.allLevels')}</option>
            {USER_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </form>

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
                </td>
                <td>
                  {user.username !== me.username && (
                    <button
                      type="button"
                      className={`button button--small ${user.active ? 'button--danger' : 'button--secondary'}`}
                      disabled={list.busyUser === user.username}
                      onClick={() => void list.toggle(user.username, !user.active)}
                      aria-label={`${user.active ? t('users.deactivate') : t('users.activate')} ${user.username}`}
                    >
                      {user.active ? t('users.deactivate') : t('users.activate')}
                    </button>
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
      <Pager hasPrevious={list.hasPrevious} hasNext={list.hasNext} onPrevious={list.previous} onNext={list.next} />
    </section>
  );
}
