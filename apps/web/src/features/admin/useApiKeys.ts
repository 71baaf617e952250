import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { schemaResolver } from '../../ui/forms';
import { apiKeysQuery, createApiKeyMutation, revokeApiKeyMutation } from './apiKeyOperations';
import { EMPTY_KEY_FORM, keyFormFieldOf, keyFormSchema, toCreateApiKeyInput } from './apiKeyForm';

/** The partner keys, newest first, with their rights and use; revoking one (after the department confirms it). */
export function useApiKeys() {
  const { t } = useI18n();
  const keys = useQuery(apiKeysQuery);
  const [revokeMutation] = useMutation(revokeApiKeyMutation);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const revoke = async (id: string, name: string) => {
    if (!window.confirm(t('keys.confirmRevoke', { name }))) return;
    setStatus(null);
    setProblem(null);
    try {
      await revokeMutation({ variables: { id } });
      setStatus(t('keys.revoked', { name }));
    } catch (e) {
      setProblem(apiProblem(e).message ?? t('app.networkError'));
    }
  };

  const listProblem = keys.error ? (apiProblem(keys.error).message ?? t('app.networkError')) : null;
  return {
    keys: keys.data?.apiKeys ?? [],
    loading: keys.loading && !keys.data,
    listProblem,
    refetch: () => void keys.refetch(),
    revoke,
    status,
    problem,
    clearStatus: () => setStatus(null),
  };
}

/**
 * The new-key form: name, the modules it may view, a province, an expiry (BE). Checked by the shared
 * createApiKeySchema as the API checks it; the server's field refusals are placed on their fields.
 */
export function useCreateApiKey(onCreated: (name: string, key: string) => void) {
  const { t } = useI18n();
  const [create] = useMutation(createApiKeyMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ resolver: schemaResolver(keyFormSchema), defaultValues: EMPTY_KEY_FORM });
  const { handleSubmit, reset, setError } = form;

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await create({ variables: { input: toCreateApiKeyInput(values) } });
      if (!data) return;
      reset(EMPTY_KEY_FORM);
      onCreated(data.createApiKey.apiKey.name, data.createApiKey.key);
    } catch (e) {
      const p = apiProblem(e);
      const unplaced: string[] = [];
      let focus = true;
      for (const issue of p.fields) {
        const field = keyFormFieldOf(issue.path);
        if (!field) {
          unplaced.push(issue.message);
          continue;
        }
        setError(field, { type: 'server', message: issue.message }, { shouldFocus: focus });
        focus = false;
      }
      if (p.fields.length === 0) setProblem(p.message ?? t('app.networkError'));
      else if (unplaced.length > 0) setProblem([...new Set(unplaced)].join(' '));
    }
  });

  return { form, submit, problem };
}
