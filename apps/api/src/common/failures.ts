import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';

/** PostgreSQL's query_canceled: our statement_timeout (see database/data-source.ts) cancelled the statement. */
const QUERY_CANCELED = '57014';
/** pg-pool's message when no connection came free within connectionTimeoutMillis. */
const POOL_WAIT_EXCEEDED = 'timeout exceeded when trying to connect';

/**
 * Failures that are the load's doing, not a bug: the caller gets a stable code (and the transaction, if any, was
 * rolled back), and the log a WARN line rather than an ERROR with a stack. Undefined for anything else.
 */
export function loadFailure(error: unknown): AppError | undefined {
  if (error instanceof QueryFailedError && (error.driverError as { code?: unknown } | undefined)?.code === QUERY_CANCELED) {
    return new AppError('TIMEOUT', 'server.timeout');
  }
  if (error instanceof Error && error.message === POOL_WAIT_EXCEEDED) return new AppError('SERVICE_UNAVAILABLE', 'server.busy');
  return undefined;
}
