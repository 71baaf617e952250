import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';
import { FULL_REPORT, recorded, wasteApi } from '../testing/waste-fixtures';

/**
 * The Waste report on the shared certification machine (api-contract.md, "Waste" and "Certification"): the LAO
 * certifies a complete report (its sections and, when it collects waste, where it goes), the province confirms all
 * of its LAOs at once or returns one with a reason, and the LAO writes only inside the entry window.
 */
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!) { certifyProvince(module: WASTE, provinceCode: $p, fiscalYear: $fy) { module provinceCode fiscalYear certifiedCount } }`;
const RETURN = `mutation($lao: String!, $fy: Int!, $reason: String!) { returnSubmission(module: WASTE, laoCode: $lao, fiscalYear: $fy, reason: $reason) { status } }`;

type Missing = { section: string; labelTh: string; items: { code: string }[] }[];

describe('Waste certification: LAO certifies, province confirms or returns, windows', () => {
  let sut: TestApp;
  let make: Factories;
  let waste: ReturnType<typeof wasteApi>;
  let fy: number;

  const official = async (provinceCode = '12') => {
    const lao = await make.lao({ provinceCode });
    return { lao: lao.code, token: (await make.laoUser(lao.code)).token };
  };
  /** A complete report: every section, and all the collected waste sent to one site. */
  const complete = async (lao: string, token: string) => {
    await waste.fill(lao, fy, { token });
    const site = await make.disposalSite({ operatorLaoCode: lao });
    expect(codeOf(await waste.saveDisposal(lao, fy, [{ siteId: site.id, tonnesPerDay: 8 }], { token }))).toBeUndefined();
    return site;
  };
  const stored = (lao: string, year = fy) =>
    sut.db.query(
      `SELECT (SELECT json_agg(s ORDER BY section) FROM catalogue_section s WHERE module = 'WASTE' AND lao_code = $1 AND fiscal_year = $2) AS sections,
              (SELECT json_agg(u ORDER BY site_id) FROM waste_disposal_use u WHERE lao_code = $1 AND fiscal_year = $2) AS uses,
              (SELECT status FROM submission WHERE module = 'WASTE' AND lao_code = $1 AND fiscal_year = $2) AS status`,
      [lao, year],
    );

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    waste = wasteApi(sut);
    fy = make.fiscalYear();
    await make.cycle({ module: 'WASTE', fiscalYear: fy });
  });
  afterAll(() => sut.close());

  it('refuses certifying an incomplete report with INCOMPLETE naming the sections missing, then where the waste goes', async () => {
    const { lao, token } = await official();
    await waste.saveSection(lao, fy, 'COLLECTION', FULL_REPORT.COLLECTION, { token });
    await waste.saveSection(lao, fy, 'FEES_COSTS', { WF01: 20 }, { token });
    const early = await waste.certify(lao, fy, { token, lang: 'en' });
    expect(codeOf(early)).toBe('INCOMPLETE');
    const missing = early.errors![0]!.extensions.missing as Missing;
    expect(missing.map((m) => m.section)).toEqual(['SEPARATION_RECYCLING', 'FEES_COSTS', 'DISPOSAL']);
    expect(missing[0]!.items.map((i) => i.code)).toEqual(Object.keys(FULL_REPORT.SEPARATION_RECYCLING));
    expect(missing[1]!.items.map((i) => i.code)).toEqual(['WF02', 'WF03', 'WF04', 'WF05', 'WF06', 'WF07', 'WF08']);
    expect(missing[2]).toMatchObject({ labelTh: 'สถานที่กำจัดขยะมูลฝอย', items: [{ code: 'DISPOSAL' }] });
    expect(early.errors![0]!.message).toBe('Cannot certify yet: 16 values missing in 3 sections');

    await waste.fill(lao, fy, { token });
    const noSite = await waste.certify(lao, fy, { token });
    expect(codeOf(noSite)).toBe('INCOMPLETE');
    expect((noSite.errors![0]!.extensions.missing as Missing).map((m) => m.section)).toEqual(['DISPOSAL']);
    const report = await waste.read(lao, fy, { token });
    expect(report).toMatchObject({ status: 'DRAFT', complete: false, allowedActions: [] });
    expect(report.sections.map((s) => s.complete)).toEqual([true, true, true]);
  });

  it('needs no disposal site from an LAO that collects nothing', async () => {
    const { lao, token } = await official();
    await waste.fill(lao, fy, { token }, { WC06: 0 });
    expect((await waste.certify(lao, fy, { token })).data!.certifyWaste.status).toBe('LAO_CERTIFIED');
  });

  it('certifies a complete report (LAO_CERTIFIED), after which nothing can be changed until it is withdrawn', async () => {
    const { lao, token } = await official();
    const site = await complete(lao, token);
    const certified = (await waste.certify(lao, fy, { token })).data!.certifyWaste;
    expect(certified).toMatchObject({ status: 'LAO_CERTIFIED', complete: true, editable: false, allowedActions: ['WITHDRAW'] });
    const before = await stored(lao);

    expect(codeOf(await waste.saveSection(lao, fy, 'COLLECTION', { WC09: 13 }, { token }))).toBe('CONFLICT');
    expect(codeOf(await waste.saveDisposal(lao, fy, [{ siteId: site.id, tonnesPerDay: 1 }], { token }))).toBe('CONFLICT');
    expect(codeOf(await waste.certify(lao, fy, { token }))).toBe('CONFLICT');
    const admin = (await make.departmentUser()).token;
    expect(codeOf(await waste.saveSection(lao, fy, 'COLLECTION', { WC09: 13 }, { token: admin }))).toBe('CONFLICT');
    expect(await stored(lao)).toEqual(before);

    const withdrawn = await sut.gql<{ withdrawCertification: { status: string } }>(
      `mutation($lao: String!, $fy: Int!) { withdrawCertification(module: WASTE, laoCode: $lao, fiscalYear: $fy) { status } }`,
      { lao, fy },
      { token },
    );
    expect(withdrawn.data!.withdrawCertification.status).toBe('DRAFT');
    expect(codeOf(await waste.saveSection(lao, fy, 'COLLECTION', { WC09: 13 }, { token }))).toBeUndefined();
  });

  it("lets the province confirm all its LAOs at once (certifyProvince WASTE), only when every one has certified", async () => {
    const provinceCode = '30'; // this case's only LAOs there
    const [a, b] = [await official(provinceCode), await official(provinceCode)];
    await complete(a.lao, a.token);
    await complete(b.lao, b.token);
    await waste.certify(a.lao, fy, { token: a.token });
    const province = await make.provinceUser(provinceCode);
    expect((await waste.read(a.lao, fy, { token: province.token })).allowedActions).toEqual(['CERTIFY_PROVINCE', 'RETURN']);

    const pending = await sut.gql(CERTIFY_PROVINCE, { p: provinceCode, fy }, { token: province.token });
    expect(codeOf(pending)).toBe('INCOMPLETE');
    expect(pending.errors![0]!.extensions.pendingCount).toBe(1);
    expect((await waste.read(a.lao, fy, { token: a.token })).status).toBe('LAO_CERTIFIED');

    await waste.certify(b.lao, fy, { token: b.token });
    expect(codeOf(await sut.gql(CERTIFY_PROVINCE, { p: provinceCode, fy }, { token: (await make.provinceUser('31')).token }))).toBe('FORBIDDEN');
    expect(codeOf(await sut.gql(CERTIFY_PROVINCE, { p: provinceCode, fy }, { token: a.token }))).toBe('FORBIDDEN');
    const done = await sut.gql<{ certifyProvince: unknown }>(CERTIFY_PROVINCE, { p: provinceCode, fy }, { token: province.token });
    expect(done.data!.certifyProvince).toEqual({ module: 'WASTE', provinceCode, fiscalYear: fy, certifiedCount: 2 });
    for (const o of [a, b]) {
      const report = await waste.read(o.lao, fy, { token: o.token });
      expect(report).toMatchObject({ status: 'PROVINCE_CERTIFIED', editable: false, allowedActions: [] });
      expect(report.history.map((h) => [h.action, h.toStatus])).toEqual([
        ['CERTIFY', 'LAO_CERTIFIED'],
        ['CERTIFY_PROVINCE', 'PROVINCE_CERTIFIED'],
      ]);
    }
    // The province's confirmation moved only WASTE: the LAOs' INFO is untouched.
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM submission WHERE module <> 'WASTE' AND lao_code = ANY($1::bpchar[])`, [[a.lao, b.lao]])).toEqual([{ n: 0 }]);
  });

  it.each(['LAO_CERTIFIED', 'PROVINCE_CERTIFIED'] as const)('lets the province return a %s report with a reason; the LAO reads it and edits again', async (status) => {
    const provinceCode = status === 'LAO_CERTIFIED' ? '32' : '33';
    const { lao, token } = await official(provinceCode);
    await complete(lao, token);
    await waste.certify(lao, fy, { token });
    const province = await make.provinceUser(provinceCode);
    const confirm = { LAO_CERTIFIED: async () => null, PROVINCE_CERTIFIED: () => sut.gql(CERTIFY_PROVINCE, { p: provinceCode, fy }, { token: province.token }) };
    await confirm[status]();
    expect((await waste.read(lao, fy, { token })).status).toBe(status);

    expect(codeOf(await sut.gql(RETURN, { lao, fy, reason: ' ' }, { token: province.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await sut.gql(RETURN, { lao, fy, reason: 'ตรวจสอบ' }, { token: (await make.provinceUser('34')).token }))).toBe('FORBIDDEN');
    const reason = 'ปริมาณขยะที่เก็บขนได้ไม่ตรงกับใบชั่งน้ำหนัก';
    expect((await sut.gql<{ returnSubmission: { status: string } }>(RETURN, { lao, fy, reason }, { token: province.token })).data!.returnSubmission.status).toBe('DRAFT');
    const report = await waste.read(lao, fy, { token });
    expect(report.history.at(-1)).toMatchObject({ action: 'RETURN', fromStatus: status, toStatus: 'DRAFT', comment: reason });
    expect(report).toMatchObject({ status: 'DRAFT', editable: true });
    const fixed = await waste.saveSection(lao, fy, 'COLLECTION', { WC09: 13 }, { token });
    expect(fixed.errors).toBeUndefined();
    expect(recorded(fixed.data!.saveWasteSection).WC09).toBe(13);
  });

  it('closes LAO writes outside the window (WINDOW_CLOSED); reads still work, the department still records', async () => {
    const year = fy + 1; // this case's own cycle
    const day = 86_400_000;
    const past = { opensAt: new Date(Date.now() - 30 * day).toISOString(), closesAt: new Date(Date.now() - day).toISOString() };
    await make.cycle({ module: 'WASTE', fiscalYear: year, deadline: new Date(past.closesAt), windows: [past] });
    const { lao, token } = await official();
    const site = await make.disposalSite({ operatorLaoCode: lao });
    const before = await stored(lao, year);

    expect(codeOf(await waste.saveSection(lao, year, 'COLLECTION', { WC05: 3, WC06: 3 }, { token }))).toBe('WINDOW_CLOSED');
    expect(codeOf(await waste.saveDisposal(lao, year, [{ siteId: site.id, tonnesPerDay: 1 }], { token }))).toBe('WINDOW_CLOSED');
    expect(codeOf(await waste.certify(lao, year, { token }))).toBe('WINDOW_CLOSED');
    expect(await stored(lao, year)).toEqual(before);
    expect(await waste.read(lao, year, { token })).toMatchObject({ windowOpen: false, editable: false, allowedActions: [] });

    const admin = (await make.departmentUser()).token;
    expect(codeOf(await waste.saveSection(lao, year, 'COLLECTION', { WC05: 3, WC06: 3 }, { token: admin }))).toBeUndefined();
    // Without a cycle at all, the LAO cannot record either.
    expect(codeOf(await waste.saveSection(lao, fy + 2, 'COLLECTION', { WC05: 3 }, { token }))).toBe('WINDOW_CLOSED');
  });
});
