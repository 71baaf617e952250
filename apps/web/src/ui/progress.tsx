import { formatNumber } from '@lao/domain';
import { useEffect, useRef, useState } from 'react';
import { apiProblem } from '../app/errors';
import { useI18n } from '../i18n';
import './progress.css';

export interface Progress {
  done: number;
  total: number;
}

/** A long export's progress: how many rows are in, the total, and a way to stop it. */
export type PagedWork = (signal: AbortSignal, onProgress: (done: number, total: number) => void) => Promise<string>;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * An export that pages the API in the background (the whole country is 16 pages of 500 LAOs): its progress for a
 * bar, cancel, and the line that says what was written (or that it was cancelled). Leaving the page cancels it.
 */
export function usePagedExport() {
  const { t } = useI18n();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = async (work: PagedWork) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setProgress({ done: 0, total: 0 });
    setMessage(null);
    setError(null);
    try {
      const done = await work(current.signal, (rows, total) => {
        if (!current.signal.aborted) setProgress({ done: rows, total });
      });
      if (!current.signal.aborted) setMessage(done);
    } catch (e) {
      if (isAbort(e) || current.signal.aborted) setMessage(t('progress.cancelled'));
      else setError(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      if (controller.current === current) controller.current = null;
      setProgress(null);
    }
  };
  const cancel = () => controller.current?.abort();

  return { running: progress !== null, progress, message, error, run, cancel };
}

/** A labelled progress bar ("500 / 7,853 อปท.") with "ยกเลิก"; screen readers hear the label, not every tick. */
export function ProgressBar({ label, progress, onCancel }: { label: string; progress: Progress; onCancel: () => void }) {
  const { t } = useI18n();
  const known = progress.total > 0;
  return (
    <div className="progress">
      <label className="progress__label">
        {label}
        {known && <span className="progress__count"> {t('progress.count', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}</span>}
        {/* Without a total yet the bar is indeterminate (no value). */}
        <progress className="progress__bar" max={known ? progress.total : undefined} value={known ? progress.done : undefined} />
      </label>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('progress.cancel')}
      </button>
    </div>
  );
}
