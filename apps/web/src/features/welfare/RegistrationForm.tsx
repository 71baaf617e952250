import { ALLOWANCE_TYPES, PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '@lao/domain';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { DateField } from '../../ui/DateField';
import { todayBangkok } from '../../ui/dates';
import { ErrorAlert } from '../../ui/feedback';
import { TextField } from '../../ui/forms';
import { AddressFields } from './AddressFields';
import { AmountPreview } from './AmountPreview';
import { ChoiceField } from './ChoiceField';
import { allowanceLabel } from './format';
import { NationalIdField } from './NationalIdField';
import { COMMON_TITLES } from './registrationForm';
import type { RegistrationState } from './useRegistration';

interface RegistrationFormProps {
  laoCode: string;
  state: RegistrationState;
  cancelHref: string;
}

/**
 * ลงทะเบียน: the ID first (checked as typed, duplicates said at once), the person, the address in the LAO's area, the
 * allowance and how it is paid; the bank account appears for a bank transfer, the disability card for the disability
 * allowance; the amount and first month the rules give are shown before saving.
 */
export function RegistrationForm({ laoCode, state, cancelHref }: RegistrationFormProps) {
  const { t, msg, lang } = useI18n();
  const { form, submit, problem } = state;
  const { register, control } = form;
  const { errors, isSubmitting } = form.formState;
  const [allowanceType, paymentMethod] = useWatch({ control, name: ['allowanceType', 'paymentMethod'] });
  const error = (message: string | undefined) => msg(message) || undefined;
  const sexOptions = [
    { value: 'MALE', label: t('welfare.sex.MALE') },
    { value: 'FEMALE', label: t('welfare.sex.FEMALE') },
  ];

  return (
    <form className="form welfare-form" noValidate onSubmit={(e) => void submit(e)}>
      <fieldset className="card">
        <legend>{t('welfare.reg.idSection')}</legend>
        <NationalIdField state={state} />
      </fieldset>

      <fieldset className="card">
        <legend>{t('welfare.reg.personSection')}</legend>
        <div className="form--grid">
          <TextField id="reg-title" label={t('welfare.field.title')} required maxLength={30} list="reg-titles" autoComplete="off" error={error(errors.title?.message)} registration={register('title')} />
          <datalist id="reg-titles">
            {COMMON_TITLES.map((title) => (
              <option key={title} value={title} />
            ))}
          </datalist>
          <TextField id="reg-first" label={t('welfare.field.firstName')} required maxLength={100} autoComplete="off" error={error(errors.firstName?.message)} registration={register('firstName')} />
          <TextField id="reg-last" label={t('welfare.field.lastName')} required maxLength={100} autoComplete="off" error={error(errors.lastName?.message)} registration={register('lastName')} />
          <DateField id="reg-birth" label={t('welfare.field.birthDate')} max={todayBangkok()} required error={error(errors.birthDate?.message)} registration={register('birthDate')} />
          <ChoiceField id="reg-sex" legend={t('welfare.field.sex')} options={sexOptions} error={error(errors.sex?.message)} registration={register('sex')} />
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>{t('welfare.reg.addressSection')}</legend>
        <div className="form--grid">
          <AddressFields
            laoCode={laoCode}
            idPrefix="reg"
            register={(name) => register(name)}
            errors={{ houseNo: errors.houseNo?.message, villageNo: errors.villageNo?.message, street: errors.street?.message, subdistrictCode: errors.subdistrictCode?.message }}
          />
          <TextField
            id="reg-phone"
            label={`${t('welfare.field.phone')} (${t('form.optional')})`}
            type="tel"
            inputMode="tel"
            maxLength={12}
            autoComplete="off"
            error={error(errors.phone?.message)}
            registration={register('phone')}
          />
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>{t('welfare.reg.allowanceSection')}</legend>
        <div className="form--grid">
          <ChoiceField
            id="reg-type"
            legend={t('welfare.field.allowanceType')}
            options={ALLOWANCE_TYPES.map((type) => ({ value: type, label: allowanceLabel(type, lang) }))}
            error={error(errors.allowanceType?.message)}
            registration={register('allowanceType')}
          />
          <DateField id="reg-registered" label={t('welfare.field.registeredOn')} required error={error(errors.registeredOn?.message)} registration={register('registeredOn')} />
          {allowanceType === 'DISABILITY' && (
            <TextField
              id="reg-card"
              label={t('welfare.field.disabilityCardNo')}
              required
              maxLength={30}
              autoComplete="off"
              error={error(errors.disabilityCardNo?.message)}
              registration={register('disabilityCardNo')}
            />
          )}
          <ChoiceField
            id="reg-payment"
            legend={t('welfare.field.paymentMethod')}
            options={PAYMENT_METHODS.map((method) => ({ value: method, label: PAYMENT_METHOD_LABELS[method][lang] }))}
            error={error(errors.paymentMethod?.message)}
            registration={register('paymentMethod')}
          />
          {paymentMethod === 'BANK_TRANSFER' && (
            <TextField
              id="reg-bank"
              label={t('welfare.field.bankAccount')}
              hint={t('welfare.field.bankAccountHint')}
              required
              inputMode="numeric"
              maxLength={15}
              autoComplete="off"
              error={error(errors.bankAccount?.message)}
              registration={register('bankAccount')}
            />
          )}
        </div>
        <AmountPreview control={control} />
      </fieldset>

      <ErrorAlert>{problem}</ErrorAlert>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting && <span className="spinner" aria-hidden="true" />}
          {t('welfare.reg.submit')}
        </button>
        <Link to={cancelHref} className="button button--secondary">
          {t('welfare.cancel')}
        </Link>
      </div>
    </form>
  );
}
