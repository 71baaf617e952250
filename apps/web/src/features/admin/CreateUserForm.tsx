import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../ui/feedback';
import { TextField } from '../../ui/forms';
import { UnsavedChangesDialog, useUnsavedGuard } from '../../ui/unsavedChanges';
import { LevelScopeFields } from './LevelScopeFields';
import { useCreateUser } from './useCreateUser';

/** "+ เพิ่มผู้ใช้", then the new account's fields (the scope code only below the department). */
export function CreateUserForm({ onCreated }: { onCreated: (username: string) => void }) {
  const { t, msg } = useI18n();
  const create = useCreateUser(onCreated);
  const {
    register,
    formState: { errors, isSubmitting, isDirty },
  } = create.form;
  const level = create.level;
  const guard = useUnsavedGuard(isDirty);

  if (!create.open) {
    return (
      <p>
        <button type="button" className="button button--primary" onClick={create.start} aria-expanded={false}>
          + {t('users.create')}
        </button>
      </p>
    );
  }

  return (
    <section className="card">
      <UnsavedChangesDialog guard={guard} section={t('users.create')} />
      <h2 id="create-user-title">{t('users.create')}</h2>
      <form className="form form--grid" noValidate onSubmit={(e) => void create.submit(e)}>
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
        <LevelScopeFields
          idPrefix="new-user"
          level={level}
          levelRegistration={register('level')}
          scopeRegistration={register('scopeCode')}
          levelError={msg(errors.level?.message)}
          scopeError={msg(errors.scopeCode?.message)}
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
        <ErrorAlert>{create.problem}</ErrorAlert>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('users.submit')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={create.close}
          >
            {t('common.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
