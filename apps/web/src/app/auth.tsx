import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { sessionQuery } from '../features/auth/operations';
import { apiProblem, type ApiProblem } from './errors';
import { readToken, writeToken } from './apollo';
import { toRights, type SessionUser } from './session';

export interface Auth {
  /** anonymous: no token; loading: asking the server who we are; ready: user known; error: the server is unreachable. */
  status: 'anonymous' | 'loading' | 'ready' | 'error';
  user: SessionUser | null;
  fiscalYear: number | null;
  problem: ApiProblem | null;
  /** True after the server refused the stored token (shown once on the login page). */
  sessionExpired: boolean;
  signIn: (accessToken: string) => void;
  signOut: () => void;
  retry: () => void;
}

const AuthContext = createContext<Auth | null>(null);

/** Fired by the Apollo error link when the server refuses the token. */
export const sessionEvents = new EventTarget();
export const SESSION_EXPIRED = 'expired';

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState<string | null>(() => readToken());
  const [sessionExpired, setSessionExpired] = useState(false);
  const session = useQuery(sessionQuery, { skip: !token, fetchPolicy: 'cache-first' });

  useEffect(() => {
    const onExpired = () => {
      setToken(null);
      setSessionExpired(true);
      void client.clearStore();
    };
    sessionEvents.addEventListener(SESSION_EXPIRED, onExpired);
    return () => sessionEvents.removeEventListener(SESSION_EXPIRED, onExpired);
  }, [client]);

  const signIn = useCallback((accessToken: string) => {
    writeToken(accessToken);
    setSessionExpired(false);
    setToken(accessToken);
  }, []);

  const signOut = useCallback(() => {
    writeToken(null);
    setToken(null);
    setSessionExpired(false);
    void client.clearStore();
  }, [client]);

  const { refetch } = session;
  const retry = useCallback(() => void refetch().catch(() => undefined), [refetch]);

  const value = useMemo<Auth>(() => {
    const me = session.data?.me;
    let status: Auth['status'] = 'anonymous';
    if (token) {
      if (me) status = 'ready';
      else if (session.error) status = 'error';
      else if (session.loading || !session.data) status = 'loading';
      else status = 'anonymous'; // a token that names nobody (should not happen): treat as logged out
    }
    return {
      status,
      user: me
        ? {
            id: me.id,
            username: me.username,
            displayName: me.displayName,
            level: me.level,
            scopeCode: me.scopeCode,
            rights: toRights(me.rights),
          }
        : null,
      fiscalYear: session.data?.currentFiscalYear ?? null,
      problem: session.error ? apiProblem(session.error) : null,
      sessionExpired,
      signIn,
      signOut,
      retry,
    };
  }, [token, session.data, session.error, session.loading, sessionExpired, signIn, signOut, retry]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() outside <AuthProvider>');
  return value;
}

/** The logged-in user, for pages inside the shell (which only renders once the user is known). */
export function useUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser() without a logged-in user');
  return user;
}
