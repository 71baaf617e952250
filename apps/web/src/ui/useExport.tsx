import { useState } from 'react';
import { apiProblem } from '../app/errors';
import { useI18n } from '../i18n';

/** Reports what an export is doing while it runs ("กำลังส่งออก… 500/7,850"). */
export type ReportProgress = (text: string) => void;

/**
 * An Excel export's state: running, the progress or the result line for a status message, and the error.
 * run() takes the work; it resolves to the line that says what was written.
 */
export function useExport() {
  const { t } = useI18n();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: (report: ReportProgress) => Promise<string>) => {
    setRunning(true);
    setProgress(null);
    setMessage(null);
    setError(null);
    try {
      setMessage(await work(setProgress));
    } catch (e) {
      setError(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      setRunning(false);
      setProgress(null);
    }
  };

  return { running, status: progress ?? message, error, run };
}

/** "⬇ ส่งออก Excel", with a spinner while the export runs. */
export function ExportButton({ label, running, disabled, onClick }: { label: string; running: boolean; disabled?: boolean; onClick: () => void }) {
  return (
    <button type="button" className="button button--secondary" onClick={onClick} disabled={running || disabled} aria-busy={running}>
      {running ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">⬇ </span>}
      {label}
    </button>
  );
}
