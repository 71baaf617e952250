import type { FieldIssue } from '@lao/domain';

/** What the UI needs from a failed request: the code to branch on, the server's (translated) message, field issues. */
export interface ApiProblem {
  code: string;
  /** The server's message, already in the UI language; null for network failures (the UI says those itself). */
  message: string | null;
  fields: FieldIssue[];
  /** The error's other extensions (e.g. INCOMPLETE's `missing`, RATE_LIMITED's `retryAfterSeconds`), as sent. */
  extensions: Record<string, unknown>;
}

export interface RawGraphQLError {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

/**
 * One GraphQL error of an answer as the UI's problem. Without Apollo, so the login (which posts with fetch, in the
 * first chunk) and the Apollo pages (errors.ts) read errors the same way.
 */
export function problemOf(raw: RawGraphQLError | undefined): ApiProblem {
  const extensions = raw?.extensions ?? {};
  const fields = Array.isArray(extensions.fields)
    ? (extensions.fields as unknown[]).filter(
        (f): f is FieldIssue =>
          typeof f === 'object' && f !== null && typeof (f as FieldIssue).path === 'string' && typeof (f as FieldIssue).message === 'string',
      )
    : [];
  return {
    code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
    message: typeof raw?.message === 'string' && raw.message !== '' ? raw.message : null,
    fields,
    extensions,
  };
}

/** A request that never got an answer (offline, DNS, the connection dropped). */
export const NETWORK_PROBLEM: ApiProblem = { code: 'NETWORK', message: null, fields: [], extensions: {} };
