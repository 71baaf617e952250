import { THAI_TIME_ZONE } from './fiscal-year';

export type Lang = 'th' | 'en';

/**
 * Dates shown to people: always Buddhist-Era years, Bangkok time. In Thai the calendar is the Thai one
 * ("24 พ.ย. 2569"); in English the month is English and the year still Buddhist Era ("24 Nov 2569").
 */
export function formatDate(value: Date | string, lang: Lang = 'th', withTime = false): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = {
    timeZone: THAI_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  };
  if (lang === 'th') {
    return new Intl.DateTimeFormat('th-TH-u-ca-buddhist', options).format(date);
  }
  const parts = new Intl.DateTimeFormat('en-GB-u-ca-buddhist', options).formatToParts(date);
  // en-GB with the Buddhist calendar appends the era ("BE"); keep just the number like the Thai form.
  return parts
    .filter((p) => p.type !== 'era')
    .map((p) => p.value)
    .join('')
    .replace(/\s+,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Numbers with Thai grouping (1,234,567.5); the same digits in both languages, as Thai officials write them. */
export function formatNumber(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat('th-TH', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
