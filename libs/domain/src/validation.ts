import type { z } from 'zod';
import type { Lang } from './format';
import { isMessageKey, type MessageParams, translate } from './errors';
import { safeText } from './safe-text';

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
  // A custom issue may carry its message's parameters (the indicators a rule names, a site's name); a bound zod
  // checks itself (`.max(n, { error: 'input.tooLong' })`) gives its limit, so "{maximum}" is filled, not dropped.
  if (isMessageKey(issue.message)) return translate(issue.message, lang, issueParams(issue));
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return translate('input.tooLong', lang, { maximum: Number(issue.maximum) });
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return translate('input.required', lang);
  return translate('input.invalid', lang);
}

/**
 * Text a person types: trimmed, at most `max` characters, no control or bidirectional-override characters (the
 * shared rule of safe-text.ts, so every name, note and search refuses what the API refuses for any argument).
 */
export function plainText(max: number) {
  return safeText(max);
}

/** The parameters a zod issue carries for its message: a custom issue's own, or the bound of a size check. */
export function issueParams(issue: z.core.$ZodIssue): MessageParams {
  if (issue.code === 'custom') return (issue.params as MessageParams | undefined) ?? {};
  if (issue.code === 'too_big') return { maximum: Number(issue.maximum) };
  if (issue.code === 'too_small') return { minimum: Number(issue.minimum) };
  return {};
}

export function fieldIssues(error: z.ZodError, lang: Lang): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issueMessage(issue, lang) }));
}
