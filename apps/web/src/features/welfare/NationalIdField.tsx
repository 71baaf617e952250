import { useWatch } from 'react-hook-form';
import { useI18n } from '../../i18n';
import { TextField } from '../../ui/forms';
import { DuplicateWarning, OtherEnrolments } from './DuplicateWarning';
import { typedNationalIdIssue } from './registrationForm';
import type { RegistrationState } from './useRegistration';

/**
 * The national ID, checked as it is typed: a wrong character or a check digit that does not match is said at once
 * (the shared rule), and a valid ID is looked up in the whole country so a duplicate is said before saving.
 */
export function NationalIdField({ state }: { state: RegistrationState }) {
  const { t, msg } = useI18n();
  const { form, check, duplicate, others } = state;
  const typed = useWatch({ control: form.control, name: 'nationalId' });
  const issue = typedNationalIdIssue(typed);
  const error = msg(issue ?? form.formState.errors.nationalId?.message);
  let status: string | null = null;
  if (!issue && check.checking) status = t('welfare.reg.checking');
  else if (check.checked && !duplicate && check.enrolments.length === 0) status = t('welfare.reg.notEnrolled');

  return (
    <div className="welfare-id">
      <TextField
        id="reg-national-id"
        label={t('welfare.field.nationalId')}
        hint={t('welfare.field.nationalIdHint')}
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={17}
        error={error || undefined}
        registration={form.register('nationalId')}
        fieldClassName="field--wide"
      />
      <p className="muted welfare-id__status" role="status">
        {status}
      </p>
      {/* The rule broken while typing, read out at once (the field's own error is only its description). */}
      <p className="visually-hidden" aria-live="assertive">
        {issue ? msg(issue) : ''}
      </p>
      {check.problem && <p className="warning">{check.problem.message ?? t('welfare.reg.checkFailed')}</p>}
      {duplicate && <DuplicateWarning duplicate={duplicate} />}
      <OtherEnrolments enrolments={others} />
    </div>
  );
}
