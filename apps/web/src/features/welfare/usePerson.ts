import { useMutation, useQuery } from '@apollo/client/react';
import type { FieldIssue } from '@lao/domain';
import { apiProblem } from '../../app/errors';
import type { BeneficiaryStatusInput, EndBeneficiaryInput, UpdateBeneficiaryInput } from '../../generated/graphql';
import {
  beneficiaryQuery,
  endBeneficiaryMutation,
  resumeBeneficiaryMutation,
  revealNationalIdMutation,
  suspendBeneficiaryMutation,
  updateBeneficiaryMutation,
} from './operations';

/** What a dialog's save answers: done, or the server's refusal (field issues go under their fields). */
export type SaveResult = { ok: true } | { ok: false; message: string | null; fields: FieldIssue[] };

async function saving(run: () => Promise<unknown>): Promise<SaveResult> {
  try {
    await run();
    return { ok: true };
  } catch (e) {
    const problem = apiProblem(e);
    return { ok: false, message: problem.message, fields: problem.fields };
  }
}

/**
 * One enrolment as the person page needs it (fresh on opening: the read is what the audit trail records), and its
 * changes: edit, suspend, resume, end (each answers the enrolment, which replaces the cached one), and revealing the
 * full national ID for a stated purpose (kept by the page only, never cached).
 */
export function usePerson(id: string) {
  const person = useQuery(beneficiaryQuery, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const refetchQueries = ['WelfareBeneficiaries', 'WelfareYear', 'AuditTrail'];
  const [update] = useMutation(updateBeneficiaryMutation, { refetchQueries });
  const [suspend] = useMutation(suspendBeneficiaryMutation, { refetchQueries });
  const [resume] = useMutation(resumeBeneficiaryMutation, { refetchQueries });
  const [end] = useMutation(endBeneficiaryMutation, { refetchQueries });
  const [reveal] = useMutation(revealNationalIdMutation, { fetchPolicy: 'no-cache', refetchQueries: ['AuditTrail'] });
  const data = person.data?.welfareBeneficiary;

  return {
    data,
    loading: person.loading && !data,
    /** The API answered, and there is no such enrolment (or not for this caller). */
    missing: !person.loading && !person.error && person.data !== undefined && !data,
    loadProblem: !data && person.error ? apiProblem(person.error) : null,
    retry: () => void person.refetch().catch(() => undefined),
    update: (input: UpdateBeneficiaryInput) => saving(() => update({ variables: { input } })),
    suspend: (input: BeneficiaryStatusInput) => saving(() => suspend({ variables: { input } })),
    resume: (input: BeneficiaryStatusInput) => saving(() => resume({ variables: { input } })),
    end: (input: EndBeneficiaryInput) => saving(() => end({ variables: { input } })),
    /** The full ID, or the refusal. */
    reveal: async (purpose: string): Promise<{ ok: true; nationalId: string } | { ok: false; message: string | null; fields: FieldIssue[] }> => {
      try {
        const result = await reveal({ variables: { id, purpose } });
        return { ok: true, nationalId: result.data?.revealNationalId ?? '' };
      } catch (e) {
        const problem = apiProblem(e);
        return { ok: false, message: problem.message, fields: problem.fields };
      }
    },
  };
}

export type PersonState = ReturnType<typeof usePerson>;
export type PersonData = NonNullable<PersonState['data']>;
