import { useMutation } from '@apollo/client/react';
import { defaultRights, editUserSchema, rightsToList, type EditUserValues, type Right, type PlatformModule, type Rights, type UserLevel } from '@lao/domain';
import { useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { apiProblem } from '../../app/errors';
import { toRights } from '../../app/session';
import type { UserRowFragment } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { schemaResolver } from '../../ui/forms';
import { updateUserMutation } from './operations';

const EDIT_FIELDS: FieldPath<EditUserValues>[] = ['displayName', 'level', 'scopeCode', 'rights'];

/**
 * The edit form of one account: the shared editUserSchema (scope fits the level, rights within it), the updateUser
 * mutation, and the server's refusals on their fields. A new level starts from its default rights, as the API does
 * when a level changes without rights.
 */
export function useEditUser(user: UserRowFragment, onSaved: (username: string) => void) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const [update] = useMutation(updateUserMutation);
  const form = useForm({
    resolver: schemaResolver(editUserSchema),
    defaultValues: { displayName: user.displayName, level: user.level, scopeCode: user.scopeCode ?? '', rights: toRights(user.rights) },
  });
  const { handleSubmit, setError, setValue, control, getValues, formState } = form;
  const level = useWatch({ control, name: 'level' }) as UserLevel;
  const rights = (useWatch({ control, name: 'rights' }) ?? {}) as Rights;

  const chooseLevel = (next: UserLevel) => {
    setValue('level', next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    setValue('rights', defaultRights(next), { shouldDirty: true, shouldValidate: formState.isSubmitted });
    if (next === 'DEPARTMENT') setValue('scopeCode', '', { shouldDirty: true });
  };

  const toggleRight = (module: PlatformModule, right: Right) => {
    const current = getValues('rights')?.[module] ?? [];
    const list = current.includes(right) ? current.filter((r) => r !== right) : [...current, right];
    setValue('rights', { ...getValues('rights'), [module]: list }, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await update({
        variables: {
          input: {
            id: user.id,
            displayName: values.displayName,
            level: values.level,
            scopeCode: values.level === 'DEPARTMENT' ? null : values.scopeCode || null,
            rights: rightsToList(values.rights),
          },
        },
      });
      onSaved(data?.updateUser.username ?? user.username);
    } catch (e) {
      const p = apiProblem(e);
      let placed = 0;
      for (const issue of p.fields) {
        if ((EDIT_FIELDS as string[]).includes(issue.path)) {
          setError(issue.path as FieldPath<EditUserValues>, { type: 'server', message: issue.message });
          placed += 1;
        }
      }
      if (placed === 0 || placed < p.fields.length) setProblem(p.message ?? t('app.networkError'));
    }
  });

  return { form, level, rights, chooseLevel, toggleRight, submit, problem };
}
