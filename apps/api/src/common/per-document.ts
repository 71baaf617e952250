import type { DocumentNode } from 'graphql';

/**
 * Results of the checks run on every request before execution (query-limits.ts, input-scalars.ts), kept per parsed
 * document: Apollo hands the same DocumentNode to every request with the same query text (its document cache), and
 * a check's result depends only on the schema (fixed), the document, the operation and the variables. A client
 * repeating one operation with the same variables (a dashboard, a partner's poll, the bench) then pays a Map lookup
 * instead of a walk of the document with the schema. Bounded per document; a document no longer cached by Apollo
 * takes its entries with it (WeakMap).
 */
const byDocument = new WeakMap<DocumentNode, Map<string, unknown>>();
const MAX_PER_DOCUMENT = 32;
/** Variables past this (a long section of values, which changes on every save anyway) are not worth keeping. */
const MAX_KEY_LENGTH = 2_048;

export function perDocument<T>(document: DocumentNode, key: string, compute: () => T): T {
  if (key.length > MAX_KEY_LENGTH) return compute();
  let results = byDocument.get(document);
  if (!results) byDocument.set(document, (results = new Map()));
  if (results.has(key)) return results.get(key) as T;
  const value = compute();
  if (results.size >= MAX_PER_DOCUMENT) results.clear();
  results.set(key, value);
  return value;
}

/** The key of one operation with its raw variables (JSON: the same variables give the same text). */
export function operationKey(kind: string, operationName: string | undefined, variables: unknown): string {
  return `${kind}\n${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
}
