import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { loadFailure } from './failures';

const failed = (code: string) => new QueryFailedError('UPDATE …', [], Object.assign(new Error(`pg ${code}`), { code }));

describe('failures that are the load doing (a stable code, never a server error)', () => {
  it.each(['40P01', '40001'])('answers a deadlock or serialization failure (%s) as server busy: PostgreSQL rolled it back, trying again works', (code) => {
    const answer = loadFailure(failed(code));
    expect(answer).toBeInstanceOf(AppError);
    expect([answer?.code, answer?.messageKey]).toEqual(['SERVICE_UNAVAILABLE', 'server.busy']);
  });

  it('answers a statement cancelled by its time budget as TIMEOUT', () => {
    expect(loadFailure(failed('57014'))?.code).toBe('TIMEOUT');
  });

  it('leaves other database failures to the error formatter (a bug, logged with its stack)', () => {
    expect(loadFailure(failed('23505'))).toBeUndefined();
  });
});
