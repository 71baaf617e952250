import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type Caller, type TestApp } from '../testing/test-app';
import { FIGURE_FIELDS, type WasteFiguresResult, wasteApi } from '../testing/waste-fixtures';

/**
 * Who reads and writes Waste (api-contract.md, "Transport and identity", "Access" and "Waste"): reports within the
 * caller's scope, summaries counting drafts only within it (province-certified reports everywhere), partner keys
 * reading but never writing.
 */
const SUMMARY = `query($fy: Int!, $p: String, $certifiedOnly: Boolean) {
  wasteSummary(fiscalYear: $fy, provinceCode: $p, certifiedOnly: $certifiedOnly) { code nameTh reporting total status ${FIGURE_FIELDS} }
}`;
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!) { certifyProvince(module: WASTE, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`;

type Row = WasteFiguresResult & { code: string; nameTh: string; reporting: number; total: number; status: string | null };

describe('Waste scope: reports, summaries, partner keys', () => {
  let sut: TestApp;
  let make: Factories;
  let waste: ReturnType<typeof wasteApi>;
  let fy: number;

  const official = async (provinceCode: string) => {
    const lao = await make.lao({ provinceCode });
    return { lao: lao.code, token: (await make.laoUser(lao.code)).token };
  };
  const summary = async (caller: Caller, p: string | null = null, certifiedOnly: boolean | null = null) => {
    const res = await sut.gql<{ wasteSummary: Row[] }>(SUMMARY, { fy, p, certifiedOnly }, caller);
    if (!res.data?.wasteSummary) throw new Error(JSON.stringify(res.errors));
    return res.data.wasteSummary;
  };
  const rowOf = (rows: Row[], code: string) => rows.find((r) => r.code === code);

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    waste = wasteApi(sut);
    fy = make.fiscalYear();
    await make.cycle({ module: 'WASTE', fiscalYear: fy });
  });
  afterAll(() => sut.close());

  it("lets an LAO read only its own report and a province only its province's (FORBIDDEN otherwise)", async () => {
    const own = await official('40');
    await waste.saveSection(own.lao, fy, 'COLLECTION', { WC05: 3 }, { token: own.token });
    const neighbour = await official('40');
    expect(codeOf(await waste.report(own.lao, fy, { token: neighbour.token }))).toBe('FORBIDDEN');
    expect(codeOf(await waste.report(own.lao, fy, { token: (await make.provinceUser('41')).token }))).toBe('FORBIDDEN');
    expect(codeOf(await waste.report(own.lao, fy, {}))).toBe('UNAUTHENTICATED');
    for (const caller of [{ token: own.token }, { token: (await make.provinceUser('40')).token }, { token: (await make.departmentUser()).token }, { apiKey: (await make.apiKey()).key }]) {
      expect((await waste.read(own.lao, fy, caller)).figures.generatedTonnesPerDay).toBe(3);
    }
    // Nor write another's, nor the province (it checks and confirms, never records).
    expect(codeOf(await waste.saveSection(own.lao, fy, 'COLLECTION', { WC05: 4 }, { token: neighbour.token }))).toBe('FORBIDDEN');
    expect(codeOf(await waste.saveSection(own.lao, fy, 'COLLECTION', { WC05: 4 }, { token: (await make.provinceUser('40')).token }))).toBe('FORBIDDEN');
    expect(codeOf(await waste.certify(own.lao, fy, { token: neighbour.token }))).toBe('FORBIDDEN');
    expect((await waste.read(own.lao, fy, { token: own.token })).figures.generatedTonnesPerDay).toBe(3);
  });

  it('summarises nationally a row per province (total its LAOs, reporting those with a report), and a province a row per LAO', async () => {
    const provinceCode = '42';
    // 1,000 people at 1 kg/day and 9,000 at 2 kg/day: 1.9 kg as a ratio of sums (1.5 as an average of ratios).
    const [small, large, silent] = [await official(provinceCode), await official(provinceCode), await official(provinceCode)];
    await waste.saveSection(small.lao, fy, 'COLLECTION', { WC01: 1000, WC05: 1, WC06: 1 }, { token: small.token });
    await waste.saveSection(large.lao, fy, 'COLLECTION', { WC01: 9000, WC05: 18, WC06: 12 }, { token: large.token });
    // Only the small LAO names a site: the properly disposed share counts LAOs with both parts (0.5 of 1 t, not of 19).
    const site = await make.disposalSite({ operatorLaoCode: small.lao });
    await waste.saveDisposal(small.lao, fy, [{ siteId: site.id, tonnesPerDay: 0.5 }], { token: small.token });
    const department = { token: (await make.departmentUser()).token };

    const national = await summary(department);
    const provincesWithLaos = (await sut.db.query(`SELECT DISTINCT province_code AS code FROM local_authority ORDER BY 1`)).map((r: { code: string }) => r.code);
    expect(national.map((r) => r.code).sort()).toEqual(provincesWithLaos);
    const [{ name }] = await sut.db.query(`SELECT name_th AS name FROM province WHERE code = $1`, [provinceCode]);
    expect(rowOf(national, provinceCode)).toMatchObject({
      nameTh: name,
      total: 3,
      reporting: 2,
      status: null,
      generatedTonnesPerDay: 19,
      collectedTonnesPerDay: 13,
      properlyDisposedTonnesPerDay: 0.5,
      kgPerCapitaPerDay: 1.9,
      properDisposalShare: 0.5,
      collectionCoverage: null,
    });

    const byLao = await summary(department, provinceCode);
    expect(byLao.map((r) => [r.code, r.total, r.reporting])).toEqual(
      [
        [small.lao, 1, 1],
        [large.lao, 1, 1],
        [silent.lao, 1, 0],
      ].sort(),
    );
    expect(rowOf(byLao, large.lao)).toMatchObject({ status: 'DRAFT', kgPerCapitaPerDay: 2, generatedTonnesPerDay: 18, properDisposalShare: null });
    expect(rowOf(byLao, small.lao)).toMatchObject({ kgPerCapitaPerDay: 1, properDisposalShare: 0.5 });
    expect(rowOf(byLao, silent.lao)).toMatchObject({ generatedTonnesPerDay: null, kgPerCapitaPerDay: null });
    expect(codeOf(await sut.gql(SUMMARY, { fy, p: '00' }, department))).toBe('BAD_USER_INPUT');
  });

  describe("counts other LAOs' drafts nowhere outside the caller's scope, province-certified reports everywhere", () => {
    /**
     * Four provinces, each with one LAO of the case's own: a draft (40 t/day generated), a province-certified report
     * (10), one certified by its LAO only (10), and the viewing LAO's own draft (2).
     */
    const setUp = async ([draftP, confirmedP, laoCertifiedP, viewerP]: [string, string, string, string]) => {
      const draft = await official(draftP);
      await waste.fill(draft.lao, fy, { token: draft.token }, { WC05: 40, WC06: 30 });
      const confirmed = await official(confirmedP);
      await waste.fill(confirmed.lao, fy, { token: confirmed.token });
      await waste.saveDisposal(confirmed.lao, fy, [{ siteId: (await make.disposalSite({ operatorLaoCode: confirmed.lao })).id, tonnesPerDay: 8 }], { token: confirmed.token });
      expect(codeOf(await waste.certify(confirmed.lao, fy, { token: confirmed.token }))).toBeUndefined();
      expect(codeOf(await sut.gql(CERTIFY_PROVINCE, { p: confirmedP, fy }, { token: (await make.provinceUser(confirmedP)).token }))).toBeUndefined();
      const laoCertified = await official(laoCertifiedP);
      await waste.fill(laoCertified.lao, fy, { token: laoCertified.token }, { WC06: 0 });
      expect(codeOf(await waste.certify(laoCertified.lao, fy, { token: laoCertified.token }))).toBeUndefined();
      const viewer = await official(viewerP);
      await waste.saveSection(viewer.lao, fy, 'COLLECTION', { WC05: 2 }, { token: viewer.token });
      const provinces = { draft: draftP, confirmed: confirmedP, laoCertified: laoCertifiedP, viewer: viewerP };
      /** [reporting, generated t/day] of each of the four provinces' rows. */
      const counts = (rows: Row[]) =>
        Object.fromEntries(Object.entries(provinces).map(([role, code]) => [role, [rowOf(rows, code)!.reporting, rowOf(rows, code)!.generatedTonnesPerDay]]));
      return { draft, confirmed, laoCertified, viewer, counts };
    };

    it("an LAO's national summary: its own draft and province-certified reports, nothing else", async () => {
      const { viewer, counts } = await setUp(['43', '44', '45', '46']);
      const rows = await summary({ token: viewer.token });
      expect(counts(rows)).toEqual({ draft: [0, null], confirmed: [1, 10], laoCertified: [0, null], viewer: [1, 2] });
      expect(rowOf(rows, '43')!.total).toBe(1); // the LAO is there, its figures not
    });

    it("a province's summary: drafts of its own province too", async () => {
      const { draft, laoCertified, counts } = await setUp(['48', '49', '50', '51']);
      const province = { token: (await make.provinceUser('48')).token };
      expect(counts(await summary(province))).toEqual({ draft: [1, 40], confirmed: [1, 10], laoCertified: [0, null], viewer: [0, null] });
      expect((await summary(province, '48')).map((r) => [r.code, r.reporting, r.status, r.generatedTonnesPerDay])).toEqual([[draft.lao, 1, 'DRAFT', 40]]);
      expect((await summary(province, '50')).map((r) => [r.code, r.total, r.reporting, r.status, r.generatedTonnesPerDay])).toEqual([[laoCertified.lao, 1, 0, null, null]]);
    });

    it('the department and national keys: every report', async () => {
      const { counts } = await setUp(['52', '53', '54', '55']);
      const all = { draft: [1, 40], confirmed: [1, 10], laoCertified: [1, 10], viewer: [1, 2] };
      expect(counts(await summary({ token: (await make.departmentUser()).token }))).toEqual(all);
      expect(counts(await summary({ apiKey: (await make.apiKey({ modules: ['WASTE'] })).key }))).toEqual(all);
    });

    it('certifiedOnly leaves drafts out for everyone, LAO-certified reports in', async () => {
      const { viewer, counts } = await setUp(['56', '57', '58', '60']);
      expect(counts(await summary({ token: (await make.departmentUser()).token }, null, true))).toEqual({ draft: [0, null], confirmed: [1, 10], laoCertified: [1, 10], viewer: [0, null] });
      expect(counts(await summary({ token: viewer.token }, null, true))).toEqual({ draft: [0, null], confirmed: [1, 10], laoCertified: [0, null], viewer: [0, null] });
    });

    it('a province-limited key: only its province, in rows and in figures', async () => {
      await setUp(['61', '62', '63', '64']);
      const rows = await summary({ apiKey: (await make.apiKey({ provinceCode: '61' })).key });
      expect(rows.map((r) => [r.code, r.reporting, r.generatedTonnesPerDay])).toEqual([['61', 1, 40]]);
    });
  });

  it('lets an API key with WASTE VIEW read the report, summary and sites, and refuses every Waste mutation (FORBIDDEN)', async () => {
    const { lao, token } = await official('47');
    await waste.saveSection(lao, fy, 'COLLECTION', { WC05: 5, WC06: 5 }, { token });
    const site = await make.disposalSite({ operatorLaoCode: lao });
    const key = { apiKey: (await make.apiKey({ modules: ['WASTE'] })).key };
    const sites = `query { disposalSites(filter: { provinceCode: "47" }) { totalCount edges { node { id } } } }`;
    expect((await sut.gql<{ disposalSites: { totalCount: number } }>(sites, {}, key)).data!.disposalSites.totalCount).toBe(1);
    expect(rowOf(await summary(key), '47')).toMatchObject({ reporting: 1, generatedTonnesPerDay: 5 });
    expect((await waste.read(lao, fy, key)).figures.generatedTonnesPerDay).toBe(5);
    expect((await sut.gql<{ wasteIndicators: unknown[] }>(`query($fy: Int!) { wasteIndicators(fiscalYear: $fy) { code } }`, { fy }, key)).data!.wasteIndicators.length).toBeGreaterThan(0);

    const before = await sut.db.query(
      `SELECT (SELECT json_agg(s) FROM catalogue_section s WHERE lao_code = $1) AS sections, (SELECT json_agg(x) FROM waste_disposal_site x WHERE operator_lao_code = $1) AS sites,
              (SELECT json_agg(u) FROM waste_disposal_use u WHERE lao_code = $1) AS uses, (SELECT json_agg(sub) FROM submission sub WHERE lao_code = $1) AS submissions`,
      [lao],
    );
    const site_ = { operatorLaoCode: lao, nameTh: 'บ่อขยะ', method: 'OPEN_DUMP', status: 'OPERATING', latitude: 14, longitude: 100 };
    for (const res of [
      await waste.saveSection(lao, fy, 'COLLECTION', { WC05: 6 }, key),
      await waste.saveDisposal(lao, fy, [{ siteId: site.id, tonnesPerDay: 1 }], key),
      await waste.certify(lao, fy, key),
      await sut.gql(`mutation($input: SaveDisposalSiteInput!) { saveDisposalSite(input: $input) { id } }`, { input: site_ }, key),
      await sut.gql(`mutation($input: SaveDisposalSiteInput!) { saveDisposalSite(input: $input) { id } }`, { input: { ...site_, id: site.id } }, key),
      await sut.gql(`mutation($id: ID!) { deleteDisposalSite(id: $id) }`, { id: site.id }, key),
    ]) {
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    expect(
      await sut.db.query(
        `SELECT (SELECT json_agg(s) FROM catalogue_section s WHERE lao_code = $1) AS sections, (SELECT json_agg(x) FROM waste_disposal_site x WHERE operator_lao_code = $1) AS sites,
                (SELECT json_agg(u) FROM waste_disposal_use u WHERE lao_code = $1) AS uses, (SELECT json_agg(sub) FROM submission sub WHERE lao_code = $1) AS submissions`,
        [lao],
      ),
    ).toEqual(before);

    // A key without WASTE reads none of it.
    const infoOnly = { apiKey: (await make.apiKey({ modules: ['INFO'] })).key };
    expect(codeOf(await sut.gql(SUMMARY, { fy }, infoOnly))).toBe('FORBIDDEN');
    expect(codeOf(await sut.gql(sites, {}, infoOnly))).toBe('FORBIDDEN');
    expect(codeOf(await waste.report(lao, fy, infoOnly))).toBe('FORBIDDEN');
  });
});
