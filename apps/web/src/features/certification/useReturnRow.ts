import type { CertificationModule } from '@lao/domain';
import { useState } from 'react';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { useReviewActions } from './useReviewActions';

/**
 * Returning one LAO's certified data from the province's list, with a reason (RETURN, offered on the rows whose
 * allowedActions include it): the row being returned, the request, and what happened.
 */
export function useReturnRow(module: CertificationModule, fiscalYear: number, onReturned: () => Promise<void>) {
  const { t } = useI18n();
  const review = useReviewActions(module);
  const [row, setRow] = useState<{ laoCode: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [returned, setReturned] = useState<string | null>(null);

  const ask = (laoCode: string, name: string) => {
    setError(null);
    setReturned(null);
    setRow({ laoCode, name });
  };
  const submit = async (reason: string) => {
    if (!row) return { ok: false };
    setBusy(true);
    setError(null);
    try {
      await review('RETURN', row.laoCode, fiscalYear, reason);
      setReturned(row.name);
      setRow(null);
      await onReturned();
      return { ok: true };
    } catch (e) {
      const problem = apiProblem(e);
      setError(problem.message ?? t('app.networkError'));
      return { ok: false, fields: problem.fields };
    } finally {
      setBusy(false);
    }
  };

  return { row, busy, error, returned, ask, submit, cancel: () => setRow(null) };
}

export type ReturnRow = ReturnType<typeof useReturnRow>;
