import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FieldIssue } from '@lao/domain';

/** What the UI needs from a failed request: the code to branch on, the server's (translated) message, field issues. */
export interface ApiProblem {
  code: string;
  /** The server's message, already in the UI language; null for network failures (the UI says those itself). */
  message: string | null;
  fields: FieldIssue[];
  /** The error's other extensions (e.g. INCOMPLETE's `missing` or `pendingCount`), as sent. */
  extensions: Record<string, unknown>;
}

interface RawError {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

function fromRaw(raw: RawError | undefined): ApiProblem {
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

export function apiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) return fromRaw(error.errors[0]);
  if (ServerError.is(error)) {
    // Refusals before execution (bad token, query too costly) come with a non-2xx status and a GraphQL body.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: RawError[] };
      if (body.errors?.[0]) return fromRaw(body.errors[0]);
    } catch {
      // not JSON: fall through
    }
    return { code: 'INTERNAL_SERVER_ERROR', message: null, fields: [], extensions: {} };
  }
  return { code: 'NETWORK', message: null, fields: [], extensions: {} };
}
