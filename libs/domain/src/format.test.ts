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
