import { useI18n } from '../../i18n';
import { ConfirmDialog, Dialog } from '../../ui/dialog';
import type { useResetPassword } from './useResetPassword';

/** The question before a reset, and the temporary password once (to read out or copy to the user). */
export function ResetPasswordDialogs({ reset }: { reset: ReturnType<typeof useResetPassword> }) {
  const { t } = useI18n();
  return (
    <>
      {reset.asking && (
        <ConfirmDialog
          title={t('users.resetTitle', { username: reset.asking.username })}
          confirmLabel={t('users.resetConfirm')}
          closeLabel={t('users.cancel')}
          onConfirm={() => void reset.confirm()}
          onClose={reset.cancel}
          busy={reset.busy}
          error={reset.problem}
          danger
        >
          <p>{t('users.resetBody')}</p>
        </ConfirmDialog>
      )}
      {reset.shown && (
        <Dialog title={t('users.temporaryTitle', { username: reset.shown.username })} onClose={reset.dismiss} unguarded>
          <div className="dialog__body">
            <p className="temporary-password">
              <output aria-label={t('users.temporaryTitle', { username: reset.shown.username })} className="code">
                {reset.shown.password}
              </output>
            </p>
            <p className="note">{t('users.temporaryNote')}</p>
          </div>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={reset.dismiss} data-autofocus>
              {t('common.close')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
