import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { clearSessionExpired, readToken, useSessionExpired, writeToken } from '../../app/token';
import { LanguageSwitch, useI18n } from '../../i18n';
import { ErrorAlert } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import type { LoginField as Field } from './loginCheck';
import { LoginField } from './LoginField';
import { LoginProblem, requestLogin } from './loginRequest';
import { lastUser, rememberUser, returnPath } from './returnPath';

/** The shared schema's check, loaded at the first submit (see loginCheck.ts); the same promise for every later one. */
let loadCheck: Promise<typeof import('./loginCheck')> | null = null;
export const loginCheck = () => (loadCheck ??= import('./loginCheck'));

/**
 * The first screen of most visits, so it is in the first chunk with nothing it does not need: no Apollo (the mutation
 * is posted with fetch), no react-hook-form, no zod until the first submit. Signing in stores the token; the shell
 * (and its session query, which opens the change-password screen when the password is temporary) loads after.
 */
export function LoginPage() {
  const { t, msg, lang } = useI18n();
  useDocumentTitle(t('login.title'));
  const location = useLocation();
  const navigate = useNavigate();
  // A token stored when the page opens: this person is signed in already (a login made here navigates by itself).
  const [signedIn] = useState(() => readToken() !== null);
  const sessionExpired = useSessionExpired();
  const [problem, setProblem] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [submitting, setSubmitting] = useState(false);
  const username = useRef<HTMLInputElement>(null);
  const password = useRef<HTMLInputElement>(null);

  if (signedIn) return <Navigate to={returnPath(location.state, lastUser() ?? '')} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    setSubmitting(true);
    try {
      const check = (await loginCheck()).checkLogin({ username: username.current?.value ?? '', password: password.current?.value ?? '' });
      if (!check.ok) {
        setErrors(check.errors);
        (check.errors.username ? username : password).current?.focus();
        return;
      }
      setErrors({});
      const session = await requestLogin(check.values, lang);
      // Decided before this login is remembered: returnPath compares with the person before.
      const to = returnPath(location.state, session.user.username);
      rememberUser(session.user.username);
      clearSessionExpired();
      writeToken(session.accessToken);
      void navigate(to, { replace: true });
    } catch (e) {
      setProblem((e instanceof LoginProblem ? e.problem.message : null) ?? t('app.networkError'));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <header className="login-page__top">
        <LanguageSwitch />
      </header>
      <main className="login-card" id="main">
        <p className="login-card__owner">{t('app.owner')}</p>
        <p className="login-card__product">{t('app.name')}</p>
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        {sessionExpired && !problem && <p className="note">{t('login.sessionExpired')}</p>}
        <ErrorAlert>{problem}</ErrorAlert>
        <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
          <LoginField
            ref={username}
            id="login-username"
            name="username"
            label={t('login.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            error={msg(errors.username)}
          />
          <LoginField
            ref={password}
            id="login-password"
            name="password"
            label={t('login.password')}
            type="password"
            autoComplete="current-password"
            required
            error={msg(errors.password)}
          />
          <button type="submit" className="button button--primary button--block" disabled={submitting}>
            {submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
