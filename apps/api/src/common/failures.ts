import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';

/** PostgreSQL's query_canceled: our statement_timeout (see database/data-source.ts) cancelled the statement. */
const QUERY_CANCELED = '57014';
/**
 * PostgreSQL's deadlock_detected and serialization_failure: two transactions met in an order the rules could not
 * exclude (rare: e.g. a disposal site's edit reaching several LAOs while one of them is certified). PostgreSQL rolled
 * this one back whole; trying again succeeds.
 */
const RETRYABLE = new Set(['40P01', '40001']);
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
  if (error instanceof QueryFailedError && RETRYABLE.has(String((error.driverError as { code?: unknown } | undefined)?.code))) {
    return new AppError('SERVICE_UNAVAILABLE', 'server.busy');
  }
  if (error instanceof Error && error.message === POOL_WAIT_EXCEEDED) return new AppError('SERVICE_UNAVAILABLE', 'server.busy');
  return undefined;
}
