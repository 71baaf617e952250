import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { translate } from '@lao/domain';
import { AppError } from './app-error';
import type { RequestContext } from './context';
import { outageFailure } from './database-outage';
import { loadFailure } from './failures';
import { tokenLimitRefusal } from './query-limits';

const PENDING = Symbol('pending-translation');

type Pending = { error?: AppError; internal?: true };
type WithPending = GraphQLFormattedError & { extensions?: Record<string | symbol, unknown> };

/**
 * Apollo's formatError: every error leaves with a stable `extensions.code` and no stack trace. Our AppErrors and
 * unexpected failures are marked for translation; the plugin below writes their message in the caller's language
 * (formatError itself cannot see the request).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  let original = unwrapResolverError(error);
  // Plugins wrap our errors in a GraphQLError to set the HTTP status; the AppError is inside.
  if (original instanceof GraphQLError && original.originalError instanceof AppError) original = original.originalError;
  // A statement past the time budget, or no free connection: a stable code for the caller, not INTERNAL_SERVER_ERROR.
  original = loadFailure(original) ?? outageFailure(original) ?? tokenLimitRefusal(original) ?? original;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.messageKey,
      extensions: { code: original.code, ...original.extensions, [PENDING]: { error: original } satisfies Pending },
    } as GraphQLFormattedError;
  }
  if (original instanceof GraphQLError) {
    // Parse/validation errors, bad variables, and errors we raised with a finished message: pass them on as they are.
    const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...base, extensions: { ...extensions, code: extensions.code ?? 'INTERNAL_SERVER_ERROR' } };
  }
  // Logged once per request, with the operation and the caller, by request-log.ts.
  return {
    ...base,
    message: 'server.internal',
    extensions: { code: 'INTERNAL_SERVER_ERROR', [PENDING]: { internal: true } satisfies Pending },
  } as GraphQLFormattedError;
}

/** Writes the messages formatError left pending in the caller's language (Accept-Language; Thai by default). */
export const translateErrorsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors as WithPending[] | undefined;
        if (!errors) return;
        const lang = contextValue?.lang ?? 'th';
        for (const error of errors) {
          const pending = error.extensions?.[PENDING] as Pending | undefined;
          if (!pending || !error.extensions) continue;
          delete error.extensions[PENDING];
          const mutable = error as { message: string };
          if (pending.error) {
            mutable.message = pending.error.localized(lang);
            const fields = pending.error.fields(lang);
            if (fields) error.extensions.fields = fields;
          } else {
            mutable.message = translate('server.internal', lang);
          }
        }
      },
    };
  },
};
