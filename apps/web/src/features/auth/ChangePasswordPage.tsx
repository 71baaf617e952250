import { LanguageSwitch, useI18n } from '../../i18n';
import { ErrorAlert } from '../../ui/feedback';
import { TextField } from '../../ui/forms';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useChangePassword } from './useChangePassword';
import { useSignOut } from './useSignOut';

/** The screen before anything else while the password is a temporary one an administrator set. */
export function ChangePasswordPage() {
  const { t, msg } = useI18n();
  useDocumentTitle(t('password.title'));
  const { form, submit, problem } = useChangePassword();
  const signOut = useSignOut();
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <div className="login-page">
      <header className="login-page__top">
        <LanguageSwitch />
      </header>
      <main className="login-card" id="main">
        <p className="login-card__owner">{t('app.owner')}</p>
        <h1 id="password-title">{t('password.title')}</h1>
        <p className="note">{t('password.required')}</p>
        <ErrorAlert>{problem}</ErrorAlert>
        <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="password-title">
          <TextField
            id="password-current"
            label={t('password.current')}
            type="password"
            autoComplete="current-password"
            required
            autoFocus
            error={msg(errors.currentPassword?.message)}
            registration={register('currentPassword')}
          />
          <TextField
            id="password-new"
            label={t('password.new')}
            hint={t('password.newHint')}
            type="password"
            autoComplete="new-password"
            required
            error={msg(errors.newPassword?.message)}
            registration={register('newPassword')}
          />
          <TextField
            id="password-confirm"
            label={t('password.confirm')}
            type="password"
            autoComplete="new-password"
            required
            error={msg(errors.confirmPassword?.message)}
            registration={register('confirmPassword')}
          />
          <button type="submit" className="button button--primary button--block" disabled={isSubmitting}>
            {t('password.submit')}
          </button>
          <button type="button" className="button button--quiet button--block" onClick={() => void signOut()}>
            {t('app.logout')}
          </button>
        </form>
      </main>
    </div>
  );
}
