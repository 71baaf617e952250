/** Who logged in last in this browser, so a page left by one person is not where the next one lands. */
export const LAST_USER_KEY = 'lao.lastUser';

export function rememberUser(username: string): void {
  try {
    localStorage.setItem(LAST_USER_KEY, username);
  } catch {
    // Storage unavailable: every login then starts on its own home page.
  }
}

/** Who logged in last in this browser (the owner of a stored token: every login records it first). */
export function lastUser(): string | null {
  try {
    return localStorage.getItem(LAST_USER_KEY);
  } catch {
    return null;
  }
}

/**
 * Where to go after logging in: the page that sent us here, if it is one of ours and it was this same person's
 * (their session ended and they came straight back); anyone else starts on their own home page ("/").
 */
export function returnPath(state: unknown, username: string): string {
  const from = (state as { from?: string } | null)?.from;
  const ours = typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login';
  return ours && lastUser() === username ? from : '/';
}
