import { BUDDHIST_ERA_OFFSET, THAI_TIME_ZONE } from '@lao/domain';

/**
 * A moment as the survey manual writes it, in Bangkok time with the Buddhist-Era year: 07/11/2565 16:29:30.
 * The same digits in Thai and English.
 */
export function formatDateTimeBE(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
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
  return `${get('day')}/${get('month')}/${Number(get('year')) + BUDDHIST_ERA_OFFSET} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** 0.4567 → "45.7%" (one decimal, Thai grouping). */
export function formatShare(share: number): string {
  const value = Number.isFinite(share) ? share * 100 : 0;
  return `${new Intl.NumberFormat('th-TH', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}%`;
}
