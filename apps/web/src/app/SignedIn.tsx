// The chunk loaded once there is a token (or prefetched while the login form waits): Apollo, the session, the shell.
// strict-csp first: zod must be configured before any of the shell's pages parses with a schema.
import '../strict-csp';
import { ApolloProvider } from '@apollo/client/react';
import { useContext, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { PasswordGate } from '../features/auth/PasswordGate';
import { useI18n } from '../i18n';
import { ErrorAlert, Loading } from '../ui/feedback';
import { createApolloClient } from './apollo';
import { AuthProvider } from './auth';
import { AuthContext, SESSION_EXPIRED, sessionEvents, useAuth } from './authContext';
import { Shell } from './Shell';
import { readToken } from './token';

/** One client for the page's life: signing out clears its cache (AuthProvider), a new login reuses it. */
let client: ReturnType<typeof createApolloClient> | null = null;
function appClient() {
  client ??= createApolloClient({
    // Read at request time from <html lang> (the i18n provider keeps it current), so a switch applies at once.
    getLang: () => (document.documentElement.lang === 'en' ? 'en' : 'th'),
    onUnauthenticated: () => sessionEvents.dispatchEvent(new Event(SESSION_EXPIRED)),
  });
  return client;
}

/** Pages inside the shell need a known user; anonymous visitors go to /login and come back afterwards. */
function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  const { t } = useI18n();
  // 'anonymous' with a token still stored is the moment before AuthProvider drops a token that names nobody.
  if (auth.status === 'loading' || (auth.status === 'anonymous' && readToken())) {
    return (
      <div className="boot">
        <Loading label={t('app.loading')} />
      </div>
    );
  }
  if (auth.status === 'error') {
    return (
      <div className="boot">
        <ErrorAlert>{auth.problem?.message ?? t('app.networkError')}</ErrorAlert>
        <button type="button" className="button button--primary" onClick={auth.retry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (auth.status !== 'ready') {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <>{children}</>;
}

/** Apollo and the session around the signed-in layout, unless already given (page tests give their own fakes). */
export default function SignedIn() {
  const given = useContext(AuthContext) !== null;
  const [apollo] = useState(() => (given ? null : appClient()));
  const layout = (
    <RequireAuth>
      <PasswordGate>
        <Shell />
      </PasswordGate>
    </RequireAuth>
  );
  if (!apollo) return layout;
  return (
    <ApolloProvider client={apollo}>
      <AuthProvider>{layout}</AuthProvider>
    </ApolloProvider>
  );
}
