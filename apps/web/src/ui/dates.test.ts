import { bangkokDay, formatDateInputBE, formatDateTimeBE, parseDateBE, todayForFileName } from './dates';

describe('Buddhist-Era dates in Bangkok', () => {
  it('writes times as the manual does: Bangkok time, Buddhist-Era year', () => {
    expect(formatDateTimeBE('2022-11-07T09:29:30Z')).toBe('07/11/2565 16:29:30');
    expect(formatDateTimeBE('2026-12-31T17:00:00Z')).toBe('01/01/2570 00:00:00');
    expect(formatDateTimeBE(null)).toBe('');
  });

  it('names export files with the Buddhist-Era date in Bangkok', () => {
    // 2026-11-27 20:00 UTC is already 28 Nov in Bangkok.
    expect(todayForFileName(new Date('2026-11-27T20:00:00Z'))).toBe('2569-11-28');
  });

  it('reads a day typed day/month/BE year, and refuses what is not a real day', () => {
    expect(parseDateBE('31/12/2569')).toBe('2026-12-31');
    expect(parseDateBE(' 1-2-2570 ')).toBe('2027-02-01');
    expect(parseDateBE('29.02.2567')).toBe('2024-02-29');
    expect(parseDateBE('29/02/2569')).toBeNull();
    expect(parseDateBE('31/04/2569')).toBeNull();
    // A Christian-Era year is not taken for a BE one.
    expect(parseDateBE('31/12/2026')).toBeNull();
    expect(parseDateBE('2026-12-31')).toBeNull();
    expect(parseDateBE('')).toBeNull();
  });

  it('shows an ISO day in a BE date field, and gives its Bangkok bounds', () => {
    expect(formatDateInputBE('2026-12-31')).toBe('31/12/2569');
    expect(formatDateInputBE('junk')).toBe('');
    expect(parseDateBE(formatDateInputBE('2027-02-01'))).toBe('2027-02-01');
    expect(bangkokDay('2026-12-31')).toEqual({ start: '2026-12-31T00:00:00.000+07:00', end: '2026-12-31T23:59:59.999+07:00' });
  });
});
