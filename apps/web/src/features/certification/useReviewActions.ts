import { useMutation } from '@apollo/client/react';
import type { CertificationModule } from '@lao/domain';
import { reopenSubmissionMutation, returnSubmissionMutation, withdrawCertificationMutation } from './operations';

/** What may happen to an LAO's certified data besides certifying: withdraw it, return it, reopen it (with a reason). */
export type ReviewAction = 'WITHDRAW' | 'RETURN' | 'REOPEN';

/** The module's withdraw / return / reopen for one LAO and year; rejects with the server's error. */
export function useReviewActions(module: CertificationModule) {
  const [withdraw] = useMutation(withdrawCertificationMutation);
  const [returnSubmission] = useMutation(returnSubmissionMutation);
  const [reopen] = useMutation(reopenSubmissionMutation);
  return async (action: ReviewAction, laoCode: string, fiscalYear: number, reason?: string): Promise<void> => {
    const variables = { module, laoCode, fiscalYear };
    if (action === 'WITHDRAW') await withdraw({ variables });
    else if (action === 'RETURN') await returnSubmission({ variables: { ...variables, reason: reason ?? '' } });
    else await reopen({ variables: { ...variables, reason: reason ?? '' } });
  };
}
