import type { ApolloServerPlugin } from '@apollo/server';
import {
  districtCodeSchema,
  fiscalYearSchema,
  isMessageKey,
  isSafeText,
  laoCodeSchema,
  MAX_FREE_TEXT_LENGTH,
  MAX_IDENTIFIER_LENGTH,
  type MessageKey,
  type MessageParams,
  provinceCodeSchema,
} from '@lao/domain';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { z } from 'zod';
import { AppError } from './app-error';
import type { RequestContext } from './context';
import { isValidCursor } from './paging';
import { operationKey, perDocument } from './per-document';

/**
 * One check of every scalar a request carries, before any resolver runs: each argument of each field the operation
 * selects (root fields and nested ones such as `receivedTonnesPerDay(fiscalYear)`), the fields of input objects at
 * any depth, and the strings inside JSON values. The modules' zod schemas still decide what a value means; this
 * check only keeps out what no module may ever see, so that no input can reach PostgreSQL as a server error: a year
 * past a smallint column, NUL in text, a forged cursor, a code that is no code. A refusal is BAD_USER_INPUT naming
 * each field, like a module's own.
 */

export interface ScalarProblem {
  message: MessageKey;
  params?: MessageParams;
}

export interface ScalarIssue extends ScalarProblem {
  path: (string | number)[];
}

const SMALLINT = { minimum: -32_768, maximum: 32_767 };
/** Int arguments stored in smallint columns (years and the survey's small numbers); other Ints fit int4 as GraphQL's Int does. */
const SMALLINT_NAMES = new Set(['side', 'steps']);
const isSmallint = (name: string) => SMALLINT_NAMES.has(name) || /Year$/.test(name);

/** Codes with a fixed shape (registry.ts); a blank one is left to the module (some filters take '' for "any"). */
const CODE_SHAPES: Record<string, z.ZodType<string>> = {
  provinceCode: provinceCodeSchema,
  districtCode: districtCodeSchema,
  laoCode: laoCodeSchema,
  operatorLaoCode: laoCodeSchema,
};
const CURSOR_NAMES = new Set(['after', 'before']);
/** One-line identifiers: ids, codes, usernames. Everything else is free text (names, notes, reasons, searches). */
const isIdentifier = (name: string, typeName: string) => typeName === 'ID' || name === 'id' || name === 'username' || /(Id|Code|code)$/.test(name);

/** What is wrong with one scalar value, judged by its argument or input field's name and its type; null when fine. */
export function scalarProblem(name: string, typeName: string, value: unknown): ScalarProblem | null {
  if (typeName === 'Int' && typeof value === 'number') return intProblem(name, value);
  if ((typeName === 'String' || typeName === 'ID') && typeof value === 'string') return stringProblem(name, typeName, value);
  return null;
}

function intProblem(name: string, value: number): ScalarProblem | null {
  if (name === 'fiscalYear') return fiscalYearSchema.safeParse(value).success ? null : { message: 'input.fiscalYear' };
  if (isSmallint(name) && (value < SMALLINT.minimum || value > SMALLINT.maximum)) return { message: 'input.outOfRange', params: SMALLINT };
  return null;
}

function stringProblem(name: string, typeName: string, value: string): ScalarProblem | null {
  if (CURSOR_NAMES.has(name)) return isValidCursor(value) ? null : { message: 'input.badCursor' };
  const identifier = isIdentifier(name, typeName);
  if (!isSafeText(value, { line: identifier })) return { message: 'input.controlCharacters' };
  const maximum = identifier ? MAX_IDENTIFIER_LENGTH : MAX_FREE_TEXT_LENGTH;
  if (value.length > maximum) return { message: 'input.tooLong', params: { maximum } };
  const shape = CODE_SHAPES[name];
  if (shape && value !== '') {
    const result = shape.safeParse(value);
    if (!result.success) {
      const key = result.error.issues[0]?.message ?? '';
      return { message: isMessageKey(key) ? key : 'input.invalid' };
    }
  }
  return null;
}

/** Strings anywhere inside a JSON value (an indicator's answer) are free text; numbers and booleans are the module's. */
function jsonIssues(value: unknown, path: (string | number)[], issues: ScalarIssue[], depth = 0): void {
  if (depth > 32) return;
  if (typeof value === 'string') {
    const problem = stringProblem('value', 'String', value);
    if (problem) issues.push({ path, ...problem });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => jsonIssues(item, [...path, i], issues, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) jsonIssues(item, [...path, key], issues, depth + 1);
  }
}

/** The issues of one coerced value of an input type, named by the argument or input field it belongs to. */
function valueIssues(type: GraphQLInputType, name: string, value: unknown, path: (string | number)[], issues: ScalarIssue[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return valueIssues(type.ofType, name, value, path, issues);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => valueIssues(type.ofType, name, item, [...path, i], issues));
    return;
  }
  if (isInputObjectType(type)) {
    const object = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) valueIssues(field.type, field.name, object[field.name], [...path, field.name], issues);
    return;
  }
  if (!isScalarType(type)) return;
  if (type.name === 'JSON') return jsonIssues(value, path, issues);
  const problem = scalarProblem(name, type.name, value);
  if (problem) issues.push({ path, ...problem });
}

/**
 * Every scalar issue of an operation, with its variables already coerced. Paths are those the modules' schemas give:
 * inside a mutation's one `input` argument they start at its fields (`answers.0.itemId`), otherwise at the argument
 * (`fiscalYear`, `filter.provinceCode`), so the SPA places both kinds under the same form field.
 */
export function operationIssues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): ScalarIssue[] {
  const issues: ScalarIssue[] = [];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (!field || field.args.length === 0) return;
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(field, node, variables);
      } catch {
        return; // A missing or malformed argument is refused by execution itself, as it always was.
      }
      for (const arg of field.args) valueIssues(arg.type, arg.name, args[arg.name], arg.name === 'input' ? [] : [arg.name], issues);
    },
  });
  visit(operation, visitor);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
  }
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path.join('.')}\n${issue.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The Apollo plugin: refuses a request with a bad scalar after its operation is resolved and before anything runs. */
export function inputScalarsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          const issues = perDocument(document, operationKey('scalars', operation.name?.value, request.variables), () => {
            const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
            // Variables of the wrong type are refused by execution itself (BAD_USER_INPUT, 400) before anything runs.
            return coerced.errors ? [] : operationIssues(schema, document, operation, coerced.coerced).slice(0, 20);
          });
          const first = issues[0];
          if (!first) return;
          const zodError = new z.ZodError(issues.map(({ path, message, params }) => ({ code: 'custom' as const, path, message, params, input: undefined })));
          const error = new AppError('BAD_USER_INPUT', first.message, first.params, {}, zodError);
          // HTTP 200, as when a module's own schema refuses the input: clients (the SPA's forms among them) read the
          // field issues of a GraphQL answer, while a 400 would reach them as a failed request.
          throw new GraphQLError(error.messageKey, { originalError: error, extensions: { code: error.code, http: { status: 200 } } });
        },
      };
    },
  };
}
