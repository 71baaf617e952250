import {
  cycleDeadline,
  effectiveDeadline,
  extendCertificationCycleSchema,
  extensionProblem,
  openCertificationCycleSchema,
  windowProblems,
  windowState,
} from './windows';

const at = (iso: string) => new Date(iso);
const lao = { code: '5120101', provinceCode: '12' };
// LEC's two windows of FY 2570: mid-May → mid-June and mid-October → mid-November 2026.
const may = { opensAt: at('2026-05-15T00:00:00Z'), closesAt: at('2026-06-15T00:00:00Z') };
const oct = { opensAt: at('2026-10-15T00:00:00Z'), closesAt: at('2026-11-15T00:00:00Z') };

describe('windowState', () => {
  it('is closed with nothing to show when there is no cycle or no window', () => {
    expect(windowState(null, lao, at('2026-05-20T00:00:00Z'))).toEqual({ open: false, opensAt: null, closesAt: null });
    expect(windowState({ windows: [], extensions: [] }, lao, at('2026-05-20T00:00:00Z'))).toEqual({ open: false, opensAt: null, closesAt: null });
  });

  it('is open inside a window, its bounds included, and answers that window', () => {
    const cycle = { windows: [oct, may], extensions: [] };
    expect(windowState(cycle, lao, at('2026-05-20T00:00:00Z'))).toEqual({ open: true, ...may });
    expect(windowState(cycle, lao, may.opensAt).open).toBe(true);
    expect(windowState(cycle, lao, may.closesAt).open).toBe(true);
    expect(windowState(cycle, lao, at('2026-10-20T00:00:00Z'))).toEqual({ open: true, ...oct });
  });

  it('between windows is closed and names the next one; before the first, the first; after the last, the last', () => {
    const cycle = { windows: [may, oct], extensions: [] };
    expect(windowState(cycle, lao, at('2026-07-01T00:00:00Z'))).toEqual({ open: false, ...oct });
    expect(windowState(cycle, lao, at('2026-01-01T00:00:00Z'))).toEqual({ open: false, ...may });
    expect(windowState(cycle, lao, at('2026-12-01T00:00:00Z'))).toEqual({ open: false, ...oct });
    expect(windowState(cycle, lao, new Date(may.closesAt.getTime() + 1)).open).toBe(false);
    expect(windowState(cycle, lao, new Date(may.opensAt.getTime() - 1)).open).toBe(false);
  });

  it("lengthens only the last window, by the LAO's own or its province's extension, the later one winning", () => {
    const own = { scopeCode: lao.code, until: at('2026-11-30T00:00:00Z') };
    const province = { scopeCode: '12', until: at('2026-11-20T00:00:00Z') };
    const other = { scopeCode: '50', until: at('2026-12-31T00:00:00Z') };
    const cycle = { windows: [may, oct], extensions: [province, own, other] };
    expect(windowState(cycle, lao, at('2026-11-25T00:00:00Z'))).toEqual({ open: true, opensAt: oct.opensAt, closesAt: own.until });
    expect(windowState(cycle, lao, at('2026-12-01T00:00:00Z')).open).toBe(false);
    expect(windowState(cycle, { code: '5120102', provinceCode: '12' }, at('2026-11-25T00:00:00Z')).open).toBe(false);
    expect(windowState(cycle, { code: '5120102', provinceCode: '12' }, at('2026-11-18T00:00:00Z')).closesAt).toEqual(province.until);
    // the first window is not lengthened
    expect(windowState(cycle, lao, at('2026-06-20T00:00:00Z')).open).toBe(false);
  });

  it('ignores an extension earlier than the deadline', () => {
    const cycle = { windows: [may], extensions: [{ scopeCode: lao.code, until: at('2026-06-01T00:00:00Z') }] };
    expect(effectiveDeadline(cycle, lao)).toEqual(may.closesAt);
    expect(effectiveDeadline({ windows: [], extensions: [] }, lao)).toBeNull();
  });
});

describe('cycleDeadline', () => {
  it("is the last window's close whatever the order given", () => {
    expect(cycleDeadline([oct, may])).toEqual(oct.closesAt);
    expect(cycleDeadline([])).toBeNull();
  });
});

describe('windowProblems', () => {
  it('accepts separate windows within the fiscal year', () => {
    expect(windowProblems(2570, [may, oct])).toEqual([]);
    // touching windows do not overlap
    expect(windowProblems(2570, [may, { opensAt: may.closesAt, closesAt: at('2026-07-01T00:00:00Z') }])).toEqual([]);
  });

  it('refuses no window, a window closing before it opens, overlaps and windows outside the fiscal year ±1 year', () => {
    expect(windowProblems(2570, [])).toEqual([{ index: 0, message: 'window.none' }]);
    expect(windowProblems(2570, [{ opensAt: may.closesAt, closesAt: may.opensAt }])).toEqual([{ index: 0, message: 'window.closesBeforeOpens' }]);
    expect(windowProblems(2570, [{ opensAt: may.opensAt, closesAt: may.opensAt }])).toEqual([{ index: 0, message: 'window.closesBeforeOpens' }]);
    expect(windowProblems(2570, [oct, { opensAt: at('2026-06-01T00:00:00Z'), closesAt: at('2026-10-20T00:00:00Z') }])).toEqual([
      { index: 0, message: 'window.overlap' },
    ]);
    // FY 2570 is 1 Oct 2026 – 30 Sep 2027 (Bangkok): a year either side is fine, more is not
    expect(windowProblems(2570, [{ opensAt: at('2025-10-05T00:00:00Z'), closesAt: at('2025-11-01T00:00:00Z') }])).toEqual([]);
    expect(windowProblems(2570, [{ opensAt: at('2025-09-01T00:00:00Z'), closesAt: at('2025-11-01T00:00:00Z') }])).toEqual([
      { index: 0, message: 'window.outsideFiscalYear' },
    ]);
    expect(windowProblems(2570, [{ opensAt: at('2028-09-01T00:00:00Z'), closesAt: at('2028-09-20T00:00:00Z') }])).toEqual([]);
    expect(windowProblems(2570, [{ opensAt: at('2028-09-01T00:00:00Z'), closesAt: at('2028-11-01T00:00:00Z') }])).toEqual([
      { index: 0, message: 'window.outsideFiscalYear' },
    ]);
  });

  it('refuses more than twelve windows', () => {
    const windows = Array.from({ length: 13 }, (_, i) => ({
      opensAt: new Date(Date.UTC(2026, 9, 1 + i * 2)),
      closesAt: new Date(Date.UTC(2026, 9, 2 + i * 2)),
    }));
    expect(windowProblems(2570, windows)).toEqual([{ index: 12, message: 'window.tooMany' }]);
    expect(windowProblems(2570, windows.slice(0, 12))).toEqual([]);
  });
});

describe('extensionProblem', () => {
  const deadline = at('2027-06-15T00:00:00Z');
  it('accepts a later date up to a year after the deadline', () => {
    expect(extensionProblem(deadline, at('2027-06-30T00:00:00Z'))).toBeNull();
    expect(extensionProblem(deadline, at('2028-06-15T00:00:00Z'))).toBeNull();
  });
  it('refuses the deadline itself, an earlier date, and more than a year after', () => {
    expect(extensionProblem(deadline, deadline)).toBe('window.extensionBeforeDeadline');
    expect(extensionProblem(deadline, at('2027-06-01T00:00:00Z'))).toBe('window.extensionBeforeDeadline');
    expect(extensionProblem(deadline, at('2028-06-20T00:00:00Z'))).toBe('window.extensionTooLate');
  });
});

describe('openCertificationCycleSchema', () => {
  const base = { module: 'LEC', fiscalYear: 2570 };
  it('accepts a deadline alone, or windows whose last close is the deadline', () => {
    expect(openCertificationCycleSchema.safeParse({ ...base, deadline: '2027-06-15T00:00:00Z' }).success).toBe(true);
    const parsed = openCertificationCycleSchema.parse({ ...base, deadline: oct.closesAt.toISOString(), windows: [oct, may] });
    expect(parsed.windows).toHaveLength(2);
  });
  it('refuses windows with another deadline, bad windows, bad dates and years out of range', () => {
    const messages = (input: object) => {
      const r = openCertificationCycleSchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages({ ...base, deadline: may.closesAt, windows: [may, oct] })).toEqual(['window.deadlineMismatch']);
    expect(messages({ ...base, deadline: oct.closesAt, windows: [oct, { opensAt: oct.opensAt, closesAt: oct.closesAt }] })).toEqual(['window.overlap']);
    expect(messages({ ...base, deadline: 'not a date' })).toEqual(['input.date']);
    expect(messages({ ...base, fiscalYear: 40000, deadline: oct.closesAt })).toEqual(['input.fiscalYear']);
    expect(messages({ ...base, fiscalYear: 2570.5, deadline: oct.closesAt })).toEqual(['input.fiscalYear']);
  });
});

describe('extendCertificationCycleSchema', () => {
  it('takes a province or an LAO code only', () => {
    const ok = (scopeCode: string) => extendCertificationCycleSchema.safeParse({ module: 'INFO', fiscalYear: 2570, scopeCode, until: '2027-07-01' }).success;
    expect(ok('12')).toBe(true);
    expect(ok('5120101')).toBe(true);
    expect(ok('123')).toBe(false);
    expect(ok('x2')).toBe(false);
  });
});
