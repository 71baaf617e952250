import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { sessionQuery } from '../features/auth/operations';
import { AuthContext, SESSION_EXPIRED, sessionEvents, type Auth } from './authContext';
import { apiProblem } from './errors';
import { toRights } from './session';
import { clearSessionExpired, expireSession, useSessionExpired, useToken, writeToken } from './token';

export { AuthContext, SESSION_EXPIRED, sessionEvents, useAuth, useUser, type Auth } from './authContext';

/**
 * Who is signed in, asked of the server with the stored token (token.ts). Mounted with the shell, inside Apollo; the
 * login page, in the first chunk, reads and writes the same token without it.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const token = useToken();
  const sessionExpired = useSessionExpired();
  const session = useQuery(sessionQuery, { skip: !token, fetchPolicy: 'cache-first' });

  useEffect(() => {
    const onExpired = () => {
      expireSession();
      void client.clearStore();
    };
    sessionEvents.addEventListener(SESSION_EXPIRED, onExpired);
    return () => sessionEvents.removeEventListener(SESSION_EXPIRED, onExpired);
  }, [client]);

  // A token that names nobody (should not happen) is dropped: kept, the login page would send the person back here.
  const namesNobody = Boolean(token && session.data && !session.data.me && !session.error);
  useEffect(() => {
    if (namesNobody) writeToken(null);
  }, [namesNobody]);

  const signIn = useCallback((accessToken: string) => {
    writeToken(accessToken);
    clearSessionExpired();
  }, []);

  const signOut = useCallback(() => {
    writeToken(null);
    clearSessionExpired();
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
      else status = 'anonymous';
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
