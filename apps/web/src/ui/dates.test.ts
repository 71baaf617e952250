import { formatDateTimeBE, todayForFileName } from './dates';

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
});
