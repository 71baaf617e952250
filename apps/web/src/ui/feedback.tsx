import type { ReactNode } from 'react';

/** A problem the user must read now (role="alert"). Renders nothing without a message. */
export function ErrorAlert({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert--error" role="alert">
      {children}
    </div>
  );
}

/**
 * A polite live region that is always in the page, so screen readers announce its text when it changes
 * (a region inserted together with its text is often not announced).
 */
export function StatusMessage({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <div className={['status', children ? 'status--shown' : '', className ?? ''].filter(Boolean).join(' ')} role="status">
      {children}
    </div>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
