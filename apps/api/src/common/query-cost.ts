import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@lao/domain';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type GraphQLOutputType,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

/**
 * What an operation will cost before it runs, in units of work. A unit is about one SQL statement or one field of
 * one returned row, so the limit bounds both the database and the answer:
 * - a root query field is QUERY_ROOT (the access check and its statements), a mutation MUTATION_ROOT (a transaction);
 * - a connection adds its two statements (count and page) and multiplies what is under `edges` by `first`;
 * - another list multiplies what is under it by its declared size (LIST_SIZES, or `@Extensions({ listSize })`);
 * - national reports scan every LAO's submissions and are weighed as such (REPORT: two of them fit in a request);
 * - introspection answers the whole schema (about 40 kB) and is weighed flat, whatever is selected inside it.
 * `__typename` is free: clients add it to every selection.
 */
export const QUERY_ROOT = 5;
export const MUTATION_ROOT = 25;
export const CONNECTION_STATEMENTS = 2;
export const DEFAULT_LIST_SIZE = 10;
export const REPORT = 10_000;
export const INTROSPECTION_SCHEMA = 2_000;
export const INTROSPECTION_TYPE = 20;

/** Fields whose work does not follow from what they return: 'Type.field' → units (children still count). */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  // Measured on the demo data (7,853 LAOs): 0.3–0.5 s each, against ~30 ms for a page of 500 LAOs (about 5,000).
  'Query.eServiceAdoption': REPORT,
  'Query.eServiceProvinceAdoption': REPORT,
  'Query.certificationProgress': REPORT,
  'Query.wasteSummary': REPORT,
  'Query.welfareSummary': REPORT,
  'Query.lpaDistribution': REPORT,
  // Answers from memory, no statement.
  'Query.currentFiscalYear': 1,
};

/** Sizes of lists that are not paged, where the default would be far off. */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.provinces': 77,
  'Province.districts': 50,
  'Query.certificationProgress': 77,
  'Query.eServiceProvinceAdoption': 77,
  'Query.wasteSummary': 77,
  'Query.welfareSummary': 77,
  // The LAOs delivering to a site: about nine on average (7,853 LAOs over 879 sites in the demo).
  'DisposalSite.clients': 9,
};

export interface OperationMeasure {
  cost: number;
  /** Fields given an alias other than their name, fragments expanded: the way to repeat a field with other arguments. */
  aliases: number;
  /** Distinct response keys at the root. */
  rootFields: number;
  /** Whether `__schema` or `__type` is asked anywhere. */
  introspection: boolean;
}

interface Measure {
  cost: number;
  aliases: number;
  introspection: boolean;
}

/** Measures an operation whose variables are already coerced (see getVariableValues). */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : schema.getSubscriptionType();
  if (!root) return { cost: 0, aliases: 0, rootFields: 0, introspection: false };
  const walker = new Walker(schema, fragments, variables, root.name === schema.getMutationType()?.name ? MUTATION_ROOT : QUERY_ROOT);
  const keys = new Set<string>();
  walker.collectKeys(operation.selectionSet, keys, new Set());
  const measured = walker.selectionSet(operation.selectionSet, root, undefined, true);
  return { ...measured, rootFields: keys.size };
}

class Walker {
  /** A fragment is measured once per (name, items): spreading it many times cannot make measuring slow. */
  private readonly memo = new Map<string, Measure>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly rootWeight: number,
  ) {}

  /** Response keys of a selection set, through fragments (validation has merged same-key fields already). */
  collectKeys(set: SelectionSetNode, keys: Set<string>, seen: Set<string>): void {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        this.collectKeys(selection.selectionSet, keys, seen);
      } else {
        const fragment = this.fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        this.collectKeys(fragment.selectionSet, keys, seen);
      }
    }
  }

  /** `items`: how many times an `edges`/`nodes` field here repeats (the connection's `first`); none outside one. */
  selectionSet(set: SelectionSetNode, type: GraphQLNamedType, items: number | undefined, atRoot = false): Measure {
    const total: Measure = { cost: 0, aliases: 0, introspection: false };
    for (const selection of set.selections) {
      let part: Measure;
      if (selection.kind === Kind.FIELD) {
        part = this.field(selection, type, items, atRoot);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type;
        part = this.selectionSet(selection.selectionSet, condition ?? type, items, atRoot);
      } else {
        part = this.fragment(selection.name.value, items, atRoot);
      }
      total.cost += part.cost;
      total.aliases += part.aliases;
      total.introspection ||= part.introspection;
    }
    return total;
  }

  private fragment(name: string, items: number | undefined, atRoot: boolean): Measure {
    const key = `${name}\n${items}\n${atRoot}`;
    const known = this.memo.get(key);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // A cycle is refused by validation before this runs; never loop on one regardless.
    if (!fragment || this.visiting.has(key)) return { cost: 0, aliases: 0, introspection: false };
    const type = this.schema.getType(fragment.typeCondition.name.value);
    if (!type) return { cost: 0, aliases: 0, introspection: false };
    this.visiting.add(key);
    const measured = this.selectionSet(fragment.selectionSet, type, items, atRoot);
    this.visiting.delete(key);
    this.memo.set(key, measured);
    return measured;
  }

  private field(node: FieldNode, parent: GraphQLNamedType, items: number | undefined, atRoot: boolean): Measure {
    const name = node.name.value;
    const aliases = node.alias && node.alias.value !== name ? 1 : 0;
    if (name === '__typename') return { cost: 0, aliases, introspection: false };
    if (name === '__schema') return { cost: INTROSPECTION_SCHEMA, aliases, introspection: true };
    if (name === '__type') return { cost: INTROSPECTION_TYPE, aliases, introspection: true };
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!definition) return { cost: 1, aliases, introspection: false };
    const coordinate = `${parent.name}.${name}`;
    const own = FIELD_WEIGHTS[coordinate] ?? (atRoot ? this.rootWeight : 1);
    if (!node.selectionSet) return { cost: own, aliases, introspection: false };

    const child = getNamedType(definition.type);
    const connection = isConnection(child);
    const first = connection ? pageSize(this.args(definition, node).first) : undefined;
    const under = this.selectionSet(node.selectionSet, child, first);
    let multiplier = 1;
    if ((name === 'edges' || name === 'nodes') && items !== undefined) multiplier = items;
    else if (isList(definition.type)) multiplier = listSize(coordinate, definition);
    return {
      cost: own + (connection ? CONNECTION_STATEMENTS : 0) + multiplier * under.cost,
      aliases: aliases + under.aliases,
      introspection: under.introspection,
    };
  }

  private args(definition: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    try {
      return getArgumentValues(definition, node, this.variables);
    } catch {
      // Wrong arguments are refused by execution (BAD_USER_INPUT); measure with the defaults meanwhile.
      return {};
    }
  }
}

/** A Relay connection: its `edges` repeat `first` times. */
function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

/** The page a connection will read: the default when not given; beyond the maximum it is refused before reading. */
function pageSize(first: unknown): number {
  if (typeof first !== 'number' || first < 0) return DEFAULT_PAGE_SIZE;
  return Math.min(first, MAX_PAGE_SIZE);
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function listSize(coordinate: string, definition: GraphQLField<unknown, unknown>): number {
  const declared = definition.extensions?.listSize;
  return LIST_SIZES[coordinate] ?? (typeof declared === 'number' ? declared : DEFAULT_LIST_SIZE);
}
