import { AppLogger } from './logger';

/** What the logger writes to stdout and stderr while `work` runs, line by line. */
function written(work: () => void): string[] {
  const chunks: string[] = [];
  const capture = (chunk: string | Uint8Array) => (chunks.push(String(chunk)), true);
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    work();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return chunks.join('').split('\n').filter(Boolean);
}

describe('AppLogger', () => {
  it('writes one JSON object a line in json mode, the fields of an event at the top level', () => {
    const lines = written(() => new AppLogger('json').warn({ message: 'refused', code: 'FORBIDDEN', actor: 'prov.12' }, 'GraphQL'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', context: 'GraphQL', message: 'refused', code: 'FORBIDDEN', actor: 'prov.12' });
  });

  it('keeps an error and its stack in one JSON object, and calls Nest\'s "log" level "info"', () => {
    const lines = written(() => {
      const logger = new AppLogger('json');
      logger.error({ message: 'boom', operation: 'Q' }, 'Error: boom\n    at x (y.ts:1:1)', 'GraphQL');
      logger.log('Ready', 'LAO platform');
    });
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', message: 'boom', operation: 'Q', stack: expect.stringContaining('at x (y.ts:1:1)') });
    expect(JSON.parse(lines[1]!)).toMatchObject({ level: 'info', message: 'Ready', context: 'LAO platform' });
  });

  it('writes an event as one readable line in text mode', () => {
    const lines = written(() => new AppLogger('text').warn({ message: 'refused', codes: { FORBIDDEN: 2 }, actor: 'lao.5120101' }, 'GraphQL'));
    expect(lines).toHaveLength(1);
    // Colours depend on the terminal; the words do not.
    const plain = lines[0]!.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
    expect(plain).toMatch(/WARN .*\[GraphQL\] refused codes=\{"FORBIDDEN":2\} actor=lao\.5120101$/);
  });
});
