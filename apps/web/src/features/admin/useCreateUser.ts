import { useMutation } from '@apollo/client/react';
import { createUserSchema } from '@lao/domain';
import { useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { schemaResolver } from '../../ui/forms';
import { createUserMutation } from './operations';

export type CreateUserValues = z.input<typeof createUserSchema>;
const CREATE_FIELDS: FieldPath<CreateUserValues>[] = ['username', 'displayName', 'level', 'scopeCode', 'password'];
const EMPTY: CreateUserValues = { username: '', displayName: '', level: 'LAO', scopeCode: '', password: '' };

/**
 * The new-account form: the shared rules' createUserSchema, the createUser mutation, and the server's refusals
 * placed on their fields (a taken username on the username).
 */
export function useCreateUser(onCreated: (username: string) => void) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [create] = useMutation(createUserMutation);
  const form = useForm({ resolver: schemaResolver(createUserSchema), defaultValues: EMPTY });
  const { handleSubmit, reset, setError, control } = form;
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

  const close = () => {
    reset();
    setProblem(null);
    setOpen(false);
  };

  return { open, start: () => setOpen(true), close, form, level, submit, problem };
}
