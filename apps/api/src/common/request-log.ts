import type { ApolloServerPlugin } from '@apollo/server';
import { type ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { actorLabel } from '../auth/actor';
import { AppError } from './app-error';
import type { RequestContext } from './context';
import { loadFailure } from './failures';
import { tokenLimitRefusal } from './query-limits';
import type { LogEvent } from './logger';

const logger = new Logger('GraphQL');

/** Refusals worth a look (abuse, load, probing of access); the rest are a caller's ordinary mistakes (INFO). */
const WARN_CODES = new Set(['QUERY_TOO_COMPLEX', 'RATE_LIMITED', 'TIMEOUT', 'SERVICE_UNAVAILABLE', 'FORBIDDEN', 'UNAUTHENTICATED']);
/** A request failing in many places for one bug logs the bug a few times, not once per field. */
const MAX_STACKS_PER_REQUEST = 3;

type Classified = { expected: string } | { unexpected: unknown };

/** An expected refusal (its code) or an unexpected failure (the error itself, for its stack). */
export function classify(error: GraphQLError): Classified {
  const tooLong = tokenLimitRefusal(error);
  if (tooLong) return { expected: tooLong.code };
  let inner: unknown = error.originalError;
  // Our refusals raised before execution are wrapped in a GraphQLError to set the HTTP status.
  while (inner instanceof GraphQLError && inner.originalError) inner = inner.originalError;
  if (inner === undefined || inner instanceof GraphQLError) {
    // Parse and validation errors, bad variables: the request's own fault.
    const code = (inner ?? error).extensions?.code;
    return { expected: typeof code === 'string' ? code : 'GRAPHQL_ERROR' };
  }
  if (inner instanceof AppError) return { expected: inner.code };
  const load = loadFailure(inner);
  if (load) return { expected: load.code };
  return { unexpected: inner };
}

/**
 * One log line per request that did not fully succeed: expected refusals as a single INFO or WARN line with the
 * codes (counted), the operation and the caller; only unexpected errors at ERROR, with their stack. A request of
 * 300 refused aliases is one line, so real failures stay visible.
 */
export function requestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async contextCreationDidFail({ error }) {
      // Bad credentials or a spent rate budget, raised while building the context.
      logErrors([error instanceof GraphQLError ? error : new GraphQLError('context', { originalError: error })], {});
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName, request }) {
          logErrors(errors, { operation: operationName ?? request.operationName ?? undefined, actor: actorLabel(contextValue.actor) });
        },
      };
    },
  };
}

/** A request refused outside Apollo's error hooks (the rate budget's late verdict, common/deferred-budget.ts). */
export function logRefusal(error: GraphQLError): void {
  logErrors([error], {});
}

function logErrors(errors: readonly GraphQLError[], who: { operation?: string; actor?: string }): void {
  const codes: Record<string, number> = {};
  let stacks = 0;
  for (const error of errors) {
    const kind = classify(error);
    if ('expected' in kind) {
      codes[kind.expected] = (codes[kind.expected] ?? 0) + 1;
      continue;
    }
    codes.INTERNAL_SERVER_ERROR = (codes.INTERNAL_SERVER_ERROR ?? 0) + 1;
    if (stacks++ >= MAX_STACKS_PER_REQUEST) continue;
    const failure = kind.unexpected;
    const event: LogEvent = { message: failure instanceof Error ? failure.message : String(failure), ...who, path: error.path?.join('.') };
    logger.error(event, failure instanceof Error ? failure.stack : undefined);
  }
  const refused = Object.keys(codes).filter((code) => code !== 'INTERNAL_SERVER_ERROR');
  if (refused.length === 0) return;
  const event: LogEvent = { message: 'refused', code: refused[0], codes, operation: who.operation ?? '(anonymous)', actor: who.actor ?? 'unknown' };
  if (refused.some((code) => WARN_CODES.has(code))) logger.warn(event);
  else logger.log(event);
}

/**
 * Resolver errors reach Apollo (and requestLogPlugin) as they are. Without this filter Nest's own handler logs every
 * one of them at ERROR with a stack before Apollo sees it, a refused field included. Other contexts (the REST
 * routes) keep Nest's handling.
 */
@Catch()
export class GraphQLErrorsPassThrough extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    return exception instanceof Error ? exception : new Error(String(exception));
  }
}
