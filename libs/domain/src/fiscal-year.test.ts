import { fiscalYearLabel, fiscalYearOf, fiscalYearRange, toBuddhistYear, toChristianYear } from './fiscal-year';

describe('fiscal years', () => {
  it('names a fiscal year by the Buddhist-Era year it ends in', () => {
    expect(toBuddhistYear(2022)).toBe(2565);
    expect(fiscalYearOf(new Date('2022-06-15T12:00:00+07:00'))).toBe(2565);
    expect(fiscalYearOf(new Date('2021-10-01T00:00:00+07:00'))).toBe(2565);
  });

  it('starts the next fiscal year at midnight of 1 October in Bangkok, not UTC', () => {
    // 30 Sep 2022 23:59 in Bangkok is still FY 2565 …
    expect(fiscalYearOf(new Date('2022-09-30T23:59:59+07:00'))).toBe(2565);
    // … and 1 Oct 00:00 Bangkok (30 Sep 17:00 UTC) is already FY 2566.
    expect(fiscalYearOf(new Date('2022-09-30T17:00:00Z'))).toBe(2566);
  });

  it('gives the first and last instants of a fiscal year', () => {
    const { start, end } = fiscalYearRange(2565);
    expect(start.toISOString()).toBe('2021-09-30T17:00:00.000Z');
    expect(end.toISOString()).toBe('2022-09-30T16:59:59.999Z');
    expect(fiscalYearOf(start)).toBe(2565);
    expect(fiscalYearOf(end)).toBe(2565);
  });
});

describe('fiscal-year names', () => {
  it('converts between the Christian and the Buddhist Era', () => {
    expect(toChristianYear(2569)).toBe(2026);
    expect(toChristianYear(toBuddhistYear(2026))).toBe(2026);
  });

  it('writes a fiscal year the way people do, in Thai by default', () => {
    expect(fiscalYearLabel(2569)).toBe('ปีงบประมาณ 2569');
    expect(fiscalYearLabel(2569, 'th')).toBe('ปีงบประมาณ 2569');
    expect(fiscalYearLabel(2569, 'en')).toBe('FY 2569');
  });

  it('puts every month of a fiscal year in it', () => {
    const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2025 + (i < 3 ? 0 : 1), (9 + i) % 12, 15, 5)));
    expect(months.map(fiscalYearOf)).toEqual(Array(12).fill(2569));
  });
});
