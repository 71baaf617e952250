import { BUDDHIST_ERA_OFFSET, type Lang } from '@lao/domain';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n';
import { addDays, formatDay, todayBangkok } from './dates';

export interface CalendarProps {
  /** The chosen day (ISO), or null. */
  value: string | null;
  /** The first and last days that may be chosen (ISO); others are shown but disabled. */
  min?: string;
  max?: string;
  onPick: (isoDay: string) => void;
  onClose: () => void;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (year: number, month: number, day: number) => `${year}-${pad(month + 1)}-${pad(day)}`;
const clamp = (day: string, min?: string, max?: string) => (min && day < min ? min : max && day > max ? max : day);

/** Month names and weekday abbreviations of the UI language (Thai: มกราคม…, อา.…), Sunday first as Thai calendars are. */
function names(lang: Lang) {
  const locale = lang === 'th' ? 'th-TH' : 'en-GB';
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const weekdayShort = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2023-01-01 was a Sunday.
  const sundays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)));
  return {
    months: Array.from({ length: 12 }, (_, i) => month.format(new Date(Date.UTC(2023, i, 1)))),
    weekdays: sundays.map((d) => ({ short: weekdayShort.format(d), long: weekdayLong.format(d) })),
  };
}

/** The weeks of a month as ISO days, Sunday first, null outside the month. */
function weeksOf(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (string | null)[] = [...Array<null>(first).fill(null), ...Array.from({ length: days }, (_, i) => isoOf(year, month, i + 1))];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

const KEY_STEP: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * A month grid in the UI language with Buddhist-Era years (a month and a year list to jump, e.g. to a birth year),
 * the days outside min..max disabled. Keyboard: arrows move by a day or a week, Page Up/Down by a month, Enter picks,
 * Escape closes. One focusable day at a time (roving tabindex), so Tab leaves the grid.
 */
export function Calendar({ value, min, max, onPick, onClose }: CalendarProps) {
  const { t, lang } = useI18n();
  const today = todayBangkok();
  const [focused, setFocused] = useState(() => clamp(value ?? today, min, max));
  const [moved, setMoved] = useState(false);
  // The month on view may hold no day that can be chosen (the past before `min`): it moves apart from the focus.
  const [view, setView] = useState(() => ({ year: Number(focused.slice(0, 4)), month: Number(focused.slice(5, 7)) - 1 }));
  const grid = useRef<HTMLTableElement>(null);
  const titleId = useId();
  const { year, month } = view;
  const { months, weekdays } = names(lang);
  const selectable = (day: string) => (!min || day >= min) && (!max || day <= max);
  const weeks = weeksOf(year, month);
  const inView = weeks.flat().filter((d): d is string => d !== null && selectable(d));
  // The one day Tab reaches: the focused one when on view, else the month's first that can be chosen.
  const tabbable = inView.includes(focused) ? focused : inView[0];

  useEffect(() => {
    if (moved) grid.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, [focused, moved]);

  const go = (day: string) => {
    const next = clamp(day, min, max);
    setFocused(next);
    setView({ year: Number(next.slice(0, 4)), month: Number(next.slice(5, 7)) - 1 });
    setMoved(true);
  };
  const toMonth = (y: number, m: number) => {
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const same = isoOf(y, m, Math.min(Number(focused.slice(8)), last));
    setView({ year: y, month: m });
    if (selectable(same)) setFocused(same);
  };

  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key in KEY_STEP) go(addDays(focused, KEY_STEP[e.key]!));
    else if (e.key === 'PageUp' || e.key === 'PageDown') {
      const step = e.key === 'PageUp' ? -1 : 1;
      const y = year + Math.floor((month + step) / 12);
      const m = (month + step + 12) % 12;
      const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
      go(isoOf(y, m, Math.min(Number(focused.slice(8)), last)));
    } else return;
    e.preventDefault();
  };

  const firstYear = Number((min ?? addDays(today, -120 * 366)).slice(0, 4));
  const lastYear = Number((max ?? addDays(today, 10 * 366)).slice(0, 4));
  const years = Array.from({ length: Math.max(1, lastYear - firstYear + 1) }, (_, i) => lastYear - i);

  return (
    <div
      className="calendar"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <p className="visually-hidden" id={titleId}>
        {t('date.calendar')}
      </p>
      <div className="calendar__head">
        <button type="button" className="button button--small button--quiet" aria-label={t('date.previousMonth')} onClick={() => toMonth(month === 0 ? year - 1 : year, (month + 11) % 12)}>
          ‹
        </button>
        <select className="input calendar__select" aria-label={t('date.month')} value={month} onChange={(e) => toMonth(year, Number(e.target.value))}>
          {months.map((name, i) => (
            <option key={name} value={i}>
              {name}
            </option>
          ))}
        </select>
        <select className="input calendar__select" aria-label={t('date.year')} value={year} onChange={(e) => toMonth(Number(e.target.value), month)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y + BUDDHIST_ERA_OFFSET}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small button--quiet" aria-label={t('date.nextMonth')} onClick={() => toMonth(month === 11 ? year + 1 : year, (month + 1) % 12)}>
          ›
        </button>
      </div>
      <table className="calendar__grid" ref={grid} aria-label={`${months[month]} ${year + BUDDHIST_ERA_OFFSET}`}>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d.long} scope="col">
                <abbr title={d.long}>{d.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => (
                <td key={day ?? `empty-${i}`}>
                  {day && (
                    <button
                      type="button"
                      className={['calendar__day', day === value ? 'calendar__day--chosen' : '', day === today ? 'calendar__day--today' : ''].filter(Boolean).join(' ')}
                      tabIndex={day === tabbable ? 0 : -1}
                      aria-pressed={day === value}
                      aria-current={day === today ? 'date' : undefined}
                      aria-label={formatDay(day, lang) + (selectable(day) ? '' : ` (${t('date.notSelectable')})`)}
                      disabled={!selectable(day)}
                      onClick={() => onPick(day)}
                      onKeyDown={onKey}
                      onFocus={() => setFocused(day)}
                    >
                      {Number(day.slice(8))}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="calendar__foot">
        {selectable(today) && (
          <button type="button" className="button button--small button--secondary" onClick={() => onPick(today)}>
            {t('date.today')}
          </button>
        )}
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t('date.closeCalendar')}
        </button>
      </div>
    </div>
  );
}
