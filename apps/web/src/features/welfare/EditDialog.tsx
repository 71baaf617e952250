import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '@lao/domain';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { UpdateBeneficiaryInput } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { schemaResolver, TextField } from '../../ui/forms';
import { AddressFields } from './AddressFields';
import { ChoiceField } from './ChoiceField';
import { FormDialog, placeServerIssues } from './FormDialog';
import { editDefaults, editFieldOf, editSchema, toUpdateInput, type EditValues } from './personForms';
import type { PersonData, SaveResult } from './usePerson';

interface EditDialogProps {
  person: PersonData;
  onSave: (input: UpdateBeneficiaryInput) => Promise<SaveResult>;
  onDone: () => void;
  onClose: () => void;
}

/** แก้ไขข้อมูล: a new address in the LAO's area (typed in full), the phone, how the allowance is paid and the account. */
export function EditDialog({ person, onSave, onDone, onClose }: EditDialogProps) {
  const { t, msg, lang } = useI18n();
  const [initial] = useState(() => editDefaults({ phone: person.person.phone, paymentMethod: person.paymentMethod, bankAccount: person.bankAccount }));
  const resolver = useMemo(() => schemaResolver(editSchema(person.id, initial)), [person.id, initial]);
  const form = useForm<EditValues>({ resolver, defaultValues: initial });
  const [problem, setProblem] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;
  const [changeAddress, paymentMethod] = useWatch({ control: form.control, name: ['changeAddress', 'paymentMethod'] });
  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    const input = toUpdateInput(person.id, values, initial);
    // Nothing changed: nothing to record.
    if (Object.keys(input).length === 1) return onClose();
    const result = await onSave(input);
    if (result.ok) return onDone();
    if (!placeServerIssues(result.fields, editFieldOf, form.setError)) setProblem(result.message ?? t('app.networkError'));
  });

  return (
    <FormDialog
      title={t('welfare.edit.title')}
      submitLabel={t('welfare.edit.submit')}
      closeLabel={t('welfare.cancel')}
      busy={isSubmitting}
      problem={problem}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
    >
      <fieldset className="field">
        <legend className="field__label">{t('welfare.field.address')}</legend>
        <p className="muted">{person.person.address ?? '—'}</p>
        <label className="choice" htmlFor="edit-change-address">
          <input id="edit-change-address" type="checkbox" data-autofocus {...form.register('changeAddress')} />
          <span>{t('welfare.edit.changeAddress')}</span>
        </label>
      </fieldset>
      {changeAddress && (
        <div className="form--grid">
          <AddressFields
            laoCode={person.laoCode}
            idPrefix="edit"
            register={(name) => form.register(name)}
            errors={{ houseNo: errors.houseNo?.message, villageNo: errors.villageNo?.message, street: errors.street?.message, subdistrictCode: errors.subdistrictCode?.message }}
          />
        </div>
      )}
      <TextField
        id="edit-phone"
        label={`${t('welfare.field.phone')} (${t('form.optional')})`}
        type="tel"
        inputMode="tel"
        maxLength={12}
        autoComplete="off"
        error={msg(errors.phone?.message) || undefined}
        registration={form.register('phone')}
      />
      <ChoiceField
        id="edit-payment"
        legend={t('welfare.field.paymentMethod')}
        options={PAYMENT_METHODS.map((method) => ({ value: method, label: PAYMENT_METHOD_LABELS[method][lang] }))}
        error={msg(errors.paymentMethod?.message) || undefined}
        registration={form.register('paymentMethod')}
      />
      {paymentMethod === 'BANK_TRANSFER' && (
        <TextField
          id="edit-bank"
          label={t('welfare.field.bankAccount')}
          hint={t('welfare.field.bankAccountHint')}
          required
          inputMode="numeric"
          maxLength={15}
          autoComplete="off"
          error={msg(errors.bankAccount?.message) || undefined}
          registration={form.register('bankAccount')}
        />
      )}
    </FormDialog>
  );
}
