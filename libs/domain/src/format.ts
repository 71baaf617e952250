import { THAI_TIME_ZONE } from './fiscal-year';

export type Lang = 'th' | 'en';

/** Formatters made once (making one costs about half a millisecond; lists format thousands of dates). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, options)));
  return made;
}

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
  if (lang === 'th') return formatter(`th-TH-u-ca-buddhist/${withTime}`, 'th-TH-u-ca-buddhist', options).format(date);
  const parts = formatter(`en-GB-u-ca-buddhist/${withTime}`, 'en-GB-u-ca-buddhist', options).formatToParts(date);
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
