import { useMutation } from '@apollo/client/react';
import { bangkokToday, type AllowanceType } from '@lao/domain';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { schemaResolver } from '../../ui/forms';
import { registerBeneficiaryMutation } from './operations';
import { emptyRegistration, registrationFieldOf, registrationSchema, toRegisterInput, type RegistrationValues } from './registrationForm';
import { liveEnrolmentOf, useNationalIdCheck, type Enrolment } from './useNationalIdCheck';

/** A duplicate the form must say: found by the check while typing, or by the server's CONFLICT (DUPLICATE). */
export interface Duplicate {
  allowanceType: AllowanceType;
  laoCode: string;
}

/**
 * The registration form: react-hook-form with the shared rules of today (registerBeneficiarySchema), the ID checked
 * for enrolments anywhere while it is typed, and registerBeneficiary; the server's field issues land under their
 * fields and its DUPLICATE conflict is said the way the check says it. `onRegistered` gets the new enrolment's id.
 */
export function useRegistration(laoCode: string, onRegistered: (id: string) => void) {
  const { t } = useI18n();
  const today = useMemo(() => bangkokToday(), []);
  const resolver = useMemo(() => schemaResolver(registrationSchema(today, laoCode)), [today, laoCode]);
  const form = useForm<RegistrationValues>({ resolver, defaultValues: emptyRegistration(today), mode: 'onTouched' });
  const [register] = useMutation(registerBeneficiaryMutation, { refetchQueries: ['WelfareBeneficiaries', 'WelfareYear'] });
  const [problem, setProblem] = useState<string | null>(null);
  const [serverDuplicate, setServerDuplicate] = useState<(Duplicate & { nationalId: string }) | null>(null);

  const [typedId, allowanceType] = useWatch({ control: form.control, name: ['nationalId', 'allowanceType'] });
  const check = useNationalIdCheck(typedId);
  const digits = typedId.replace(/[\s-]/g, '');
  const fromServer = serverDuplicate && serverDuplicate.nationalId === digits && serverDuplicate.allowanceType === allowanceType ? serverDuplicate : null;
  const duplicate: Duplicate | null = liveEnrolmentOf(check.enrolments, allowanceType) ?? fromServer;
  const others: readonly Enrolment[] = check.enrolments.filter((e) => !duplicate || e.allowanceType !== duplicate.allowanceType || e.laoCode !== duplicate.laoCode);

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    if (duplicate) {
      setProblem(t('welfare.reg.duplicateBlocked'));
      return;
    }
    try {
      const result = await register({ variables: { input: toRegisterInput(values, laoCode) } });
      const id = result.data?.registerBeneficiary.id;
      if (id) onRegistered(id);
    } catch (e) {
      const p = apiProblem(e);
      if (p.code === 'CONFLICT' && p.extensions.reason === 'DUPLICATE' && typeof p.extensions.laoCode === 'string') {
        setServerDuplicate({ nationalId: digits, allowanceType: (p.extensions.allowanceType as AllowanceType | undefined) ?? (values.allowanceType as AllowanceType), laoCode: p.extensions.laoCode });
        return;
      }
      let placed = false;
      for (const issue of p.fields) {
        const field = registrationFieldOf(issue.path);
        if (!field) continue;
        form.setError(field, { type: 'server', message: issue.message }, { shouldFocus: !placed });
        placed = true;
      }
      if (!placed) setProblem(p.message ?? t('app.networkError'));
    }
  });

  return { form, submit, problem, check, duplicate, others, today };
}

export type RegistrationState = ReturnType<typeof useRegistration>;
