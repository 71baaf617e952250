import { bangkokToday, END_REASON_LABELS, END_REASONS } from '@lao/domain';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { BeneficiaryStatusInput, EndBeneficiaryInput } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { DateField } from '../../ui/DateField';
import { schemaResolver, SelectField, TextField } from '../../ui/forms';
import { FormDialog, placeServerIssues } from './FormDialog';
import { emptyEnd, emptyStatus, endSchema, statusSchema, toEndInput, toStatusInput, type EndValues, type StatusValues } from './personForms';
import type { SaveResult } from './usePerson';

interface DialogProps<I> {
  id: string;
  name: string;
  onSave: (input: I) => Promise<SaveResult>;
  onDone: () => void;
  onClose: () => void;
}

/** ระงับการจ่าย / จ่ายต่อ from a day (BE, today unless told), with a note. */
export function StatusDialog({ id, name, action, onSave, onDone, onClose }: DialogProps<BeneficiaryStatusInput> & { action: 'SUSPEND' | 'RESUME' }) {
  const { t, msg } = useI18n();
  const today = useMemo(() => bangkokToday(), []);
  const resolver = useMemo(() => schemaResolver(statusSchema(today, id)), [today, id]);
  const form = useForm<StatusValues>({ resolver, defaultValues: emptyStatus(today) });
  const [problem, setProblem] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    const result = await onSave(toStatusInput(id, values));
    if (result.ok) return onDone();
    if (!placeServerIssues(result.fields, (path) => (path === 'note' ? 'note' : 'on'), form.setError)) setProblem(result.message ?? t('app.networkError'));
  });
  const suspend = action === 'SUSPEND';
  return (
    <FormDialog
      title={t(suspend ? 'welfare.suspend.title' : 'welfare.resume.title')}
      intro={<p>{t(suspend ? 'welfare.suspend.intro' : 'welfare.resume.intro', { name })}</p>}
      submitLabel={t(suspend ? 'welfare.suspend.submit' : 'welfare.resume.submit')}
      closeLabel={t('welfare.cancel')}
      busy={isSubmitting}
      problem={problem}
      danger={suspend}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
    >
      <DateField id="status-on" label={t(suspend ? 'welfare.suspend.on' : 'welfare.resume.on')} required data-autofocus error={msg(errors.on?.message) || undefined} registration={form.register('on')} />
      <TextField id="status-note" label={`${t('welfare.field.note')} (${t('form.optional')})`} maxLength={500} autoComplete="off" error={msg(errors.note?.message) || undefined} registration={form.register('note')} />
    </FormDialog>
  );
}

/** สิ้นสุดสิทธิ์: a reason (died, moved away, …), the day (BE) and a note; MOVED tells the official the new LAO registers. */
export function EndDialog({ id, name, onSave, onDone, onClose }: DialogProps<EndBeneficiaryInput>) {
  const { t, msg, lang } = useI18n();
  const today = useMemo(() => bangkokToday(), []);
  const resolver = useMemo(() => schemaResolver(endSchema(today, id)), [today, id]);
  const form = useForm<EndValues>({ resolver, defaultValues: emptyEnd(today) });
  const [problem, setProblem] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    const result = await onSave(toEndInput(id, values));
    if (result.ok) return onDone();
    const fieldOf = (path: string) => (path === 'reason' || path === 'note' ? path : 'endedOn') as keyof EndValues;
    if (!placeServerIssues(result.fields, fieldOf, form.setError)) setProblem(result.message ?? t('app.networkError'));
  });
  return (
    <FormDialog
      title={t('welfare.end.title')}
      intro={<p>{t('welfare.end.intro', { name })}</p>}
      submitLabel={t('welfare.end.submit')}
      closeLabel={t('welfare.cancel')}
      busy={isSubmitting}
      problem={problem}
      danger
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
    >
      <SelectField id="end-reason" label={t('welfare.end.reason')} required data-autofocus error={msg(errors.reason?.message) || undefined} registration={form.register('reason')}>
        <option value="">{t('welfare.end.chooseReason')}</option>
        {END_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {END_REASON_LABELS[reason][lang]}
          </option>
        ))}
      </SelectField>
      <DateField id="end-on" label={t('welfare.end.on')} required error={msg(errors.endedOn?.message) || undefined} registration={form.register('endedOn')} />
      <TextField id="end-note" label={`${t('welfare.field.note')} (${t('form.optional')})`} maxLength={500} autoComplete="off" error={msg(errors.note?.message) || undefined} registration={form.register('note')} />
      <p className="muted">{t('welfare.end.movedHint')}</p>
    </FormDialog>
  );
}
