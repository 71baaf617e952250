import { formatNumber, type IndicatorValue, type Lang } from '@lao/domain';
import type { FieldError, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { useI18n, type MessageId } from '../../i18n';
import { describedBy } from '../../ui/forms';
import {
  formatIndicatorValue,
  indicatorHint,
  indicatorLabel,
  indicatorUnit,
  type CatalogueIndicator,
  type SectionFormValues,
} from './indicators';

/** More options than this: a drop-down instead of radio buttons. */
export const MAX_RADIO_OPTIONS = 5;

/** The short name of the system a linked indicator comes from. */
export const LINKED_SYSTEM: Record<string, string> = {
  LEC: 'LEC',
  WELFARE: 'Welfare',
  WASTE: 'Waste',
  ELE: 'ELE',
  LHR: 'LHR',
  ESERVICE: 'e-Service',
  INFO: 'INFO',
};

/** The first message in a field's error (a list's error sits on its items). */
export function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const message = (error as FieldError).message;
  if (typeof message === 'string' && message !== '') return message;
  for (const value of Object.values(error as Record<string, unknown>)) {
    if (value && typeof value === 'object' && value !== (error as FieldError).ref) {
      const nested = firstMessage(value);
      if (nested) return nested;
    }
  }
  return undefined;
}

/** The shared messages say "above the maximum"; the field adds which maximum, in the indicator's unit. */
function boundNote(message: string, indicator: CatalogueIndicator, lang: Lang, t: (id: MessageId, params?: Record<string, string | number>) => string) {
  const unit = indicatorUnit(indicator, lang);
  const withUnit = (n: number) => `${formatNumber(n, Number.isInteger(n) ? 0 : (indicator.decimals ?? 2))}${unit ? ` ${unit}` : ''}`;
  if (message === 'info.aboveMaximum' && indicator.max !== null) return t('catalogue.maxIs', { max: withUnit(indicator.max) });
  if (message === 'info.belowMinimum' && indicator.min !== null) return t('catalogue.minIs', { min: withUnit(indicator.min) });
  if (message === 'info.tooManyDecimals') return t('catalogue.decimalsAre', { decimals: indicator.decimals ?? 2 });
  return null;
}

export interface IndicatorFieldProps {
  indicator: CatalogueIndicator;
  id: string;
  register: UseFormRegister<SectionFormValues>;
  setValue: UseFormSetValue<SectionFormValues>;
  /** The current input (radios show a "clear" button only when something is chosen). */
  current: unknown;
  error?: unknown;
  /** Linked indicators: the value the other system supplied. */
  linkedValue?: IndicatorValue;
}

/**
 * One indicator as a form control, chosen by its value type: a number box with its unit, มี / ไม่มี radios, a
 * choice (radios or a drop-down), check boxes, a text area; linked indicators as read-only boxes naming their
 * system. Label, hint and error are tied to the control (aria-describedby, aria-invalid).
 */
export function IndicatorField({ indicator, id, register, setValue, current, error, linkedValue }: IndicatorFieldProps) {
  const { t, msg, lang } = useI18n();
  const label = indicatorLabel(indicator, lang);
  const hint = indicatorHint(indicator, lang);
  const unit = indicatorUnit(indicator, lang);
  const rawMessage = firstMessage(error);
  const note = rawMessage ? boundNote(rawMessage, indicator, lang, t) : null;
  const message = rawMessage ? [msg(rawMessage), note].filter(Boolean).join(' ') : undefined;
  const required = indicator.required && !indicator.linkedFrom;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = message ? `${id}-error` : null;
  const unitId = unit ? `${id}-unit` : null;
  const labelClass = ['field__label', required ? 'field__label--required' : ''].filter(Boolean).join(' ');
  const fieldClass = ['field', 'indicator-field', message ? 'field--invalid' : ''].filter(Boolean).join(' ');

  const hintNode = hint && (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  );
  const errorNode = message && (
    <p className="field__error" id={`${id}-error`}>
      {message}
    </p>
  );

  if (indicator.linkedFrom) {
    const shown = formatIndicatorValue(indicator, linkedValue, lang, { yes: t('catalogue.yes'), no: t('catalogue.no') });
    const noteId = `${id}-linked`;
    return (
      <div className="field indicator-field indicator-field--linked">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {hintNode}
        <input
          id={id}
          className="input input--readonly"
          readOnly
          value={shown ?? t('catalogue.noLinkedValue')}
          aria-describedby={describedBy(hintId, noteId)}
        />
        <p className="field__linked" id={noteId}>
          {t('catalogue.linked', { system: LINKED_SYSTEM[indicator.linkedFrom] ?? indicator.linkedFrom })}
        </p>
      </div>
    );
  }

  const registration = register(indicator.code);

  switch (indicator.valueType) {
    case 'INTEGER':
    case 'DECIMAL':
      return (
        <div className={fieldClass}>
          <label className={labelClass} htmlFor={id}>
            {label}
          </label>
          {hintNode}
          <div className="input-unit">
            <input
              id={id}
              className="input input--number"
              type="text"
              inputMode={indicator.valueType === 'INTEGER' ? 'numeric' : 'decimal'}
              autoComplete="off"
              spellCheck={false}
              {...registration}
              aria-required={required || undefined}
              aria-invalid={message ? true : undefined}
              aria-describedby={describedBy(unitId, hintId, errorId)}
            />
            {unit && (
              <span className="input-unit__unit" id={`${id}-unit`}>
                {unit}
              </span>
            )}
          </div>
          {errorNode}
        </div>
      );

    case 'TEXT':
      return (
        <div className={fieldClass}>
          <label className={labelClass} htmlFor={id}>
            {label}
          </label>
          {hintNode}
          <textarea
            id={id}
            className="input input--textarea"
            rows={3}
            maxLength={indicator.maxLength ?? 2000}
            {...registration}
            aria-required={required || undefined}
            aria-invalid={message ? true : undefined}
            aria-describedby={describedBy(hintId, errorId)}
          />
          {errorNode}
        </div>
      );

    case 'CHOICE':
    case 'BOOLEAN': {
      if (indicator.valueType === 'CHOICE' && (indicator.options?.length ?? 0) > MAX_RADIO_OPTIONS) {
        return (
          <div className={fieldClass}>
            <label className={labelClass} htmlFor={id}>
              {label}
            </label>
            {hintNode}
            <select
              id={id}
              className="input input--select"
              {...registration}
              aria-required={required || undefined}
              aria-invalid={message ? true : undefined}
              aria-describedby={describedBy(hintId, errorId)}
            >
              <option value="">{t('catalogue.choose')}</option>
              {indicator.options?.map((option) => (
                <option key={option.value} value={option.value}>
                  {lang === 'en' ? option.labelEn : option.labelTh}
                </option>
              ))}
            </select>
            {errorNode}
          </div>
        );
      }
      // A few options are radio buttons, like มี / ไม่มี.
      const options =
        indicator.valueType === 'BOOLEAN'
          ? [
              { value: 'true', label: t('catalogue.yes') },
              { value: 'false', label: t('catalogue.no') },
            ]
          : (indicator.options ?? []).map((o) => ({ value: o.value, label: lang === 'en' ? o.labelEn : o.labelTh }));
      const chosen = typeof current === 'string' && current !== '';
      return (
        <fieldset
          className={`${fieldClass} choice-group`}
          role="radiogroup"
          aria-required={required || undefined}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(hintId, errorId)}
        >
          <legend className={labelClass}>{label}</legend>
          {hintNode}
          <div className={indicator.valueType === 'BOOLEAN' ? 'choice-group__options choice-group__options--inline' : 'choice-group__options'}>
            {options.map((option) => (
              <label key={option.value} className="choice" htmlFor={`${id}-${option.value}`}>
                <input id={`${id}-${option.value}`} type="radio" value={option.value} {...registration} />
                <span>{option.label}</span>
              </label>
            ))}
            {!required && chosen && (
              <button
                type="button"
                className="button button--quiet button--small-text"
                onClick={() => setValue(indicator.code, '', { shouldDirty: true, shouldValidate: false })}
              >
                {t('catalogue.clearChoice')}
                <span className="visually-hidden">: {label}</span>
              </button>
            )}
          </div>
          {errorNode}
        </fieldset>
      );
    }

    case 'MULTI_CHOICE':
      return (
        <fieldset className={`${fieldClass} choice-group`} aria-describedby={describedBy(hintId, required && `${id}-required`, errorId)}>
          <legend className={labelClass}>{label}</legend>
          {hintNode}
          {required && (
            <span className="visually-hidden" id={`${id}-required`}>
              {t('catalogue.requiredChoice')}
            </span>
          )}
          <div className="choice-group__options choice-group__options--columns">
            {(indicator.options ?? []).map((option) => (
              <label key={option.value} className="choice" htmlFor={`${id}-${option.value}`}>
                <input id={`${id}-${option.value}`} type="checkbox" value={option.value} {...registration} />
                <span>{lang === 'en' ? option.labelEn : option.labelTh}</span>
              </label>
            ))}
          </div>
          {errorNode}
        </fieldset>
      );
  }
}
