/**
 * Cursor paging kept in the address (?p=…), so a reload, a link and Back show the same page. The parameter holds a
 * short key of the rest of the address, then the cursors that led to this page: `p=k3x9a.Y29k.Y2Rl`. When anything
 * else in the address changes (a filter, the sort, the year) the key no longer matches and the list starts again on
 * page one, without every filter having to remember to drop the paging.
 */
export const PAGING_PARAM = 'p';

/** Cursors are base64url (see the API's paging.ts): a dot cannot occur in one. */
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;
/** More pages than anyone pages through by hand; beyond it the address would grow without end. */
const MAX_PAGES = 200;

/** A short, stable key of the address without the paging (FNV-1a of its sorted parameters, base 36). */
export function pagingKey(params: URLSearchParams): string {
  const rest = new URLSearchParams(params);
  rest.delete(PAGING_PARAM);
  rest.sort();
  let hash = 0x811c9dc5;
  for (const ch of rest.toString()) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The cursors of the page the address shows ([] for page one, or when they belong to another filter). */
export function readCursors(params: URLSearchParams): string[] {
  const [key, ...cursors] = (params.get(PAGING_PARAM) ?? '').split('.');
  if (!key || key !== pagingKey(params) || cursors.length > MAX_PAGES || !cursors.every((c) => CURSOR.test(c))) return [];
  return cursors;
}

/** The address of the page these cursors lead to (page one: no paging parameter). */
export function writeCursors(params: URLSearchParams, cursors: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(PAGING_PARAM);
  if (cursors.length > 0) next.set(PAGING_PARAM, [pagingKey(next), ...cursors.slice(-MAX_PAGES)].join('.'));
  return next;
}
