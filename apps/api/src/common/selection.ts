import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the caller selected a field at `path` under the field being resolved (fragments followed), so a resolver
 * can leave out work whose result nobody asked for: e.g. an INFO submission asked for its status only need not read
 * the linked indicators' source modules.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => selectsIn(node.selectionSet, path, info.fragments, new Set()));
}

function selectsIn(set: SelectionSetNode | undefined, path: readonly string[], fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  if (path.length === 0) return true;
  if (!set) return false;
  const [name, ...rest] = path;
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return (selection as FieldNode).name.value === name && selectsIn(selection.selectionSet, rest, fragments, seen);
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsIn(selection.selectionSet, path, fragments, seen);
    const fragment = fragments[selection.name.value];
    if (!fragment || seen.has(fragment.name.value)) return false;
    return selectsIn(fragment.selectionSet, path, fragments, new Set([...seen, fragment.name.value]));
  });
}
