import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../../ui/dialog';
import { MissingDialog } from './MissingDialog';
import type { PanelWords } from './panelWords';
import { ReasonDialog } from './ReasonDialog';
import type { PanelState } from './usePanelState';

interface PanelDialogsProps {
  state: PanelState;
  words: PanelWords;
  laoName: string;
  fiscalYear: number;
  onGoToSection: (section: string) => void;
  unsavedNote?: string | null;
}

/** The panel's dialogs: confirm certify / withdraw, the reason to return / reopen, and what is missing. */
export function PanelDialogs({ state, words, laoName, fiscalYear, onGoToSection, unsavedNote }: PanelDialogsProps) {
  const { t } = useI18n();
  const { dialog, busy, error, run, close } = state;
  const params = { lao: laoName, year: fiscalYear };

  if (dialog === 'MISSING') {
    return <MissingDialog sections={state.shownMissing} goTo={words.goTo} onGoTo={onGoToSection} onClose={close} note={unsavedNote} />;
  }
  if (dialog === 'CERTIFY' || dialog === 'WITHDRAW') {
    const certify = dialog === 'CERTIFY';
    return (
      <ConfirmDialog
        title={t(certify ? words.confirmCertifyTitle : words.confirmWithdrawTitle)}
        confirmLabel={t(certify ? words.confirmCertify : words.confirmWithdraw)}
        closeLabel={t(words.close)}
        busy={busy}
        error={error}
        danger={!certify}
        onClose={close}
        onConfirm={() => void run(dialog)}
      >
        <p>{t(certify ? words.confirmCertifyText : words.confirmWithdrawText, params)}</p>
        {certify && unsavedNote && <p className="es-warning">{unsavedNote}</p>}
      </ConfirmDialog>
    );
  }
  if (dialog === 'RETURN' || dialog === 'REOPEN') {
    const back = dialog === 'RETURN';
    return (
      <ReasonDialog
        action={dialog}
        text={t(back ? words.returnText : words.reopenText, params)}
        labels={{ reason: t(words.reason), hint: t(words.reasonHint), submit: t(back ? words.returnSubmit : words.reopenSubmit), close: t(words.close) }}
        busy={busy}
        error={error}
        onClose={close}
        onSubmit={(reason) => run(dialog, reason)}
      />
    );
  }
  return null;
}
