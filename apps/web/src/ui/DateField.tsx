import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { Calendar } from './Calendar';
import { formatDateInputBE, parseDateBE } from './dates';
import { describedBy, FieldShell, type TextFieldProps } from './forms';
import './dateField.css';

export type DateFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'placeholder' | 'maxLength' | 'min' | 'max'> & {
  /** A date and a 24-hour time ("15/06/2570 23:59"), for moments such as a window's opening. */
  withTime?: boolean;
  /** The time a day picked on the calendar gets when the field has none yet (withTime). */
  defaultTime?: string;
  /** The first and last days the calendar offers (ISO days); the form's schema refuses the others when typed. */
  min?: string;
  max?: string;
};

/** The day part of what is typed ("15/06/2570" of "15/06/2570 23:59"), as an ISO day, or null. */
const typedDay = (typed: string) => parseDateBE(typed.trim().split(/\s+/)[0] ?? '');

/**
 * The SPA's one date (and date-time) field: typed day/month/Buddhist-Era year as Thai officials write dates
 * ("30/06/2570", never the browser's Christian-Era date picker, which turned 2570 into 3113), with a calendar in the
 * UI language with BE years, and a button that empties it. The form keeps the typed text; parseDateBE and
 * parseDateTimeBE (ui/dates) turn it into what the API takes, so BE years never reach an ISO date.
 */
export function DateField({ id, label, hint, error, registration, fieldClassName, required, withTime = false, defaultTime = '00:00', min, max, autoComplete = 'off', disabled, ...input }: DateFieldProps) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);

  // react-hook-form writes the default value into the input when it registers it; mirror it for the buttons.
  useEffect(() => setTyped(inputRef.current?.value ?? ''), []);

  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  /** Writes the value as if typed, so react-hook-form sees a change (its validation and dirty state follow). */
  const write = (value: string) => {
    const el = inputRef.current;
    if (!el) return;
    el.value = value;
    setTyped(value);
    void registration.onChange({ target: el, type: 'change' });
  };

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  const pick = (isoDay: string) => {
    const time = withTime ? (/\s(\d{1,2}[:.]\d{2})\s*$/.exec(inputRef.current?.value ?? '')?.[1] ?? defaultTime) : null;
    write(time ? `${formatDateInputBE(isoDay)} ${time}` : formatDateInputBE(isoDay));
    close();
  };

  const hintText = hint ?? t(withTime ? 'date.timeHint' : 'date.hint');
  return (
    <FieldShell id={id} label={label} hint={hintText} error={error} className={['date-field', fieldClassName ?? ''].join(' ').trim()}>
      <div className="date-field__control" ref={wrapper}>
        <input
          id={id}
          className="input date-field__input"
          {...input}
          type="text"
          inputMode="numeric"
          autoComplete={autoComplete}
          maxLength={withTime ? 16 : 10}
          placeholder={t(withTime ? 'date.timePlaceholder' : 'date.placeholder')}
          disabled={disabled}
          {...registration}
          ref={(el) => {
            inputRef.current = el;
            registration.ref(el);
          }}
          onChange={(e) => {
            setTyped(e.target.value);
            void registration.onChange(e);
          }}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
        />
        <button
          ref={toggle}
          type="button"
          className="button button--small button--secondary date-field__button"
          aria-haspopup="dialog"
          aria-expanded={open}
          disabled={disabled}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">📅</span>
          <span className="visually-hidden">{t('date.openCalendar', { label })}</span>
        </button>
        {typed !== '' && !disabled && (
          <button
            type="button"
            className="button button--small button--quiet date-field__button"
            onClick={() => {
              write('');
              inputRef.current?.focus();
            }}
          >
            <span aria-hidden="true">✕</span>
            <span className="visually-hidden">{t('date.clear', { label })}</span>
          </button>
        )}
        {open && <Calendar value={typedDay(typed)} min={min} max={max} onPick={pick} onClose={close} />}
      </div>
    </FieldShell>
  );
}
