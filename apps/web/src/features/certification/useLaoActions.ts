import type { CertificationModule } from '@lao/domain';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { missingFromProblem } from './missing';
import type { ActionResult, LaoAction } from './panelWords';
import { useReviewActions } from './useReviewActions';

export interface LaoActionsOptions {
  module: CertificationModule;
  laoCode: string;
  fiscalYear: number;
  /** The module's own certify mutation (certifyInfo, certifyEServiceSurvey, …); rejects with the server's error. */
  certify: () => Promise<unknown>;
  /** Reload the submission after a step (its status, allowedActions and history change). */
  refetch: () => Promise<unknown>;
  /** After a successful step. */
  onDone?: (action: LaoAction) => void;
}

/** Codes after which the page shows the submission as it is now (someone else changed it, or the window closed). */
const RELOAD_ON = new Set(['CONFLICT', 'INCOMPLETE', 'WINDOW_CLOSED']);

/**
 * The panel's onAction for one LAO and year, for any module: its certify mutation, or the shared withdraw / return /
 * reopen; a refusal comes back as the panel shows it, INCOMPLETE with what is missing.
 */
export function useLaoActions({ module, laoCode, fiscalYear, certify, refetch, onDone }: LaoActionsOptions) {
  const { lang } = useI18n();
  const review = useReviewActions(module);
  const reload = () => refetch().then(
    () => undefined,
    () => undefined, // the query shows its own error
  );
  return async (action: LaoAction, reason?: string): Promise<ActionResult> => {
    try {
      if (action === 'CERTIFY') await certify();
      else await review(action, laoCode, fiscalYear, reason);
      onDone?.(action);
      await reload();
      return { ok: true };
    } catch (e) {
      const problem = apiProblem(e);
      if (RELOAD_ON.has(problem.code)) await reload();
      return { ok: false, code: problem.code, message: problem.message, fields: problem.fields, missing: missingFromProblem(problem, lang) };
    }
  };
}
