import type { FormEvent, ReactNode } from 'react';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/feedback';

interface FormDialogProps {
  title: string;
  /** What the step does, read with the title. */
  intro?: ReactNode;
  submitLabel: string;
  closeLabel: string;
  busy: boolean;
  problem?: string | null;
  danger?: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog holding one small form: its fields, a refusal, and "save" / "cancel" (Escape cancels unless busy). */
export function FormDialog({ title, intro, submitLabel, closeLabel, busy, problem, danger, onSubmit, onClose, children }: FormDialogProps) {
  return (
    <Dialog title={title} onClose={onClose} busy={busy} className="welfare-dialog">
      <form className="form" noValidate onSubmit={onSubmit}>
        {intro && <div className="dialog__body">{intro}</div>}
        {children}
        <ErrorAlert>{problem}</ErrorAlert>
        <div className="dialog__actions">
          <button type="submit" className={`button ${danger ? 'button--danger button--secondary' : 'button--primary'}`} disabled={busy} aria-busy={busy || undefined}>
            {busy && <span className="spinner" aria-hidden="true" />}
            {submitLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={busy}>
            {closeLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Puts the server's field issues under their fields; answers whether any found a field (else the caller says it). */
export function placeServerIssues<F extends string>(
  fields: readonly { path: string; message: string }[],
  fieldOf: (path: string) => F | null,
  setError: (field: F, error: { type: string; message: string }, options: { shouldFocus: boolean }) => void,
): boolean {
  let placed = false;
  for (const issue of fields) {
    const field = fieldOf(issue.path);
    if (!field) continue;
    setError(field, { type: 'server', message: issue.message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}
