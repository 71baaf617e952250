import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { type DocumentNode, execute, GraphQLError, type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type SchemaListener = Parameters<Gateway['onSchemaLoadOrUpdate']>[0];

/**
 * Execution by graphql-jit instead of graphql-js's interpreter. graphql-js walks the document for every field of
 * every row (a 100-row registry page: about 1,500 field completions, each a lookup of the field's definition, its
 * resolver and its type); graphql-jit compiles an operation once into a function that does exactly that operation's
 * work, and Apollo's document cache hands every request of the same query text the same document, so the compiled
 * function is kept per document and operation and freed with it (a WeakMap, as per-document.ts keeps its checks).
 *
 * Apollo runs it through its gateway hook: parsing, validation, every plugin hook (the access trail, the deferred
 * budget, the error formatting) and the HTTP handling stay Apollo's; only `execute` changes. The resolvers are the
 * schema's own, so the guard, scope and masking run as before.
 *
 * graphql-js still answers what it answers better: an operation graphql-jit cannot compile, and a request refused
 * before execution (bad variables: graphql-js's errors carry the variable's node, from which Apollo answers
 * BAD_USER_INPUT with status 400; graphql-jit's carry only the message). Neither ran a resolver, so running the
 * request again through graphql-js does nothing twice.
 */
export function compiledExecution(): { gateway: Gateway; transformSchema: (schema: GraphQLSchema) => GraphQLSchema } {
  let schema: GraphQLSchema | undefined;
  let listener: SchemaListener | undefined;
  const executor: Executor = async ({ document, operationName, request, context }) => {
    if (!schema) throw new Error('compiledExecution: the schema was not built');
    const compiled = compiledFor(schema, document, operationName ?? undefined);
    const interpreted = () => execute({ schema: schema!, document, operationName, variableValues: request.variables, contextValue: context });
    if (!compiled) return interpreted();
    const result = await compiled.query(undefined, context, request.variables);
    if (result.data === undefined && result.errors?.length) return interpreted();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  const gateway: Gateway = {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => (listener = undefined);
    },
    async load() {
      if (!schema) throw new Error('compiledExecution: the schema was not built');
      listener?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor };
    },
    async stop() {},
  };
  // Nest builds the schema from the resolvers and passes it here before Apollo starts. Sorted here, not by Nest's
  // `sortSchema` (which runs after this hook): the schema Apollo executes must be the one Nest hands everyone else
  // (GraphQLSchemaHost, the emitted schema.graphql), or a change made to one at start-up would miss the other.
  const transformSchema = (built: GraphQLSchema) => (schema = lexicographicSortSchema(built));
  return { gateway, transformSchema };
}

const compiledByDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

/**
 * The operation compiled once per document (null when graphql-jit cannot compile it: graphql-js runs it then). Not in
 * per-document.ts's map: that one is cleared when a document has seen many variables, and a compilation costs far
 * more than a check. The names are the document's own (Apollo refuses an unknown operationName before execution),
 * so a document holds a handful of entries at most (the token limit bounds it).
 */
function compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  let byOperation = compiledByDocument.get(document);
  if (!byOperation) compiledByDocument.set(document, (byOperation = new Map()));
  const key = operationName ?? '';
  let compiled = byOperation.get(key);
  if (compiled === undefined) {
    byOperation.set(key, (compiled = compile(schema, document, operationName)));
  }
  return compiled;
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  try {
    const made = compileQuery(schema, document, operationName);
    return isCompiledQuery(made) ? made : null;
  } catch {
    // A construct its compiler does not support: graphql-js runs this operation, as it ran every one before.
    return null;
  }
}

/**
 * graphql-jit's errors descend from graphql-js's GraphQLError but are not made by its constructor: no `extensions`
 * object when the resolver's error had none (Apollo reads `extensions.code` from every error). Rebuilt as graphql-js
 * builds them; the resolver's error stays the original, so formatError sees our AppErrors as before.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  if (error.locations) (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}
