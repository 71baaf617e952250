import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { selects } from './selection';

/** The resolve info of the operation's first root field, as execution hands it to that field's resolver. */
function infoOf(query: string): Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0]!;
  if (root.kind !== Kind.FIELD) throw new Error('a field first');
  return { fieldNodes: [root], fragments };
}

describe('selects: whether a field under the resolved one was asked for', () => {
  it.each([
    ['{ infoSubmission { status } }', false],
    ['{ infoSubmission { sections { domain complete } } }', false],
    ['{ infoSubmission { sections { values { value } } } }', true],
    ['{ infoSubmission { ... on InfoSubmission { sections { values { value } } } } }', true],
    ['{ infoSubmission { ...S } } fragment S on InfoSubmission { sections { ...V } } fragment V on InfoSection { values { value } }', true],
    ['{ infoSubmission { ...S } } fragment S on InfoSubmission { sections { domain } }', false],
    ['{ infoSubmission { values: status sections { values: domain } } }', false],
  ])('%s → %s', (query, expected) => {
    expect(selects(infoOf(query), ['sections', 'values'])).toBe(expected);
  });
});
