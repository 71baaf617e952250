import { extendCertificationCycleSchema, extensionProblem, MAX_WINDOWS_PER_CYCLE, windowProblems, type CertificationModule, type WindowMessage } from '@lao/domain';
import { useState } from 'react';
import { useFieldArray, useForm, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { UnsavedChangesDialog, useUnsavedGuard } from '../../ui/unsavedChanges';
import { z } from 'zod';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { DateField } from '../../ui/DateField';
import { formatDay, parseDateBE, todayBangkok } from '../../ui/dates';
import { schemaResolver, TextField } from '../../ui/forms';
import { endOfDayBangkok, extensionDays, fromBangkokInput } from './cycleDates';
import type { WindowInput } from './useCycleAdmin';

export { endOfDayBangkok } from './cycleDates';

export interface ExtendCycleInput {
  module: CertificationModule;
  fiscalYear: number;
  scopeCode: string;
  until: string;
}

/**
 * The extension as typed: a scope, and a day typed in BE (never the browser's Christian-Era picker) that is a real
 * day, not before today, and after the deadline it extends by the shared rule (extensionProblem), as the API checks.
 */
function extendFormSchema(deadline: string, today: string) {
  return z.object({
    scopeCode: extendCertificationCycleSchema.shape.scopeCode,
    until: z
      .string()
      .trim()
      .min(1, { error: 'input.required', abort: true })
      .refine((typed) => parseDateBE(typed) !== null, { error: 'input.date', abort: true })
      .refine((typed) => parseDateBE(typed)! >= today, { error: 'input.dateInPast', abort: true })
      .superRefine((typed, ctx) => {
        const problem = extensionProblem(new Date(deadline), new Date(endOfDayBangkok(parseDateBE(typed)!)));
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  });
}

/** Which field of a window a problem of the shared rules belongs under. */
const PROBLEM_FIELD: Record<WindowMessage, 'opensAt' | 'closesAt'> = {
  'window.none': 'opensAt',
  'window.tooMany': 'opensAt',
  'window.closesBeforeOpens': 'closesAt',
  'window.outsideFiscalYear': 'opensAt',
  'window.overlap': 'opensAt',
  'window.extensionBeforeDeadline': 'closesAt',
  'window.extensionTooLate': 'closesAt',
  'window.deadlineMismatch': 'closesAt',
};

/** The windows as typed (BE date and time, Bangkok time), checked by the shared rules (windowProblems) as the API checks them. */
function windowsFormSchema(fiscalYear: number) {
  const time = z
    .string()
    .min(1, { error: 'input.required' })
    .refine((value) => fromBangkokInput(value) !== null, { error: 'input.date' });
  return z.object({ windows: z.array(z.object({ opensAt: time, closesAt: time })) }).superRefine(({ windows }, ctx) => {
    const parsed = windows.map((w) => ({ opensAt: fromBangkokInput(w.opensAt), closesAt: fromBangkokInput(w.closesAt) }));
    if (parsed.some((w) => !w.opensAt || !w.closesAt)) return;
    const dates = parsed.map((w) => ({ opensAt: new Date(w.opensAt!), closesAt: new Date(w.closesAt!) }));
    for (const p of windowProblems(fiscalYear, dates)) ctx.addIssue({ code: 'custom', path: ['windows', p.index, PROBLEM_FIELD[p.message]], message: p.message });
  });
}

/** Puts the server's field issues under their fields (windows.N.field, or the window's opening); anything else is one message. */
function showProblem<T extends FieldValues>(e: unknown, fieldOf: (path: string) => Path<T> | null, setError: UseFormSetError<T>, fallback: string): string | null {
  const p = apiProblem(e);
  let placed = false;
  for (const issue of p.fields) {
    const field = fieldOf(issue.path);
    if (field) {
      setError(field, { type: 'server', message: issue.message }, { shouldFocus: !placed });
      placed = true;
    }
  }
  return placed ? null : (p.message ?? fallback);
}

interface WindowsFormProps {
  fiscalYear: number;
  /** The cycle's windows as the date-time field shows them, "15/05/2570 08:30" (one empty row for a new cycle). */
  initial: WindowInput[];
  onSubmit: (windows: WindowInput[]) => Promise<void>;
}

/** Opens the cycle or changes it: one or more windows (LEC has two a year), each from a date and time to a date and time. */
export function WindowsForm({ fiscalYear, initial, onSubmit }: WindowsFormProps) {
  const { t, msg } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm({ resolver: schemaResolver(windowsFormSchema(fiscalYear)), defaultValues: { windows: initial } });
  const guard = useUnsavedGuard(isDirty);
  const { fields, append, remove } = useFieldArray({ control, name: 'windows' });

  const submit = handleSubmit(async ({ windows }) => {
    setStatus(null);
    setProblem(null);
    try {
      await onSubmit(windows.map((w) => ({ opensAt: fromBangkokInput(w.opensAt)!, closesAt: fromBangkokInput(w.closesAt)! })));
      // Saved: what is on screen is now the cycle's, nothing to lose on leaving.
      reset({ windows });
      setStatus(t('cycles.opened', { year: fiscalYear }));
    } catch (e) {
      const fieldOf = (path: string) => {
        const match = /^windows\.(\d+)(?:\.(opensAt|closesAt))?/.exec(path);
        if (match) return `windows.${Number(match[1])}.${match[2] === 'closesAt' ? 'closesAt' : 'opensAt'}` as const;
        return path === 'deadline' && fields.length > 0 ? (`windows.${fields.length - 1}.closesAt` as const) : null;
      };
      setProblem(showProblem(e, fieldOf, setError, t('app.networkError')));
    }
  });

  return (
    <section className="card" aria-labelledby="open-cycle-title">
      <UnsavedChangesDialog guard={guard} section={t('cycles.openTitle')} />
      <h2 id="open-cycle-title">{t('cycles.openTitle')}</h2>
      <p className="muted">{t('cycles.windowsIntro')}</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        {fields.map((field, index) => (
          <fieldset key={field.id} className="form--inline cycle-window">
            <legend>{t('cycles.windowNo', { n: index + 1 })}</legend>
            <DateField
              id={`cycle-window-${index}-opens`}
              withTime
              defaultTime="08:30"
              label={t('cycles.opensAt')}
              required
              error={msg(errors.windows?.[index]?.opensAt?.message)}
              registration={register(`windows.${index}.opensAt`)}
            />
            <DateField
              id={`cycle-window-${index}-closes`}
              withTime
              defaultTime="23:59"
              label={t('cycles.closesAt')}
              required
              error={msg(errors.windows?.[index]?.closesAt?.message)}
              registration={register(`windows.${index}.closesAt`)}
            />
            {fields.length > 1 && (
              <button type="button" className="button button--quiet" onClick={() => remove(index)}>
                {t('cycles.removeWindow', { n: index + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => append({ opensAt: '', closesAt: '' })}
            disabled={fields.length >= MAX_WINDOWS_PER_CYCLE}
          >
            + {t('cycles.addWindow')}
          </button>
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('cycles.openSubmit')}
          </button>
        </div>
      </form>
      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert>{problem}</ErrorAlert>
    </section>
  );
}

interface ExtendCycleFormProps {
  module: CertificationModule;
  fiscalYear: number;
  /** The cycle's deadline (ISO moment): an extension ends after it. */
  deadline: string;
  /** Changing an extension: its scope and its day as the field shows it ("30/06/2570"). */
  initial?: { scopeCode: string; until: string };
  onSubmit: (input: ExtendCycleInput) => Promise<void>;
}

/** A later close for one province or one LAO (the end of the chosen day, Bangkok time); the same scope again changes it. */
export function ExtendCycleForm({ module, fiscalYear, deadline, initial, onSubmit }: ExtendCycleFormProps) {
  const { t, msg, lang } = useI18n();
  const today = todayBangkok();
  const days = extensionDays(deadline, today);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm({ resolver: schemaResolver(extendFormSchema(deadline, today)), defaultValues: { scopeCode: initial?.scopeCode ?? '', until: initial?.until ?? '' } });
  const guard = useUnsavedGuard(isDirty);

  const submit = handleSubmit(async (values) => {
    setStatus(null);
    setProblem(null);
    try {
      await onSubmit({ module, fiscalYear, scopeCode: values.scopeCode, until: endOfDayBangkok(parseDateBE(values.until)!) });
      reset({ scopeCode: '', until: '' });
      setStatus(t('cycles.extended', { code: values.scopeCode }));
    } catch (e) {
      const fieldOf = (path: string) => (path === 'scopeCode' || path === 'until' ? path : null);
      setProblem(showProblem(e, fieldOf, setError, t('app.networkError')));
    }
  });

  return (
    <section className="card" aria-labelledby="extend-cycle-title">
      <UnsavedChangesDialog guard={guard} section={t('cycles.extendTitle')} />
      <h2 id="extend-cycle-title">{t('cycles.extendTitle')}</h2>
      <form className="form form--inline" noValidate onSubmit={(e) => void submit(e)}>
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
        <DateField
          id="cycle-until"
          label={t('cycles.until')}
          hint={t('cycles.untilHint', { deadline: formatDay(deadline, lang) })}
          required
          min={days.min}
          max={days.max}
          error={msg(errors.until?.message)}
          registration={register('until')}
        />
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t('cycles.extendSubmit')}
        </button>
      </form>
      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert>{problem}</ErrorAlert>
    </section>
  );
}
