import type { IndicatorValue } from '@lao/domain';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { schemaResolver } from '../../ui/forms';
import { IndicatorField } from './IndicatorField';
import { isEditable, sectionFormSchema, toFormValues, type CatalogueIndicator, type SectionFormValues, type SectionValues } from './indicators';
import { placeIssues, type IndicatorValueInput, type SectionSaveResult } from './save';
import { catalogueWords, type CatalogueWords } from './words';

export interface SectionFormProps {
  /** The section's indicators in catalogue order (linked ones included: they are shown read-only). */
  indicators: readonly CatalogueIndicator[];
  values: ReadonlyMap<string, IndicatorValue>;
  /** The module's save mutation, called with every typed-in indicator of the section, in catalogue order, converted and validated. */
  onSave: (values: IndicatorValueInput[]) => Promise<SectionSaveResult>;
  /** Offer "save and go to the next section" (not on the last one). */
  hasNext?: boolean;
  /** After a successful save; `next` when the user asked to move on. */
  onSaved?: (next: boolean) => void;
  /** Whether the form holds unsaved changes (for the page's unsaved-changes guard). */
  onDirtyChange?: (dirty: boolean) => void;
  /** Prefix of the fields' ids (`${idPrefix}-${code}`). */
  idPrefix?: string;
  words?: Partial<CatalogueWords>;
}

/**
 * One section of a module's form generated from the catalogue: no field is written by hand, a new indicator is a
 * new row in the catalogue. Validation is the API's own (indicatorValueSchema per indicator), so what the form
 * accepts the server accepts; the server's refusals come back on their fields.
 */
export function SectionForm({ indicators, values, onSave, hasNext = false, onSaved, onDirtyChange, idPrefix = 'catalogue', words }: SectionFormProps) {
  const { t } = useI18n();
  const { saveAndNext } = catalogueWords(words);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<'save' | 'next' | null>(null);
  const typedIn = useMemo(() => indicators.filter(isEditable), [indicators]);
  const schema = useMemo(() => sectionFormSchema(indicators), [indicators]);
  const [defaultValues] = useState(() => toFormValues(indicators, values));
  const {
    register,
    handleSubmit,
    reset,
    setError,
    setValue,
    control,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = useForm<SectionFormValues, unknown, SectionValues>({
    resolver: schemaResolver(schema) as unknown as Resolver<SectionFormValues, unknown, SectionValues>,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const current = useWatch({ control });

  useEffect(() => {
    onDirtyChange?.(isDirty);
  }, [isDirty, onDirtyChange]);

  const save = async (formValues: SectionValues, next: boolean) => {
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
      const { placed, unplaced } = placeIssues(result.fields ?? [], list);
      const shown = new Set<string>();
      for (const { code, message } of placed) {
        if (shown.has(code)) continue; // the first issue of a field is the one shown
        setError(code, { type: 'server', message }, { shouldFocus: shown.size === 0 });
        shown.add(code);
      }
      if (placed.length > 0 && unplaced.length === 0) return; // each is shown on its field
      setProblem(unplaced.length ? unplaced.join(' ') : (result.message ?? t('app.networkError')));
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
      <p className="muted domain-form__legend">{t('catalogue.requiredLegend')}</p>
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
      <ErrorAlert>{invalidCount > 0 ? t('catalogue.fixErrors', { count: invalidCount }) : null}</ErrorAlert>
      <ErrorAlert>{problem}</ErrorAlert>
      <div className="form__actions domain-form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting} aria-busy={pending === 'save' || undefined}>
          {pending === 'save' && <span className="spinner" aria-hidden="true" />}
          {t('catalogue.save')}
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
            {t(saveAndNext)} <span aria-hidden="true">›</span>
          </button>
        )}
        <StatusMessage>{saved ? t('catalogue.saved') : null}</StatusMessage>
      </div>
    </form>
  );
}
