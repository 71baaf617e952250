import { formatDate, formatNumber } from './format';

describe('formatting for people', () => {
  const at = new Date('2026-11-24T03:00:00Z');

  it('shows Buddhist-Era years in Thai and in English', () => {
    expect(formatDate(at, 'th')).toBe('24 พ.ย. 2569');
    expect(formatDate(at, 'en')).toBe('24 Nov 2569');
  });

  it('uses Bangkok time', () => {
    expect(formatDate(new Date('2026-11-24T18:30:00Z'), 'th')).toBe('25 พ.ย. 2569');
  });

  it('groups numbers the Thai way', () => {
    expect(formatNumber(7850)).toBe('7,850');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
  });
});

describe('formatting dates in every form the API and the SPA pass them', () => {
  const at = new Date('2026-11-24T03:00:00Z');

  it('speaks Thai unless told otherwise', () => {
    expect(formatDate(at)).toBe('24 พ.ย. 2569');
  });

  it('takes an ISO string as well as a Date', () => {
    expect(formatDate('2026-11-24T03:00:00Z', 'en')).toBe('24 Nov 2569');
    expect(formatDate('2026-11-24T18:30:00Z')).toBe('25 พ.ย. 2569');
  });

  it('shows nothing for a date that is not one, rather than throwing', () => {
    expect(formatDate('not a date')).toBe('');
    expect(formatDate(new Date(Number.NaN), 'en')).toBe('');
  });

  it('adds the 24-hour Bangkok time when asked, without the era', () => {
    expect(formatDate(at, 'th', true)).toBe('24 พ.ย. 2569 10:00');
    expect(formatDate(at, 'en', true)).toBe('24 Nov 2569, 10:00');
    expect(formatDate(new Date('2026-11-24T14:05:00Z'), 'en', true)).toBe('24 Nov 2569, 21:05');
    expect(formatDate(new Date('2026-11-24T01:05:00Z'), 'th', true)).toBe('24 พ.ย. 2569 08:05');
  });

  it('formats numbers with no decimals unless asked', () => {
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(2, 2)).toBe('2.00');
  });
});
