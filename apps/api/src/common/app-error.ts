import {
  fieldIssues,
  isMessageKey,
  issueParams,
  type ErrorCode,
  type FieldIssue,
  type Lang,
  type MessageKey,
  type MessageParams,
  translate,
} from '@lao/domain';
import type { z } from 'zod';

/**
 * The one exception the API throws on purpose. It carries a stable code and a message key, not a sentence: the
 * sentence is chosen when the response is sent, in the caller's language (see graphql-errors.ts).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    /** Extra `extensions` partners may branch on, e.g. `pendingCount`. */
    readonly extensions: Record<string, unknown> = {},
    /** Per-field problems of a rejected input, translated when sent. */
    readonly zodError?: z.ZodError,
  ) {
    super(messageKey);
    this.name = 'AppError';
  }

  localized(lang: Lang): string {
    return translate(this.messageKey, lang, this.params);
  }

  fields(lang: Lang): FieldIssue[] | undefined {
    return this.zodError ? fieldIssues(this.zodError, lang) : undefined;
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'auth.required');
export const forbidden = (key: MessageKey = 'access.missingRight') => new AppError('FORBIDDEN', key);
export const notFound = () => new AppError('NOT_FOUND', 'notFound.record');
export const badInput = (key: MessageKey, params: MessageParams = {}) => new AppError('BAD_USER_INPUT', key, params);

/** Validates an input with a shared zod schema; a refusal is BAD_USER_INPUT naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const first = result.error.issues[0];
    const key: MessageKey = first && isMessageKey(first.message) ? first.message : 'input.invalid';
    throw new AppError('BAD_USER_INPUT', key, first ? issueParams(first) : {}, {}, result.error);
  }
  return result.data;
}
