import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { ChangePasswordPage } from './ChangePasswordPage';
import { sessionQuery } from './operations';

/**
 * Inside the login, before the shell: while the account's password is temporary (an administrator reset it) the
 * person sees only the change-password screen, whatever address they opened. Reads the session the AuthProvider
 * already holds (no request of its own).
 */
export function PasswordGate({ children }: { children: ReactNode }) {
  const session = useQuery(sessionQuery, { fetchPolicy: 'cache-only' });
  if (session.data?.me?.mustChangePassword) return <ChangePasswordPage />;
  return <>{children}</>;
}
