import { useSyncExternalStore } from 'react';

/**
 * The access token and the "your session ended" flag, with no dependency on Apollo: the login page is in the first
 * chunk an official on a 400 kbps link downloads, and Apollo (45 KiB) loads only with the shell. Both the login page
 * and the AuthProvider of the shell read the token here, so signing in or out is seen by whichever is mounted.
 */
export const TOKEN_STORAGE_KEY = 'lao.token';

/** Where storage is refused (private mode): the token lives until the page closes. */
let memoryToken: string | null = null;
let sessionExpired = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return memoryToken;
  }
}

export function writeToken(token: string | null): void {
  memoryToken = token;
  try {
    if (token) localStorage.setItem(TOKEN_STORAGE_KEY, token);
    else localStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // Storage unavailable: memoryToken holds it.
  }
  notify();
}

/** The server refused the stored token: it is dropped, and the login page says once why the person is back there. */
export function expireSession(): void {
  sessionExpired = true;
  writeToken(null);
}

/** A new login (or a logout) ends the notice. */
export function clearSessionExpired(): void {
  if (!sessionExpired) return;
  sessionExpired = false;
  notify();
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The stored token, re-rendering when it changes. */
export function useToken(): string | null {
  return useSyncExternalStore(subscribeToken, readToken, () => null);
}

/** True after the server refused the stored token, until the next login or logout. */
export function useSessionExpired(): boolean {
  return useSyncExternalStore(subscribeToken, () => sessionExpired, () => false);
}
