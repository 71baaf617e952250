import { z } from 'zod';
import type { Lang } from './format';
import { isMessageKey, translate } from './errors';

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
  if (isMessageKey(issue.message)) return translate(issue.message, lang);
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return translate('input.tooLong', lang, { maximum: Number(issue.maximum) });
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return translate('input.required', lang);
  return translate('input.invalid', lang);
}

export function fieldIssues(error: z.ZodError, lang: Lang): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issueMessage(issue, lang) }));
}
