import { useMutation } from '@apollo/client/react';
import { loginSchema } from '@lao/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { LanguageSwitch, useI18n } from '../../i18n';
import { ErrorAlert } from '../../ui/feedback';
import { schemaResolver, TextField } from '../../ui/forms';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { loginMutation } from './operations';
import { rememberUser, returnPath } from './returnPath';

export function LoginPage() {
  const { t, msg } = useI18n();
  useDocumentTitle(t('login.title'));
  const auth = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [login] = useMutation(loginMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: schemaResolver(loginSchema), defaultValues: { username: '', password: '' } });

  if (auth.status === 'ready') return <Navigate to={auth.user ? returnPath(location.state, auth.user.username) : '/'} replace />;

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await login({ variables: values });
      if (!data) throw new Error('No data');
      const to = returnPath(location.state, data.login.user.username);
      rememberUser(data.login.user.username);
      auth.signIn(data.login.accessToken);
      navigate(to, { replace: true });
    } catch (e) {
      setProblem(apiProblem(e).message ?? t('app.networkError'));
    }
  });

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
        {auth.sessionExpired && !problem && <p className="note">{t('login.sessionExpired')}</p>}
        <ErrorAlert>{problem}</ErrorAlert>
        <form className="form" noValidate onSubmit={submit} aria-labelledby="login-title">
          <TextField
            id="login-username"
            label={t('login.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            error={msg(errors.username?.message)}
            registration={register('username')}
          />
          <TextField
            id="login-password"
            label={t('login.password')}
            type="password"
            autoComplete="current-password"
            required
            error={msg(errors.password?.message)}
            registration={register('password')}
          />
          <button type="submit" className="button button--primary button--block" disabled={isSubmitting}>
            {isSubmitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
