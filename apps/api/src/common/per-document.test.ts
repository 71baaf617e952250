import { parse } from 'graphql';
import { operationKey, perDocument } from './per-document';

describe('perDocument', () => {
  it('computes once per document, operation and variables', () => {
    const document = parse('query Q($a: Int) { x(a: $a) }');
    let runs = 0;
    const check = (variables: unknown) => perDocument(document, operationKey('k', 'Q', variables), () => ++runs);
    expect(check({ a: 1 })).toBe(1);
    expect(check({ a: 1 })).toBe(1);
    expect(check({ a: 2 })).toBe(2);
    // Another document with the same text is another parse: its own entries.
    expect(perDocument(parse('query Q($a: Int) { x(a: $a) }'), operationKey('k', 'Q', { a: 1 }), () => ++runs)).toBe(3);
  });

  it('does not keep results for long variables', () => {
    const document = parse('{ x }');
    let runs = 0;
    const long = { text: 'x'.repeat(5_000) };
    perDocument(document, operationKey('k', undefined, long), () => ++runs);
    perDocument(document, operationKey('k', undefined, long), () => ++runs);
    expect(runs).toBe(2);
  });
});
