import { BUDDHIST_ERA_OFFSET, formatDate, THAI_TIME_ZONE, type Lang } from '@lao/domain';

type Part = 'day' | 'month' | 'year' | 'hour' | 'minute' | 'second';

/** The moment's two-digit parts in Bangkok time, the year in the Buddhist Era. */
function bangkokParts(date: Date): Record<Part, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: THAI_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: get('day'),
    month: get('month'),
    year: String(Number(get('year')) + BUDDHIST_ERA_OFFSET),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/**
 * A moment as the survey manual writes it, in Bangkok time with the Buddhist-Era year: 07/11/2565 16:29:30.
 * The same digits in Thai and English.
 */
export function formatDateTimeBE(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = bangkokParts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** Today in Bangkok as a Buddhist-Era date for file names: 2569-11-27. */
export function todayForFileName(now = new Date()): string {
  const p = bangkokParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * A day typed as Thai officials write it, day/month/Buddhist-Era year ("31/12/2569"; "-" or "." between the parts
 * too): that day as an ISO date, Christian Era ("2026-12-31"); null when it is not a real day of a BE year.
 */
export function parseDateBE(typed: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(typed);
  if (!match) return null;
  const [day, month, yearBE] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // A Christian-Era year typed by mistake (2026) would be 1483: refuse it rather than guess.
  if (yearBE < 2400) return null;
  const year = yearBE - BUDDHIST_ERA_OFFSET;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** An ISO day ("2026-12-31") as a BE date field shows it ("31/12/2569"); '' when it is not one. */
export function formatDateInputBE(isoDay: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay ?? '');
  if (!match) return '';
  return `${match[3]}/${match[2]}/${Number(match[1]) + BUDDHIST_ERA_OFFSET}`;
}

/** The first and the last instant of an ISO day in Bangkok, as the API takes instants. */
export function bangkokDay(isoDay: string): { start: string; end: string } {
  return { start: `${isoDay}T00:00:00.000+07:00`, end: `${isoDay}T23:59:59.999+07:00` };
}

/*
 * The one way the SPA writes dates on screen, in every module: "30 มิ.ย. 2570" and "30 มิ.ย. 2570 23:59" (Bangkok
 * time, Buddhist-Era year; "30 Jun 2570" in English). The typed field keeps day/month/year digits (DateField).
 */

/** A day ("2027-06-30", or a moment: its day in Bangkok) as "30 มิ.ย. 2570"; '' when there is none. */
export function formatDay(value: string | Date | null | undefined, lang: Lang): string {
  if (!value) return '';
  // An ISO day is read at Bangkok noon, so no time zone moves it to the day before or after.
  const moment = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+07:00` : value;
  return formatDate(moment, lang);
}

/** A moment as "30 มิ.ย. 2570 23:59", Bangkok time; '' when there is none. */
export function formatMoment(value: string | Date | null | undefined, lang: Lang): string {
  return value ? formatDate(value, lang, true) : '';
}

/** A moment's day in Bangkok as an ISO day ("2027-06-30"); '' when it is not a moment. */
export function bangkokIsoDay(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = bangkokParts(date);
  return `${Number(p.year) - BUDDHIST_ERA_OFFSET}-${p.month}-${p.day}`;
}

/** Today in Bangkok as an ISO day: the day the department and the LAOs live in, whatever the browser's zone. */
export function todayBangkok(now: Date = new Date()): string {
  return bangkokIsoDay(now);
}

/** The ISO day `days` after (or before) another. */
export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A moment typed as a date-time field takes it, day/month/BE year and 24-hour time ("15/06/2570 23:59"), as the
 * API takes it: "2027-06-15T23:59:00+07:00" (Bangkok time); null when it is not a real day and time.
 */
export function parseDateTimeBE(typed: string): string | null {
  const match = /^\s*(\S+)\s+(\d{1,2})[:.](\d{2})\s*$/.exec(typed);
  if (!match) return null;
  const day = parseDateBE(match[1]!);
  const [hour, minute] = [Number(match[2]), Number(match[3])];
  if (!day || hour > 23 || minute > 59) return null;
  return `${day}T${String(hour).padStart(2, '0')}:${match[3]}:00+07:00`;
}

/** A moment as a date-time field shows it: "15/06/2570 23:59" in Bangkok; '' when it is not a moment. */
export function formatDateTimeInputBE(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = bangkokParts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}
