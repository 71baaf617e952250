import type { FieldIssue, IndicatorValue } from '@lao/domain';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { schemaResolver } from '../../ui/forms';
import { IndicatorField, LINKED_SYSTEM } from './IndicatorField';
import {
  domainFormSchema,
  formatIndicatorValue,
  indicatorLabel,
  isEditable,
  toFormValues,
  type DomainFormValues,
  type DomainValues,
  type Indicator,
} from './indicators';

export interface IndicatorValueInput {
  indicatorCode: string;
  value: IndicatorValue;
}

/** What saving returned: the values as stored, or the server's refusal (field issues index the values sent). */
export type DomainSaveResult =
  | { ok: true; values?: ReadonlyMap<string, IndicatorValue> }
  | { ok: false; message?: string | null; fields?: FieldIssue[] };

export interface DomainFormProps {
  /** The domain's indicators in catalogue order (linked ones included: they are shown read-only). */
  indicators: readonly Indicator[];
  values: ReadonlyMap<string, IndicatorValue>;
  /** Called with every typed-in indicator of the domain, in catalogue order, converted and validated. */
  onSave: (values: IndicatorValueInput[]) => Promise<DomainSaveResult>;
  /** Offer "save and go to the next domain" (not on the last one). */
  hasNext?: boolean;
  /** After a successful save; `next` when the user asked to move on. */
  onSaved?: (next: boolean) => void;
  onDirtyChange?: (dirty: boolean) => void;
  idPrefix?: string;
}

const SERVER_PATH = /^values\.(\d+)\.(value|indicatorCode)$/;

/**
 * One INFO domain as a form generated from the catalogue: no field is written by hand, a new indicator is a new
 * row in the catalogue. Validation is the API's own (indicatorValueSchema per indicator), so what the form
 * accepts the server accepts; the server's refusals come back on their fields.
 */
export function DomainForm({ indicators, values, onSave, hasNext = false, onSaved, onDirtyChange, idPrefix = 'info' }: DomainFormProps) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<'save' | 'next' | null>(null);
  const typedIn = useMemo(() => indicators.filter(isEditable), [indicators]);
  const schema = useMemo(() => domainFormSchema(indicators), [indicators]);
  const [defaultValues] = useState(() => toFormValues(indicators, values));
  const {
    register,
    handleSubmit,
    reset,
    setError,
    setValue,
    control,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = useForm<DomainFormValues, unknown, DomainValues>({
    resolver: schemaResolver(schema) as unknown as Resolver<DomainFormValues, unknown, DomainValues>,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const current = useWatch({ control });

  useEffect(() => {
    onDirtyChange?.(isDirty);
  }, [isDirty, onDirtyChange]);

  const save = async (formValues: DomainValues, next: boolean) => {
    setSaved(false);
    setProblem(null);
    setPending(next ? 'next' : 'save');
    const list: IndicatorValueInput[] = typedIn.map((i) => ({ indicatorCode: i.code, value: formValues[i.code] ?? null }));
    try {
      const result = await onSave(list);
      if (result.ok) {
        const stored = result.values ?? new Map(list.map((v) => [v.indicatorCode, v.value]));
        reset(toFormValues(indicators, stored));
        setSaved(!next);
        onSaved?.(next);
        return;
      }
      const unplaced: string[] = [];
      let focus = true;
      for (const issue of result.fields ?? []) {
        const index = SERVER_PATH.exec(issue.path)?.[1];
        const code = index === undefined ? undefined : list[Number(index)]?.indicatorCode;
        if (code) {
          setError(code, { type: 'server', message: issue.message }, { shouldFocus: focus });
          focus = false;
        } else {
          unplaced.push(issue.message);
        }
      }
      if ((result.fields?.length ?? 0) > 0 && unplaced.length === 0) return; // each is shown on its field
      setProblem(unplaced.length ? [...new Set(unplaced)].join(' ') : (result.message ?? t('app.networkError')));
    } finally {
      setPending(null);
    }
  };

  const onInvalid = () => {
    setSaved(false);
    setProblem(null);
  };
  // How many fields are wrong now (the summary goes away as they are fixed).
  const invalidCount = submitCount > 0 ? typedIn.filter((i) => errors[i.code]).length : 0;

  return (
    <form
      className="form domain-form"
      noValidate
      onSubmit={handleSubmit((v) => save(v, false), onInvalid)}
      onChange={() => setSaved(false)}
    >
      <p className="muted domain-form__legend">{t('infoForm.requiredLegend')}</p>
      {indicators.map((indicator) => (
        <IndicatorField
          key={indicator.code}
          indicator={indicator}
          id={`${idPrefix}-${indicator.code}`}
          register={register}
          setValue={setValue}
          current={current[indicator.code]}
          error={errors[indicator.code]}
          linkedValue={values.get(indicator.code)}
        />
      ))}
      <ErrorAlert>{invalidCount > 0 ? t('infoForm.fixErrors', { count: invalidCount }) : null}</ErrorAlert>
      <ErrorAlert>{problem}</ErrorAlert>
      <div className="form__actions domain-form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting} aria-busy={pending === 'save' || undefined}>
          {pending === 'save' && <span className="spinner" aria-hidden="true" />}
          {t('infoForm.save')}
        </button>
        {hasNext && (
          <button
            type="button"
            className="button button--secondary"
            disabled={isSubmitting}
            aria-busy={pending === 'next' || undefined}
            onClick={() => void handleSubmit((v) => save(v, true), onInvalid)()}
          >
            {pending === 'next' && <span className="spinner" aria-hidden="true" />}
            {t('infoForm.saveAndNext')} <span aria-hidden="true">›</span>
          </button>
        )}
        <StatusMessage>{saved ? t('infoForm.saved') : null}</StatusMessage>
      </div>
    </form>
  );
}

/** A domain read-only: every indicator with its value as people read it, or "not recorded". */
export function DomainView({ indicators, values }: { indicators: readonly Indicator[]; values: ReadonlyMap<string, IndicatorValue> }) {
  const { t, lang } = useI18n();
  const text = { yes: t('infoForm.yes'), no: t('infoForm.no') };
  return (
    <dl className="indicator-list">
      {indicators.map((indicator) => {
        const shown = formatIndicatorValue(indicator, values.get(indicator.code), lang, text);
        const required = indicator.required && !indicator.linkedFrom;
        return (
          <div key={indicator.code} className="indicator-list__row">
            <dt className={required ? 'field__label--required' : undefined}>
              {indicatorLabel(indicator, lang)}
              {indicator.linkedFrom && (
                <span className="indicator-list__linked">
                  {t('infoForm.linked', { system: LINKED_SYSTEM[indicator.linkedFrom] ?? indicator.linkedFrom })}
                </span>
              )}
            </dt>
            <dd>{shown ?? <span className="muted">{t('infoForm.notRecorded')}</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
