import { useMutation } from '@apollo/client/react';
import { changePasswordFormSchema } from '@lao/domain';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { useAuth } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { schemaResolver } from '../../ui/forms';
import { changePasswordMutation } from './operations';

type Values = z.input<typeof changePasswordFormSchema>;
const FIELDS: FieldPath<Values>[] = ['currentPassword', 'newPassword'];

/**
 * Changing one's own password with the shared rules (8+ characters, not the current one, typed twice). The API
 * answers a new token (the earlier sessions end) and the user no longer obliged to change it, which the cache
 * takes in, so the gate opens by itself.
 */
export function useChangePassword() {
  const { t } = useI18n();
  const auth = useAuth();
  const [change] = useMutation(changePasswordMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ resolver: schemaResolver(changePasswordFormSchema), defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' } });

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await change({ variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } } });
      if (!data) throw new Error('No data');
      auth.signIn(data.changePassword.accessToken);
    } catch (e) {
      const p = apiProblem(e);
      const placed = p.fields.filter((issue) => (FIELDS as string[]).includes(issue.path));
      for (const issue of placed) form.setError(issue.path as FieldPath<Values>, { type: 'server', message: issue.message }, { shouldFocus: true });
      if (placed.length === 0) setProblem(p.message ?? t('app.networkError'));
    }
  });

  return { form, submit, problem };
}
