/** The entry-window fields every submission type answers (the LAO's effective window, extensions included). */
export interface EntryWindowFields {
  windowOpen?: boolean | null;
  closesAt?: string | null;
  opensAt?: string | null;
}

/** The sentence the panel shows about the window, with the moment it names. */
export type WindowLine =
  | { kind: 'openUntil'; at: string }
  | { kind: 'open' }
  | { kind: 'opensOn'; at: string }
  | { kind: 'closedSince'; at: string }
  | { kind: 'notOpen' };

/**
 * "open until …" / "opens on …" / "closed since …" from what the API answers: whether the window is open is the
 * server's `windowOpen`; the dates only choose the words. null when the API did not say.
 */
export function windowLine(fields: EntryWindowFields, now: Date = new Date()): WindowLine | null {
  const { windowOpen, closesAt, opensAt } = fields;
  if (windowOpen === undefined || windowOpen === null) return null;
  if (windowOpen) return closesAt ? { kind: 'openUntil', at: closesAt } : { kind: 'open' };
  if (opensAt && new Date(opensAt).getTime() > now.getTime()) return { kind: 'opensOn', at: opensAt };
  if (closesAt) return { kind: 'closedSince', at: closesAt };
  return { kind: 'notOpen' };
}
