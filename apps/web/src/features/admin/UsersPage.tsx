import { useMutation, useQuery } from '@apollo/client/react';
import { createUserSchema, formatDate, formatNumber, USER_LEVELS, type UserLevel } from '@lao/domain';
import { useId, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { schemaResolver, SelectField, TextField } from '../../ui/forms';
import { PAGE_SIZE, Pager } from '../../ui/paging';
import { useDebounced } from '../../ui/useDebounced';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { createUserMutation, setUserActiveMutation, usersQuery } from './operations';

export default function UsersPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('users.title'));
  const me = useUser();
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

  const ids = { search: useId(), level: useId() };
  const edges = connection?.edges ?? [];

  return (
    <section className="admin-users">
      <header className="page-header">
        <h1>{t('users.title')}</h1>
      </header>

      <CreateUserForm
        onCreated={(username) => {
          setStatus(t('users.created', { username }));
          setCursors([]);
          void list.refetch();
        }}
      />

      <form className="filters" role="search" aria-label={t('registry.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field field--grow">
          <label className="field__label" htmlFor={ids.search}>
            {t('users.search')}
          </label>
          <input
            id={ids.search}
            className="input"
            type="search"
            value={search}
            maxLength={100}
            placeholder={t('users.searchHint')}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.level}>
            {t('users.levelFilter')}
          </label>
          <select id={ids.level} className="input" value={level} onChange={(e) => setLevel(e.target.value as UserLevel | '')}>
            <option value="">{t('users.allLevels')}</option>
            {USER_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert>{problem}</ErrorAlert>
      <ErrorAlert>{list.error && (apiProblem(list.error).message ?? t('app.networkError'))}</ErrorAlert>

      <p className="total">{connection ? t('users.total', { count: formatNumber(connection.totalCount) }) : t('common.loading')}</p>
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
            {edges.map(({ node: user }) => (
              <tr key={user.id}>
                <td className="code">{user.username}</td>
                <td>{user.displayName}</td>
                <td>{t(`level.${user.level}`)}</td>
                <td className="code">{user.scopeCode ?? '—'}</td>
                <td>{user.lastLoginAt ? formatDate(user.lastLoginAt, lang, true) : t('users.never')}</td>
                <td>
                  <span className={`badge ${user.active ? 'badge--ok' : 'badge--off'}`}>
                    {user.active ? t('users.active') : t('users.inactive')}
                  </span>
                </td>
                <td>
                  {user.username !== me.username && (
                    <button
                      type="button"
                      className={`button button--small ${user.active ? 'button--danger' : 'button--secondary'}`}
                      disabled={busyUser === user.username}
                      onClick={() => void toggle(user.username, !user.active)}
                      aria-label={`${user.active ? t('users.deactivate') : t('users.activate')} ${user.username}`}
                    >
                      {user.active ? t('users.deactivate') : t('users.activate')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
            {connection && edges.length === 0 && (
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
        hasPrevious={cursors.length > 0}
        hasNext={Boolean(connection?.pageInfo.hasNextPage) && !list.loading}
        onPrevious={() => setCursors(cursors.slice(0, -1))}
        onNext={() => {
          const end = connection?.pageInfo.endCursor;
          if (end) setCursors([...cursors, end]);
        }}
      />
    </section>
  );
}

type CreateUserValues = z.input<typeof createUserSchema>;
const CREATE_FIELDS: FieldPath<CreateUserValues>[] = ['username', 'displayName', 'level', 'scopeCode', 'password'];

function CreateUserForm({ onCreated }: { onCreated: (username: string) => void }) {
  const { t, msg } = useI18n();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [create] = useMutation(createUserMutation);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: schemaResolver(createUserSchema),
    defaultValues: { username: '', displayName: '', level: 'LAO', scopeCode: '', password: '' } satisfies CreateUserValues,
  });
  const level = useWatch({ control, name: 'level' });

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            username: values.username,
            displayName: values.displayName,
            level: values.level,
            scopeCode: values.level === 'DEPARTMENT' ? null : values.scopeCode || null,
            password: values.password,
          },
        },
      });
      reset();
      setOpen(false);
      onCreated(data?.createUser.username ?? values.username);
    } catch (e) {
      const p = apiProblem(e);
      let placed = 0;
      for (const issue of p.fields) {
        if ((CREATE_FIELDS as string[]).includes(issue.path)) {
          setError(issue.path as FieldPath<CreateUserValues>, { type: 'server', message: issue.message });
          placed += 1;
        }
      }
      if (p.code === 'CONFLICT') setError('username', { type: 'server', message: p.message ?? '' }, { shouldFocus: true });
      else if (placed === 0 || placed < p.fields.length) setProblem(p.message ?? t('app.networkError'));
    }
  });

  if (!open) {
    return (
      <p>
        <button type="button" className="button button--primary" onClick={() => setOpen(true)} aria-expanded={false}>
          + {t('users.create')}
        </button>
      </p>
    );
  }

  return (
    <section className="card">
      <h2 id="create-user-title">{t('users.create')}</h2>
      <form className="form form--grid" noValidate onSubmit={submit}>
        <TextField
          id="new-user-username"
          label={t('users.username')}
          hint={t('users.usernameHint')}
          autoComplete="off"
          spellCheck={false}
          required
          error={msg(errors.username?.message)}
          registration={register('username')}
        />
        <TextField
          id="new-user-display-name"
          label={t('users.displayName')}
          autoComplete="off"
          required
          error={msg(errors.displayName?.message)}
          registration={register('displayName')}
        />
        <SelectField id="new-user-level" label={t('users.level')} required error={msg(errors.level?.message)} registration={register('level')}>
          {USER_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`level.${l}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="new-user-scope"
          label={t('users.scopeCode')}
          hint={t('users.scopeHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={7}
          disabled={level === 'DEPARTMENT'}
          required={level !== 'DEPARTMENT'}
          error={msg(errors.scopeCode?.message)}
          registration={register('scopeCode')}
        />
        <TextField
          id="new-user-password"
          label={t('users.password')}
          hint={t('users.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          error={msg(errors.password?.message)}
          registration={register('password')}
        />
        <ErrorAlert>{problem}</ErrorAlert>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('users.submit')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              reset();
              setProblem(null);
              setOpen(false);
            }}
          >
            {t('common.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
