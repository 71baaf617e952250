import type { CertificationAction } from '@lao/domain';

export interface HistoryEvent {
  action: CertificationAction;
  actor: string;
  at: string;
  comment?: string | null;
  /** When the department sent back a closed year: the LAO's own window, reopened until then. */
  windowReopenedUntil?: string | null;
}

/** The reason the LAO must read: the last step, when it sent the data back (returned or reopened) with a reason. */
export function lastReturn<E extends HistoryEvent>(history: readonly E[]): (E & { action: 'RETURN' | 'REOPEN' }) | null {
  const last = history.at(-1);
  if (!last || (last.action !== 'RETURN' && last.action !== 'REOPEN') || !last.comment) return null;
  return last as E & { action: 'RETURN' | 'REOPEN' };
}

/** Who did this step last (who certified, who certified for the province). */
export function lastActor(history: readonly HistoryEvent[], action: CertificationAction): string | null {
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.action === action) return history[i]!.actor;
  }
  return null;
}
