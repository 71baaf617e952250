import { REOPENED_WINDOW_DAYS } from '@lao/domain';
import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type Caller, type TestApp } from '../testing/test-app';
import { wasteApi } from '../testing/waste-fixtures';

/**
 * Closed years on the shared machine (libs/domain certification.ts): once an LAO's window of a year is over, a
 * province may no longer return its submission (the LAO could not certify it again); the department may return or
 * reopen it, and doing so re-opens that LAO's window for REOPENED_WINDOW_DAYS, recorded in the history. Shown on
 * Waste; the rule is the machine's, so every module's submission answers the same.
 */
const NODE = `laoCode status windowOpen allowedActions history { action comment windowReopenedUntil }`;
const LIST = `query($fy: Int!, $p: String!) { submissions(module: WASTE, fiscalYear: $fy, filter: { provinceCode: $p }, first: 50) { edges { node { ${NODE} } } } }`;
const RETURN = `mutation($lao: String!, $fy: Int!, $reason: String!) { returnSubmission(module: WASTE, laoCode: $lao, fiscalYear: $fy, reason: $reason) { ${NODE} } }`;
const REOPEN = `mutation($lao: String!, $fy: Int!, $reason: String!) { reopenSubmission(module: WASTE, laoCode: $lao, fiscalYear: $fy, reason: $reason) { ${NODE} } }`;
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!) { certifyProvince(module: WASTE, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`;
const CYCLE = `query($fy: Int!) { certificationCycle(module: WASTE, fiscalYear: $fy) { extensions { scopeCode until } } }`;

interface Node {
  laoCode: string;
  status: string;
  windowOpen: boolean;
  allowedActions: string[];
  history: { action: string; comment: string | null; windowReopenedUntil: string | null }[];
}

const DAY = 86_400_000;

describe('closed years: only the department returns them, and that re-opens the LAO\'s window', () => {
  let sut: TestApp;
  let make: Factories;
  let waste: ReturnType<typeof wasteApi>;
  let admin: Caller;

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    waste = wasteApi(sut);
    admin = { token: (await make.departmentUser()).token };
  });
  afterAll(() => sut.close());

  const node = async (laoCode: string, fy: number, caller: Caller): Promise<Node> => {
    const res = await sut.gql<{ submissions: { edges: { node: Node }[] } }>(LIST, { fy, p: laoCode.slice(1, 3) }, caller);
    return res.data!.submissions.edges.map((e) => e.node).find((n) => n.laoCode === laoCode)!;
  };
  /** An LAO that has certified a complete Waste report of `fy` while the window was open. */
  const certifiedLao = async (provinceCode: string, fy: number) => {
    const lao = await make.lao({ provinceCode });
    const official = { token: (await make.laoUser(lao.code)).token };
    await waste.fill(lao.code, fy, official);
    const site = await make.disposalSite({ operatorLaoCode: lao.code });
    expect(codeOf(await waste.saveDisposal(lao.code, fy, [{ siteId: site.id, tonnesPerDay: 8 }], official))).toBeUndefined();
    expect((await waste.certify(lao.code, fy, official)).data!.certifyWaste.status).toBe('LAO_CERTIFIED');
    return { code: lao.code, official };
  };
  /** The department moves the year's only window into the past: the year is closed. */
  const closeYear = (fy: number) => {
    const window = { opensAt: new Date(Date.now() - 20 * DAY).toISOString(), closesAt: new Date(Date.now() - 60_000).toISOString() };
    return make.cycle({ module: 'WASTE', fiscalYear: fy, deadline: new Date(window.closesAt), windows: [window] });
  };
  const state = async (laoCode: string, fy: number) =>
    (await sut.db.query(`SELECT status FROM submission WHERE module = 'WASTE' AND lao_code = $1 AND fiscal_year = $2`, [laoCode, fy]))[0]?.status;

  it('refuses a province returning a closed year, from either certified status, and offers it no RETURN', async () => {
    const fy = make.fiscalYear();
    await make.cycle({ module: 'WASTE', fiscalYear: fy });
    const a = await certifiedLao('40', fy);
    const province = { token: (await make.provinceUser('40')).token };
    expect((await node(a.code, fy, province)).allowedActions).toEqual(['CERTIFY_PROVINCE', 'RETURN']);
    await closeYear(fy);

    expect((await node(a.code, fy, province)).allowedActions).toEqual(['CERTIFY_PROVINCE']);
    const refused = await sut.gql(RETURN, { lao: a.code, fy, reason: 'ตัวเลขไม่ตรง' }, province);
    expect(codeOf(refused)).toBe('WINDOW_CLOSED');
    expect(refused.errors![0]!.message).toMatch(/^ปีงบประมาณนี้ปิดรับข้อมูลแล้ว จังหวัดส่งคืนให้ อปท. แก้ไขไม่ได้/);
    expect(await state(a.code, fy)).toBe('LAO_CERTIFIED');

    // Reviewing still works outside the window; a province-certified closed year is not the province's to return either.
    expect((await sut.gql<{ certifyProvince: { certifiedCount: number } }>(CERTIFY_PROVINCE, { p: '40', fy }, province)).data!.certifyProvince.certifiedCount).toBe(1);
    expect((await node(a.code, fy, province)).allowedActions).toEqual([]);
    const english = await sut.gql(RETURN, { lao: a.code, fy, reason: 'ตัวเลขไม่ตรง' }, { ...province, lang: 'en' });
    expect(codeOf(english)).toBe('WINDOW_CLOSED');
    expect(english.errors![0]!.message).toMatch(/ask the department/);
    expect(await state(a.code, fy)).toBe('PROVINCE_CERTIFIED');
    expect((await sut.gql<{ certificationCycle: { extensions: unknown[] } }>(CYCLE, { fy }, admin)).data!.certificationCycle.extensions).toEqual([]);
  });

  it('lets the department return or reopen a closed year, re-opening that LAO\'s window (and nothing while open)', async () => {
    const fy = make.fiscalYear();
    await make.cycle({ module: 'WASTE', fiscalYear: fy });
    const [a, b, untouched] = [await certifiedLao('41', fy), await certifiedLao('41', fy), await certifiedLao('41', fy)];
    const province = { token: (await make.provinceUser('41')).token };
    // While the year is open, a return re-opens nothing (the LAO is inside its window anyway).
    const open = await certifiedLao('42', fy);
    const early = (await sut.gql<{ returnSubmission: Node }>(RETURN, { lao: open.code, fy, reason: 'ตรวจสอบอีกครั้ง' }, admin)).data!.returnSubmission;
    expect(early.history.at(-1)).toMatchObject({ action: 'RETURN', windowReopenedUntil: null });
    await closeYear(fy);
    expect((await node(a.code, fy, admin)).allowedActions).toEqual(['WITHDRAW', 'CERTIFY_PROVINCE', 'RETURN']);
    expect((await node(a.code, fy, a.official)).allowedActions).toEqual([]);

    const before = Date.now();
    const returned = (await sut.gql<{ returnSubmission: Node }>(RETURN, { lao: a.code, fy, reason: 'ปริมาณขยะไม่ตรงกับรายงานจังหวัด' }, admin)).data!.returnSubmission;
    const until = new Date(returned.history.at(-1)!.windowReopenedUntil!).getTime();
    expect(returned.history.at(-1)).toMatchObject({ action: 'RETURN', comment: 'ปริมาณขยะไม่ตรงกับรายงานจังหวัด' });
    expect(until).toBeGreaterThanOrEqual(before + REOPENED_WINDOW_DAYS * DAY - 1000);
    expect(until).toBeLessThanOrEqual(Date.now() + REOPENED_WINDOW_DAYS * DAY + 1000);

    // The LAO (and only it) is inside a window again: it may certify, and does.
    expect(await node(a.code, fy, a.official)).toMatchObject({ status: 'DRAFT', windowOpen: true, allowedActions: ['CERTIFY'] });
    expect((await node(untouched.code, fy, untouched.official)).windowOpen).toBe(false);
    expect((await waste.certify(a.code, fy, a.official)).data!.certifyWaste.status).toBe('LAO_CERTIFIED');
    // Inside its re-opened window the province may return it again, as in any open year.
    expect((await node(a.code, fy, province)).allowedActions).toEqual(['CERTIFY_PROVINCE', 'RETURN']);

    // Reopening a province-certified closed year does the same for that LAO.
    expect(codeOf(await sut.gql(CERTIFY_PROVINCE, { p: '41', fy }, province))).toBeUndefined();
    const reopened = (await sut.gql<{ reopenSubmission: Node }>(REOPEN, { lao: b.code, fy, reason: 'แก้ไขตามผลตรวจสอบ' }, admin)).data!.reopenSubmission;
    expect(reopened.history.at(-1)).toMatchObject({ action: 'REOPEN', windowReopenedUntil: expect.any(String) });
    expect(await node(b.code, fy, b.official)).toMatchObject({ status: 'DRAFT', windowOpen: true, allowedActions: ['CERTIFY'] });

    const extensions = (await sut.gql<{ certificationCycle: { extensions: { scopeCode: string }[] } }>(CYCLE, { fy }, admin)).data!.certificationCycle.extensions;
    expect(extensions.map((e) => e.scopeCode)).toEqual([a.code, b.code].sort());
    const [{ n }] = await sut.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'CYCLE' AND action = 'CREATE' AND lao_code = ANY($1)`, [[a.code, b.code]]);
    expect(n).toBe(2);
  });
});
