import type { CertificationAction } from '@lao/domain';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import type { MissingSection } from './missing';
import type { ActionResult, LaoAction } from './panelWords';

export interface PanelStateOptions {
  allowedActions: readonly CertificationAction[];
  /** The API's `editable` and `complete`: an incomplete draft the caller may edit gets "certify", which explains what is missing. */
  editable: boolean;
  complete: boolean;
  /** What the submission's own data says is missing (sections the API answers incomplete). */
  missing: readonly MissingSection[];
  onAction: (action: LaoAction, reason?: string) => Promise<ActionResult>;
  onMissing?: (sections: string[]) => void;
}

export type PanelDialog = LaoAction | 'MISSING';

/**
 * The panel's state: which dialog is open, what runs, what happened. The actions offered are the API's
 * `allowedActions`; "certify" is also offered on an incomplete draft the caller may edit (the API lists CERTIFY only
 * once complete), where it lists what is missing instead of certifying.
 */
export function usePanelState({ allowedActions, editable, complete, missing, onAction, onMissing }: PanelStateOptions) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<PanelDialog | null>(null);
  const [serverMissing, setServerMissing] = useState<MissingSection[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<LaoAction | null>(null);

  const allowed = (action: CertificationAction) => allowedActions.includes(action);
  const offerCertify = allowed('CERTIFY') || (editable && !complete);

  const showMissing = (list: readonly MissingSection[] | null) => {
    setServerMissing(list ? [...list] : null);
    setDialog('MISSING');
    onMissing?.((list ?? missing).map((s) => s.section));
  };

  const open = (next: PanelDialog) => {
    setDone(null);
    setError(null);
    setDialog(next);
  };

  const onCertifyClick = () => {
    setDone(null);
    setError(null);
    if (allowed('CERTIFY') && missing.length === 0) setDialog('CERTIFY');
    else showMissing(null);
  };

  const run = async (action: LaoAction, reason?: string): Promise<ActionResult> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await onAction(action, reason);
      if (result.ok) {
        setDialog(null);
        setServerMissing(null);
        setDone(action);
      } else if (result.missing && result.missing.length > 0) {
        // Someone emptied a value meanwhile: the server's list is the truth.
        showMissing(result.missing);
      } else {
        setError(result.message ?? t('app.networkError'));
      }
      return result;
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setDialog(null);
    setError(null);
  };

  return { dialog, busy, error, done, allowed, offerCertify, shownMissing: serverMissing ?? missing, open, onCertifyClick, run, close };
}

export type PanelState = ReturnType<typeof usePanelState>;
