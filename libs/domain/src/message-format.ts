import type { Lang } from './format';

/** The shape of errors.ts's MessageParams (kept here too, so this file needs nothing from errors.ts). */
type MessageParams = Record<string, string | number | Record<Lang, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;
// A bracketed or quoted group that frames a placeholder: "(ยังไม่ครบ: {sections})", "\"{name}\"".
const FRAMING_GROUP = /\s*(\([^()]*\)|"[^"]*")/g;

/**
 * Fills a message's `{name}` placeholders. A parameter the caller did not give is never shown raw (a partner or an
 * official would read "{codes}"): the message's `bare` wording is used when it has one, otherwise the placeholder
 * is left out together with the bracketed or quoted group that only frames it.
 */
export function fillMessage(template: string, lang: Lang, params: MessageParams, bare?: string): string {
  const given = (name: string) => params[name] !== undefined;
  const missing = [...template.matchAll(PLACEHOLDER)].some((m) => !given(m[1]!));
  if (missing && bare !== undefined) return fillMessage(bare, lang, params);
  const framed = missing
    ? template.replace(FRAMING_GROUP, (group: string) => ([...group.matchAll(PLACEHOLDER)].every((m) => given(m[1]!)) ? group : ''))
    : template;
  const filled = framed.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    return typeof value === 'object' ? value[lang] : String(value);
  });
  // Only a message that lost a part needs its spacing mended; a complete one is returned exactly as written.
  return missing ? filled.replace(/\s{2,}/g, ' ').replace(/\s+([,;:.)])/g, '$1').trim() : filled;
}
