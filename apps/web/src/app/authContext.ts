import { createContext, useContext } from 'react';
import type { ApiProblem } from './problem';
import type { SessionUser } from './session';

/**
 * The signed-in session as pages see it. Kept apart from the AuthProvider (auth.tsx, which asks the server through
 * Apollo) so that code of the first chunk can name these types and hooks without loading Apollo.
 */
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

export const AuthContext = createContext<Auth | null>(null);

/** Fired by the Apollo error link when the server refuses the token. */
export const sessionEvents = new EventTarget();
export const SESSION_EXPIRED = 'expired';

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
