import { CERTIFICATION_ACTION_LABELS, certificationReasonSchema, MAX_REASON_LENGTH, type FieldIssue } from '@lao/domain';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/feedback';
import { describedBy, schemaResolver } from '../../ui/forms';

const reasonSchema = z.object({ reason: certificationReasonSchema });

export interface ReasonDialogProps {
  action: 'RETURN' | 'REOPEN';
  /** The module's words, already translated: what happens, the field, its hint, the two buttons. */
  text: string;
  labels: { reason: string; hint: string; submit: string; close: string };
  busy: boolean;
  error: string | null;
  onClose: () => void;
  /** The server's issue on `reason`, if any, is shown on the field. */
  onSubmit: (reason: string) => Promise<{ ok: boolean; fields?: readonly FieldIssue[] }>;
}

/** Returning or reopening needs a reason the LAO will read (required, at most 1,000 characters). */
export function ReasonDialog({ action, text, labels, busy, error, onClose, onSubmit }: ReasonDialogProps) {
  const { msg, lang } = useI18n();
  const id = useId();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: schemaResolver(reasonSchema), defaultValues: { reason: '' } });
  const reasonError = msg(errors.reason?.message);

  const submit = handleSubmit(async ({ reason }) => {
    const result = await onSubmit(reason);
    if (!result.ok) {
      const issue = result.fields?.find((f) => f.path === 'reason');
      if (issue) setError('reason', { type: 'server', message: issue.message }, { shouldFocus: true });
    }
  });

  return (
    <Dialog title={CERTIFICATION_ACTION_LABELS[action][lang]} onClose={onClose} busy={busy}>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <p className="dialog__body">{text}</p>
        <div className={['field', reasonError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
          <label className="field__label field__label--required" htmlFor={`${id}-reason`}>
            {labels.reason}
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {labels.hint}
          </p>
          <textarea
            id={`${id}-reason`}
            className="input input--textarea"
            rows={4}
            maxLength={MAX_REASON_LENGTH}
            data-autofocus
            {...register('reason')}
            aria-required
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={describedBy(`${id}-hint`, reasonError && `${id}-error`)}
          />
          {reasonError && (
            <p className="field__error" id={`${id}-error`}>
              {reasonError}
            </p>
          )}
        </div>
        <ErrorAlert>{error}</ErrorAlert>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
            {busy && <span className="spinner" aria-hidden="true" />}
            {labels.submit}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={busy}>
            {labels.close}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
