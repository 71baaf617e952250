import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { MAX_QUERY_DEPTH, queryDepth } from './query-limits';

const depthOf = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return queryDepth(document, operation);
};

/** Our schema has no cycle deep enough to reach the limit today; these guard the rule for modules that will. */
describe('queryDepth', () => {
  it('counts nested fields', () => {
    expect(depthOf(`{ a }`)).toBe(1);
    expect(depthOf(`{ a { b { c } } d }`)).toBe(3);
  });

  it('follows fragments and inline fragments, so they cannot hide depth', () => {
    expect(depthOf(`{ a { ...F } } fragment F on T { b { ... on U { c { d } } } }`)).toBe(4);
  });

  it('survives a fragment cycle (refused later by validation) without looping', () => {
    expect(depthOf(`{ a { ...F } } fragment F on T { b { ...F } }`)).toBe(2);
  });

  it('ignores introspection, which nests deeply by design', () => {
    expect(depthOf(`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`)).toBe(0);
  });

  it(`puts the limit at ${MAX_QUERY_DEPTH}`, () => {
    const nest = (n: number): string => (n === 0 ? 'x' : `x { ${nest(n - 1)} }`);
    expect(depthOf(`{ ${nest(MAX_QUERY_DEPTH - 1)} }`)).toBe(MAX_QUERY_DEPTH);
    expect(depthOf(`{ ${nest(MAX_QUERY_DEPTH)} }`)).toBeGreaterThan(MAX_QUERY_DEPTH);
  });
});
