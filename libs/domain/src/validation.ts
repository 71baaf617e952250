import { z } from 'zod';
import type { Lang } from './format';
import { isMessageKey, type MessageParams, translate } from './errors';

/** One field's problem, as the API puts it in `extensions.fields` and the SPA shows it beside the field. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * Turns zod issues into messages a Thai official understands. Our schemas name a message key as the issue's
 * message; issues zod raises on its own (wrong type, too long) get a general message in the right language.
 */
export function issueMessage(issue: z.core.$ZodIssue, lang: Lang): string {
  // A custom issue may carry its message's parameters (the indicators a rule names, a site's name).
  if (isMessageKey(issue.message)) return translate(issue.message, lang, issue.code === 'custom' ? (issue.params as MessageParams | undefined) : undefined);
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return translate('input.tooLong', lang, { maximum: Number(issue.maximum) });
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return translate('input.required', lang);
  return translate('input.invalid', lang);
}

// Control characters (NUL above all) have no place in names or searches, and PostgreSQL refuses NUL in text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Text a person types: trimmed, at most `max` characters, no control characters. */
export function plainText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((value) => !CONTROL_CHARACTERS.test(value), { error: 'input.controlCharacters' });
}

export function fieldIssues(error: z.ZodError, lang: Lang): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issueMessage(issue, lang) }));
}
