import { lastActor, lastReturn } from './history';
import { itemCount, missingFromProblem } from './missing';
import { certifiedPercent, progressBars, sortProgress, sumProgress, type ProgressRow } from './progress';
import { windowLine } from './window';

const NOW = new Date('2027-03-01T00:00:00Z');

describe('the window line: what the API answers, in words', () => {
  it('open until the LAO’s close (extensions included: the API’s closesAt)', () => {
    expect(windowLine({ windowOpen: true, opensAt: '2026-10-01T00:00:00Z', closesAt: '2027-07-15T16:59:59Z' }, NOW)).toEqual({ kind: 'openUntil', at: '2027-07-15T16:59:59Z' });
    expect(windowLine({ windowOpen: true, opensAt: null, closesAt: null }, NOW)).toEqual({ kind: 'open' });
  });

  it('opens on the next window’s opening, else closed since the last close, else not open at all', () => {
    expect(windowLine({ windowOpen: false, opensAt: '2027-05-15T00:00:00Z', closesAt: '2027-06-15T16:59:59Z' }, NOW)).toEqual({ kind: 'opensOn', at: '2027-05-15T00:00:00Z' });
    expect(windowLine({ windowOpen: false, opensAt: '2026-10-01T00:00:00Z', closesAt: '2027-01-15T16:59:59Z' }, NOW)).toEqual({ kind: 'closedSince', at: '2027-01-15T16:59:59Z' });
    expect(windowLine({ windowOpen: false, opensAt: null, closesAt: null }, NOW)).toEqual({ kind: 'notOpen' });
  });

  it('says nothing when the API did not answer', () => {
    expect(windowLine({}, NOW)).toBeNull();
  });

  it('never overrules the API: open is open even past the dates it names', () => {
    expect(windowLine({ windowOpen: true, opensAt: '2020-01-01T00:00:00Z', closesAt: '2020-02-01T00:00:00Z' }, NOW)?.kind).toBe('openUntil');
  });
});

describe('INCOMPLETE’s missing, read in one place for every module', () => {
  const infoMissing = {
    code: 'INCOMPLETE',
    missing: [
      {
        section: 'DISASTER',
        labelTh: 'ด้านสาธารณภัย',
        labelEn: 'Disasters',
        items: [{ code: 'DS03', labelTh: 'จำนวนรถดับเพลิง', labelEn: 'Fire trucks' }],
        domain: 'DISASTER',
        indicatorCodes: ['DS03'],
      },
    ],
  };

  it('names the sections and items in the UI language', () => {
    expect(missingFromProblem({ code: 'INCOMPLETE', extensions: infoMissing }, 'th')).toEqual([
      { section: 'DISASTER', label: 'ด้านสาธารณภัย', items: [{ code: 'DS03', label: 'จำนวนรถดับเพลิง' }] },
    ]);
    expect(missingFromProblem({ code: 'INCOMPLETE', extensions: infoMissing }, 'en')?.[0]).toMatchObject({ label: 'Disasters', items: [{ label: 'Fire trucks' }] });
  });

  it('reads the survey’s payload the same way (its incompleteSides stay for partners)', () => {
    const extensions = {
      incompleteSides: [2],
      missing: [{ section: '2', labelTh: 'ด้านที่ 2 เศรษฐกิจ', labelEn: 'Side 2', items: [{ code: 'x', labelTh: 'ขออนุญาตประกอบกิจการ', labelEn: 'Licence' }] }],
    };
    const sections = missingFromProblem({ code: 'INCOMPLETE', extensions }, 'th')!;
    expect(sections.map((s) => s.section)).toEqual(['2']);
    expect(itemCount(sections)).toBe(1);
  });

  it('is null for other refusals and for payloads of another shape', () => {
    expect(missingFromProblem({ code: 'CONFLICT', extensions: infoMissing }, 'th')).toBeNull();
    expect(missingFromProblem({ code: 'INCOMPLETE', extensions: { pendingCount: 3 } }, 'th')).toBeNull();
    expect(missingFromProblem({ code: 'INCOMPLETE', extensions: { missing: [{ domain: 'X' }] } }, 'th')).toBeNull();
  });
});

describe('history', () => {
  const certify = { action: 'CERTIFY' as const, actor: 'lao.7400101', at: '2027-05-01T03:00:00Z', comment: null };
  const back = { action: 'RETURN' as const, actor: 'prov.74', at: '2027-05-02T03:00:00Z', comment: 'แก้ไขจำนวนรถ' };

  it('the reason the LAO reads is the last step’s, when it sent the data back', () => {
    expect(lastReturn([certify, back])).toEqual(back);
    expect(lastReturn([back, certify])).toBeNull();
    expect(lastReturn([])).toBeNull();
  });

  it('who did a step last', () => {
    expect(lastActor([certify, back, { ...certify, actor: 'admin' }], 'CERTIFY')).toBe('admin');
    expect(lastActor([certify], 'CERTIFY_PROVINCE')).toBeNull();
  });
});

describe('national progress', () => {
  const row = (code: string, nameTh: string, total: number, lao: number, province: number): ProgressRow => ({
    provinceCode: code,
    province: { code, nameTh, nameEn: nameTh },
    total,
    draft: total - lao - province,
    laoCertified: lao,
    provinceCertified: province,
  });
  const rows = [row('12', 'นนทบุรี', 10, 2, 8), row('10', 'กรุงเทพมหานคร', 1, 0, 0), row('74', 'สมุทรสาคร', 4, 2, 0)];

  it('adds up the nation and gives each province’s share certified', () => {
    expect(sumProgress(rows)).toEqual({ total: 15, draft: 3, laoCertified: 4, provinceCertified: 8 });
    expect(certifiedPercent(rows[0]!)).toBe(100);
    expect(certifiedPercent({ total: 0, laoCertified: 0, provinceCertified: 0 })).toBe(0);
  });

  it('sorts by name (Thai order) or by share, and charts the highest share first', () => {
    expect(sortProgress(rows, { key: 'name', direction: 'ascending' }, 'th').map((r) => r.provinceCode)).toEqual(['10', '12', '74']);
    expect(sortProgress(rows, { key: 'percent', direction: 'descending' }, 'th').map((r) => r.provinceCode)).toEqual(['12', '74', '10']);
    expect(progressBars(rows, 'all', 'th').map((b) => [b.code, b.provincePercent, b.laoPercent])).toEqual([
      ['12', 80, 20],
      ['74', 0, 50],
      ['10', 0, 0],
    ]);
  });
});
