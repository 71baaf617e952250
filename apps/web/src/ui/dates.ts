import { BUDDHIST_ERA_OFFSET, THAI_TIME_ZONE } from '@lao/domain';

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
