import type { ReactNode } from 'react';

/** A tick where the LAO answered (read out as the column's name). */
export function Tick({ on, label }: { on: boolean; label: string }): ReactNode {
  if (!on) return null;
  return (
    <>
      <span className="es-tick" aria-hidden="true">
        ✓
      </span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

/** The red bin of an item the LAO added. */
export function BinIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M9 3h6l1 2h4v2H4V5h4l1-2zm-3 6h12l-1 12H7L6 9zm4 2v8h2v-8h-2zm4 0v8h2v-8h-2z"
      />
    </svg>
  );
}

