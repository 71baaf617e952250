import { z } from 'zod';

/**
 * The one rule for text that reaches the platform, from a form (zod schemas of API and SPA alike) or from any
 * argument of any operation (the API's input-scalars check). PostgreSQL refuses NUL in text, and the other characters
 * below let a value look different from what it is: C0/C1 controls, and the bidirectional formatting characters
 * (marks U+061C, U+200E, U+200F, embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069) that can show
 * "รับรองแล้ว" while storing something else, or reverse a code on screen. Line and paragraph separators
 * (U+2028, U+2029) break single-line displays and exports.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
/** One-line values (codes, ids, cursors) may not hold tabs or line breaks either. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** The longest free text (a note, a reason, an address) any field accepts; fields set smaller limits of their own. */
export const MAX_FREE_TEXT_LENGTH = 10_000;
/** The longest identifier (a code, an id, a username) any argument accepts. */
export const MAX_IDENTIFIER_LENGTH = 100;

/**
 * Whether a text is free of the characters above. Free text keeps the white space a person types (tab, line feed,
 * carriage return); `line: true` refuses those too.
 */
export function isSafeText(value: string, options: { line?: boolean } = {}): boolean {
  return !(options.line ? UNSAFE_IN_LINE : UNSAFE_IN_TEXT).test(value);
}

/** The refinement the schemas for names, reasons and notes share: no control or bidirectional-override characters. */
export const SAFE_TEXT_ISSUE = { error: 'input.controlCharacters' } as const;

/** Text a person types: trimmed, at most `max` characters, no control or bidirectional-override characters. */
export function safeText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((value) => isSafeText(value), SAFE_TEXT_ISSUE);
}
