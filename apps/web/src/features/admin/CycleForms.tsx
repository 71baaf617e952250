import { extendCertificationCycleSchema, openCertificationCycleSchema } from '@lao/domain';
import { useState } from 'react';
import { useForm, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import type { SubmissionModule } from '../certification/module';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { schemaResolver, TextField } from '../../ui/forms';

export interface OpenCycleInput {
  module: SubmissionModule;
  fiscalYear: number;
  deadline: string;
}

export interface ExtendCycleInput {
  module: SubmissionModule;
  fiscalYear: number;
  scopeCode: string;
  until: string;
}

/** A date input's day (coerced by the schema to UTC midnight) as the end of that day in Bangkok. */
export function endOfDayBangkok(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T23:59:59+07:00`;
}

const openFormSchema = openCertificationCycleSchema.pick({ deadline: true });
const extendFormSchema = extendCertificationCycleSchema.pick({ scopeCode: true, until: true });

/** Puts the server's field issues under their fields; anything else is one message for the form. */
function showProblem<T extends FieldValues>(e: unknown, fields: readonly Path<T>[], setError: UseFormSetError<T>, fallback: string): string | null {
  const p = apiProblem(e);
  let placed = false;
  for (const issue of p.fields) {
    const field = fields.find((f) => f === issue.path);
    if (field) {
      setError(field, { type: 'server', message: issue.message }, { shouldFocus: !placed });
      placed = true;
    }
  }
  return placed ? null : (p.message ?? fallback);
}

export function OpenCycleForm({ module, fiscalYear, onSubmit }: { module: SubmissionModule; fiscalYear: number; onSubmit: (input: OpenCycleInput) => Promise<void> }) {
  const { t, msg } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: schemaResolver(openFormSchema), defaultValues: { deadline: '' } });

  const submit = handleSubmit(async (values) => {
    setStatus(null);
    setProblem(null);
    try {
      await onSubmit({ module, fiscalYear, deadline: endOfDayBangkok(values.deadline) });
      setStatus(t('cycles.opened', { year: fiscalYear }));
    } catch (e) {
      setProblem(showProblem(e, ['deadline'], setError, t('app.networkError')));
    }
  });

  return (
    <section className="card" aria-labelledby="open-cycle-title">
      <h2 id="open-cycle-title">{t('cycles.openTitle')}</h2>
      <form className="form form--inline" noValidate onSubmit={submit}>
        <TextField id="cycle-deadline" type="date" label={t('cycles.deadline')} required error={msg(errors.deadline?.message)} registration={register('deadline')} />
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t('cycles.openSubmit')}
        </button>
      </form>
      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert>{problem}</ErrorAlert>
    </section>
  );
}

export function ExtendCycleForm({ module, fiscalYear, onSubmit }: { module: SubmissionModule; fiscalYear: number; onSubmit: (input: ExtendCycleInput) => Promise<void> }) {
  const { t, msg } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: schemaResolver(extendFormSchema), defaultValues: { scopeCode: '', until: '' } });

  const submit = handleSubmit(async (values) => {
    setStatus(null);
    setProblem(null);
    try {
      await onSubmit({ module, fiscalYear, scopeCode: values.scopeCode, until: endOfDayBangkok(values.until) });
      reset();
      setStatus(t('cycles.extended', { code: values.scopeCode }));
    } catch (e) {
      setProblem(showProblem(e, ['scopeCode', 'until'], setError, t('app.networkError')));
    }
  });

  return (
    <section className="card" aria-labelledby="extend-cycle-title">
      <h2 id="extend-cycle-title">{t('cycles.extendTitle')}</h2>
      <form className="form form--inline" noValidate onSubmit={submit}>
        <TextField
          id="cycle-scope"
          label={t('cycles.scopeCode')}
          hint={t('cycles.scopeHint')}
          required
          inputMode="numeric"
          maxLength={7}
          error={msg(errors.scopeCode?.message)}
          registration={register('scopeCode')}
        />
        <TextField id="cycle-until" type="date" label={t('cycles.until')} required error={msg(errors.until?.message)} registration={register('until')} />
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t('cycles.extendSubmit')}
        </button>
      </form>
      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert>{problem}</ErrorAlert>
    </section>
  );
}
