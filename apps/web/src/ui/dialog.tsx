import { useEffect, useId, useRef, type ReactNode } from 'react';
import { UnsavedChangesDialog, useUnsavedGuard } from './unsavedChanges';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** Escape, the close button or a cancel: the caller unmounts the dialog. */
  onClose: () => void;
  /** alertdialog: a message that needs the person's attention now (e.g. what is missing before certifying). */
  role?: 'dialog' | 'alertdialog';
  /** While something runs, Escape does nothing (the caller disables its buttons too). */
  busy?: boolean;
  /** The element describing the dialog (read out with its title), e.g. the alert's message. */
  describedBy?: string;
  className?: string;
  /** The unsaved-changes question itself: typing in it is nothing to keep. */
  unguarded?: boolean;
}

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert and keeps focus inside.
 * Focus starts on the element marked data-autofocus (else the first control) and returns where it was on close.
 * Render it only while open. Whatever is typed in it counts as unsaved until it closes (saved or cancelled), so
 * leaving the page or closing the tab meanwhile asks first, in every module's form dialogs alike.
 */
export function Dialog({ title, children, onClose, role = 'dialog', busy = false, describedBy, className, unguarded = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const typed = useUnsavedGuard();
  const markTyped = unguarded ? undefined : () => typed.setDirty(true);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  const busyRef = useRef(busy);
  useEffect(() => {
    onCloseRef.current = onClose;
    busyRef.current = busy;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal(); the attribute alone shows the dialog there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      className={['dialog', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape in a real browser: we close through React state, never behind its back.
        event.preventDefault();
        if (!busyRef.current) onCloseRef.current();
      }}
      onInput={markTyped}
      onChange={markTyped}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          // A dialog over this one (the unsaved-changes question) closes alone.
          event.stopPropagation();
          if (!busyRef.current) onCloseRef.current();
        }
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
      {!unguarded && <UnsavedChangesDialog guard={typed} section={`“${title}”`} />}
    </dialog>
  );
}

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  closeLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  busy?: boolean;
  /** A refusal to show inside the dialog, already translated. */
  error?: string | null;
  danger?: boolean;
}

/** "Are you sure?" with the consequence spelled out; focus starts on the harmless button. */
export function ConfirmDialog({ title, children, confirmLabel, closeLabel, onConfirm, onClose, busy = false, error, danger }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onClose} busy={busy}>
      <div className="dialog__body">{children}</div>
      {error && (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className={`button ${danger ? 'button--danger button--secondary' : 'button--primary'}`}
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {busy && <span className="spinner" aria-hidden="true" />}
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose} disabled={busy} data-autofocus>
          {closeLabel}
        </button>
      </div>
    </Dialog>
  );
}
