import { useMutation, useQuery } from '@apollo/client/react';
import { createApiKeySchema, formatDate } from '@lao/domain';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { schemaResolver, TextField } from '../../ui/forms';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { apiKeysQuery, createApiKeyMutation, revokeApiKeyMutation } from './operations';

export default function ApiKeysPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('menu.apiKeys'));
  const keys = useQuery(apiKeysQuery);
  const [revoke] = useMutation(revokeApiKeyMutation);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);

  const onRevoke = async (id: string, name: string) => {
    if (!window.confirm(t('keys.confirmRevoke', { name }))) return;
    setStatus(null);
    setProblem(null);
    try {
      await revoke({ variables: { id } });
      setStatus(t('keys.revoked', { name }));
    } catch (e) {
      setProblem(apiProblem(e).message ?? t('app.networkError'));
    }
  };

  const list = keys.data?.apiKeys ?? [];
  return (
    <section className="admin-keys">
      <header className="page-header">
        <h1>{t('keys.title')}</h1>
        <p className="page-header__sub">{t('keys.intro')}</p>
      </header>

      {created ? (
        <NewKey name={created.name} apiKey={created.key} onDismiss={() => setCreated(null)} />
      ) : (
        <CreateKeyForm
          onCreated={(name, key) => {
            setStatus(null);
            setCreated({ name, key });
            void keys.refetch();
          }}
        />
      )}

      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert>{problem}</ErrorAlert>
      <ErrorAlert>{keys.error && (apiProblem(keys.error).message ?? t('app.networkError'))}</ErrorAlert>
      {keys.loading && !keys.data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('menu.apiKeys')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('keys.col.name')}</th>
                <th scope="col">{t('keys.col.prefix')}</th>
                <th scope="col">{t('keys.col.created')}</th>
                <th scope="col">{t('keys.col.lastUsed')}</th>
                <th scope="col">{t('keys.col.status')}</th>
                <th scope="col">{t('keys.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((key) => (
                <tr key={key.id} className={key.revokedAt ? 'is-revoked' : undefined}>
                  <td>{key.name}</td>
                  <td className="code">{key.keyPrefix}…</td>
                  <td>
                    {formatDate(key.createdAt, lang, true)}
                    {key.createdBy && <span className="muted"> · {key.createdBy}</span>}
                  </td>
                  <td>{key.lastUsedAt ? formatDate(key.lastUsedAt, lang, true) : <span className="muted">{t('keys.never')}</span>}</td>
                  <td>
                    {key.revokedAt ? (
                      <span className="badge badge--off">{t('keys.revokedAt', { date: formatDate(key.revokedAt, lang) })}</span>
                    ) : (
                      <span className="badge badge--ok">{t('keys.activeStatus')}</span>
                    )}
                  </td>
                  <td>
                    {!key.revokedAt && (
                      <button
                        type="button"
                        className="button button--small button--danger"
                        onClick={() => void onRevoke(key.id, key.name)}
                        aria-label={`${t('keys.revoke')} ${key.name}`}
                      >
                        {t('keys.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
              {list.length === 0 && (
                <tr>
                  <td colSpan={6} className="table__empty">
                    {t('keys.empty')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function CreateKeyForm({ onCreated }: { onCreated: (name: string, key: string) => void }) {
  const { t, msg } = useI18n();
  const [create] = useMutation(createApiKeyMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: schemaResolver(createApiKeySchema), defaultValues: { name: '' } });

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await create({ variables: { input: values } });
      if (!data) return;
      reset();
      onCreated(data.createApiKey.apiKey.name, data.createApiKey.key);
    } catch (e) {
      const p = apiProblem(e);
      const nameIssue = p.fields.find((f) => f.path === 'name');
      if (nameIssue) setError('name', { type: 'server', message: nameIssue.message }, { shouldFocus: true });
      else setProblem(p.message ?? t('app.networkError'));
    }
  });

  return (
    <section className="card">
      <h2 id="create-key-title">{t('keys.create')}</h2>
      <form className="form form--inline" noValidate onSubmit={submit}>
        <TextField
          id="new-key-name"
          label={t('keys.name')}
          required
          maxLength={200}
          autoComplete="organization"
          error={msg(errors.name?.message)}
          registration={register('name')}
          fieldClassName="field--grow"
        />
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t('keys.submit')}
        </button>
      </form>
      <ErrorAlert>{problem}</ErrorAlert>
    </section>
  );
}

/** The key itself, shown this once: selectable, copyable, with the warning that it cannot be seen again. */
function NewKey({ name, apiKey, onDismiss }: { name: string; apiKey: string; onDismiss: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied(true);
    } catch {
      // No clipboard access (plain http): select the text so Ctrl+C works.
      field.current?.select();
    }
  };

  return (
    <section className="card card--warning">
      <h2 id="new-key-title">{t('keys.newKey', { name })}</h2>
      <p className="warning" role="alert">
        <strong>⚠ {t('keys.shownOnce')}</strong>
      </p>
      <div className="copy-box">
        <label className="visually-hidden" htmlFor="new-key-value">
          {t('keys.newKey', { name })}
        </label>
        <input
          ref={field}
          id="new-key-value"
          className="input code"
          readOnly
          value={apiKey}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {copied ? t('keys.copied') : t('keys.copy')}
        </button>
      </div>
      <StatusMessage>{copied ? t('keys.copied') : null}</StatusMessage>
      <p>
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('keys.dismiss')}
        </button>
      </p>
    </section>
  );
}
