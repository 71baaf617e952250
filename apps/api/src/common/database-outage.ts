import { GraphQLError } from 'graphql';
import { type Lang, translate } from '@lao/domain';
import { AppError } from './app-error';

/** Socket errors of a database that is not there (stopped, restarting, unreachable). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** PostgreSQL's own: admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down). */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03']);
/** What pg says when the server closes a connection under it. */
const TERMINATED = /^Connection terminated( unexpectedly)?$|^Client has encountered a connection error and is not queryable$/;

/**
 * Whether a failure is the database being away rather than a bug or a bad request. The error pg raises names the
 * server's address (`connect ECONNREFUSED 127.0.0.1:54329`): it goes to the log, never to the caller.
 */
export function isDatabaseOutage(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 4) return false;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08'))) return true;
  if (TERMINATED.test(error.message)) return true;
  // TypeORM keeps pg's error as driverError; Node's connect keeps one per address tried in an AggregateError.
  const inner = [(error as { driverError?: unknown }).driverError, error.cause, ...(error instanceof AggregateError ? error.errors : [])];
  return inner.some((e) => e !== error && isDatabaseOutage(e, depth + 1));
}

/** For resolvers' errors (formatError): SERVICE_UNAVAILABLE, in the caller's language. */
export function outageFailure(error: unknown): AppError | undefined {
  return isDatabaseOutage(error) ? new AppError('SERVICE_UNAVAILABLE', 'server.databaseDown') : undefined;
}

/**
 * For the request context (authentication runs before any resolver): Apollo sends a context failure as it is,
 * with the HTTP status it carries, so the message is final here. 503 with Retry-After tells clients and load
 * balancers to come back; the API recovers by itself as the pool reconnects once the database is back.
 */
export function serviceUnavailable(lang: Lang): GraphQLError {
  return new GraphQLError(translate('server.databaseDown', lang), {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  });
}
