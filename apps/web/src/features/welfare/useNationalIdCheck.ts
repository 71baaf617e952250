import { useQuery } from '@apollo/client/react';
import type { AllowanceType, BeneficiaryStatus } from '@lao/domain';
import { apiProblem } from '../../app/errors';
import { useDebounced } from '../../ui/useDebounced';
import { checkNationalIdQuery } from './operations';
import { checkedNationalId } from './registrationForm';

/** How long the check waits after the last key (each check is on the audit trail: not one per key). */
export const CHECK_DELAY_MS = 400;

export interface Enrolment {
  allowanceType: AllowanceType;
  status: BeneficiaryStatus;
  laoCode: string;
}

/**
 * Where a typed national ID is enrolled in the whole country, asked once the 13 digits pass the check digit and the
 * typing has paused (welfareCheckNationalId, audited), so a duplicate is said before saving.
 */
export function useNationalIdCheck(typed: string) {
  const nationalId = checkedNationalId(typed);
  const settled = useDebounced(nationalId, CHECK_DELAY_MS);
  const current = settled !== null && settled === nationalId;
  const check = useQuery(checkNationalIdQuery, { variables: { nationalId: settled ?? '' }, skip: !current, fetchPolicy: 'network-only' });
  const answered = current && check.data?.welfareCheckNationalId && check.variables?.nationalId === settled;
  const enrolments: readonly Enrolment[] = answered ? check.data!.welfareCheckNationalId.enrolments : [];
  return {
    /** A valid ID is being checked (typing paused or the answer on its way). */
    checking: nationalId !== null && (!current || check.loading),
    checked: Boolean(answered),
    enrolments,
    problem: current && check.error ? apiProblem(check.error) : null,
  };
}

/** The live enrolment (ACTIVE or SUSPENDED) of a type, which a new registration of that type would duplicate. */
export function liveEnrolmentOf(enrolments: readonly Enrolment[], type: AllowanceType | ''): Enrolment | null {
  return (type && enrolments.find((e) => e.allowanceType === type && e.status !== 'ENDED')) || null;
}
