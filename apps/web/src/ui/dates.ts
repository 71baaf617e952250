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
