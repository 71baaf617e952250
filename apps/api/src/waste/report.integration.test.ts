import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';
import { recorded, wasteApi } from '../testing/waste-fixtures';

/**
 * The Waste report (api-contract.md, "Waste"): its catalogue, saving sections under the cross-field rules, the
 * warnings on implausible values, the figures, and INFO's linked waste indicators reading it live.
 */
const INDICATORS = `query($fy: Int!) { wasteIndicators(fiscalYear: $fy) { code section labelTh labelEn unit valueType required linkedFrom options { value labelTh } } }`;
const INFO_SUBMISSION = `query($lao: String!, $fy: Int!) {
  infoSubmission(laoCode: $lao, fiscalYear: $fy) { sections { domain values { indicatorCode value } } }
}`;

type Indicator = { code: string; section: string; labelTh: string; valueType: string; required: boolean; linkedFrom: string | null };
type Fields = { path: string; message: string }[];

describe('Waste report: sections, cross-field rules, warnings, figures, INFO link', () => {
  let sut: TestApp;
  let make: Factories;
  let waste: ReturnType<typeof wasteApi>;
  /** This file's open year (a WASTE cycle opened once, never changed by a case). */
  let fy: number;

  const official = async (provinceCode = '12') => {
    const lao = await make.lao({ provinceCode });
    return { lao: lao.code, token: (await make.laoUser(lao.code)).token };
  };
  /** Everything stored for an LAO's report and its submission, to show a refused save changed nothing. */
  const snapshot = (lao: string, year: number) =>
    sut.db.query(
      `SELECT (SELECT json_agg(s ORDER BY section) FROM catalogue_section s WHERE module = 'WASTE' AND lao_code = $1 AND fiscal_year = $2) AS sections,
              (SELECT row_to_json(x) FROM submission x WHERE module = 'WASTE' AND lao_code = $1 AND fiscal_year = $2) AS submission`,
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

  it('has a catalogue of three sections, at least 8 typed-in indicators each', async () => {
    const { token } = await official();
    const list = (await sut.gql<{ wasteIndicators: Indicator[] }>(INDICATORS, { fy }, { token })).data!.wasteIndicators;
    const bySection = new Map<string, string[]>();
    for (const i of list) bySection.set(i.section, [...(bySection.get(i.section) ?? []), i.code]);
    expect([...bySection.keys()]).toEqual(['COLLECTION', 'SEPARATION_RECYCLING', 'FEES_COSTS']);
    for (const codes of bySection.values()) expect(codes.length).toBeGreaterThanOrEqual(8);
    expect(bySection.get('COLLECTION')).toEqual(expect.arrayContaining(['WC01', 'WC03', 'WC05', 'WC06']));
    expect(list.filter((i) => i.linkedFrom !== null)).toEqual([]);
    expect(list.find((i) => i.code === 'WC05')).toMatchObject({ valueType: 'DECIMAL', unit: 'ตัน/วัน', required: true, labelEn: 'Solid waste generated', options: null });
  });

  it('saves a section: values not listed keep what they had, null clears one', async () => {
    const { lao, token } = await official();
    expect(codeOf(await waste.saveSection(lao, fy, 'COLLECTION', { WC01: 5000, WC05: 4 }, { token }))).toBeUndefined();
    const saved = (await waste.saveSection(lao, fy, 'COLLECTION', { WC06: 3.5 }, { token })).data!.saveWasteSection;
    expect(recorded(saved)).toEqual({ WC01: 5000, WC05: 4, WC06: 3.5 });
    const cleared = (await waste.saveSection(lao, fy, 'COLLECTION', { WC01: null }, { token })).data!.saveWasteSection;
    expect(recorded(cleared)).toEqual({ WC05: 4, WC06: 3.5 });
    const collection = cleared.sections.find((s) => s.section === 'COLLECTION')!;
    expect(collection).toMatchObject({ complete: false });
    expect(collection.missing).toEqual(['WC01', 'WC02', 'WC03', 'WC04', 'WC07', 'WC08', 'WC09']);
    // Read back on its own: the same as the save answered.
    expect(recorded(await waste.read(lao, fy, { token }))).toEqual({ WC05: 4, WC06: 3.5 });
  });

  describe('refuses a report breaking a cross-field rule with BAD_USER_INPUT naming the indicators, and changes nothing', () => {
    it('collected above generated, in one save', async () => {
      const { lao, token } = await official();
      await waste.saveSection(lao, fy, 'COLLECTION', { WC01: 1000 }, { token });
      const before = await snapshot(lao, fy);
      const res = await waste.saveSection(lao, fy, 'COLLECTION', { WC05: 5, WC06: 6 }, { token });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.indicatorCodes).toEqual(expect.arrayContaining(['WC06', 'WC05']));
      expect((res.errors![0]!.extensions.fields as Fields).map((f) => f.path)).toEqual(['values.0.value', 'values.1.value']);
      expect(await snapshot(lao, fy)).toEqual(before);
      expect(recorded(await waste.read(lao, fy, { token }))).toEqual({ WC01: 1000 });
      // Collected equal to generated is fine.
      expect(codeOf(await waste.saveSection(lao, fy, 'COLLECTION', { WC05: 5, WC06: 5 }, { token }))).toBeUndefined();
    });

    it('collected above the generated saved before', async () => {
      const { lao, token } = await official();
      await waste.saveSection(lao, fy, 'COLLECTION', { WC05: 10 }, { token });
      const before = await snapshot(lao, fy);
      const res = await waste.saveSection(lao, fy, 'COLLECTION', { WC06: 10.01 }, { token, lang: 'en' });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.indicatorCodes).toEqual(expect.arrayContaining(['WC06', 'WC05']));
      expect(res.errors![0]!.message).toBe('Waste collected (WC06, WC05) cannot exceed waste generated');
      expect(await snapshot(lao, fy)).toEqual(before);
    });

    it('households billed (fees) above all households (collection), whichever section is saved', async () => {
      const { lao, token } = await official();
      await waste.saveSection(lao, fy, 'COLLECTION', { WC02: 100 }, { token });
      const before = await snapshot(lao, fy);
      const billed = await waste.saveSection(lao, fy, 'FEES_COSTS', { WF01: 20, WF02: 101 }, { token });
      expect(codeOf(billed)).toBe('BAD_USER_INPUT');
      expect(billed.errors![0]!.extensions.indicatorCodes).toEqual(['WF02', 'WC02']);
      expect((billed.errors![0]!.extensions.fields as Fields).map((f) => f.path)).toEqual(['values.1.value']);
      expect(await snapshot(lao, fy)).toEqual(before);

      expect(codeOf(await waste.saveSection(lao, fy, 'FEES_COSTS', { WF02: 100 }, { token }))).toBeUndefined();
      // Lowering the households below those billed, in the other section, is refused too.
      const lowered = await waste.saveSection(lao, fy, 'COLLECTION', { WC02: 99 }, { token });
      expect(codeOf(lowered)).toBe('BAD_USER_INPUT');
      expect(lowered.errors![0]!.extensions.indicatorCodes).toEqual(['WF02', 'WC02']);
      expect(recorded(await waste.read(lao, fy, { token }))).toEqual({ WC02: 100, WF02: 100 });
    });

    it('recycled and composted per year above a year of generated waste', async () => {
      const { lao, token } = await official();
      await waste.saveSection(lao, fy, 'COLLECTION', { WC05: 1 }, { token });
      const res = await waste.saveSection(lao, fy, 'SEPARATION_RECYCLING', { WS04: 300, WS05: 66 }, { token });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.indicatorCodes).toEqual(expect.arrayContaining(['WS04', 'WS05', 'WC05']));
      expect(codeOf(await waste.saveSection(lao, fy, 'SEPARATION_RECYCLING', { WS04: 300, WS05: 65 }, { token }))).toBeUndefined();
    });
  });

  it.each([
    ['a negative tonnage', 'COLLECTION', { WC05: -1 }],
    ['a negative yearly tonnage', 'SEPARATION_RECYCLING', { WS04: -0.5 }],
    ['a tonnage with three decimals', 'COLLECTION', { WC06: 1.234 }],
    ['an indicator of another section', 'FEES_COSTS', { WC05: 1 }],
  ] as const)('refuses %s with BAD_USER_INPUT naming the field, and changes nothing', async (_name, section, values) => {
    const { lao, token } = await official();
    const before = await snapshot(lao, fy);
    const good = { COLLECTION: { WC09: 12 }, SEPARATION_RECYCLING: { WS02: 2 }, FEES_COSTS: { WF01: 20 } }[section];
    const res = await waste.saveSection(lao, fy, section, { ...values, ...good }, { token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const paths = (res.errors![0]!.extensions.fields as Fields).map((f) => f.path);
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^values\.0\.(value|indicatorCode)$/);
    expect(await snapshot(lao, fy)).toEqual(before);
  });

  describe('accepts implausible values and lists them in warnings', () => {
    it('generation below 0.2 kg per person per day', async () => {
      const { lao, token } = await official();
      const saved = await waste.saveSection(lao, fy, 'COLLECTION', { WC01: 10_000, WC05: 1.5 }, { token });
      expect(saved.data!.saveWasteSection.warnings).toEqual([{ code: 'KG_PER_CAPITA_LOW', indicatorCodes: ['WC05', 'WC01'], value: 0.15, previous: null }]);
      expect(recorded(saved.data!.saveWasteSection)).toEqual({ WC01: 10_000, WC05: 1.5 });
      // A plausible figure clears the warning.
      expect((await waste.saveSection(lao, fy, 'COLLECTION', { WC05: 2 }, { token })).data!.saveWasteSection.warnings).toEqual([]);
    });

    it("collected 60 % above last year's report", async () => {
      const { lao, token } = await official();
      // Last year's report, recorded after its window by the department (which works outside windows).
      const admin = (await make.departmentUser()).token;
      expect(codeOf(await waste.saveSection(lao, fy - 1, 'COLLECTION', { WC01: 10_000, WC05: 12, WC06: 10 }, { token: admin }))).toBeUndefined();

      const saved = (await waste.saveSection(lao, fy, 'COLLECTION', { WC01: 10_500, WC05: 17, WC06: 16 }, { token })).data!.saveWasteSection;
      expect(saved.warnings).toEqual([{ code: 'CHANGE_FROM_LAST_YEAR', indicatorCodes: ['WC06'], value: 16, previous: 10 }]);
      // Last year's own report compares with the year before it, which has none.
      expect((await waste.read(lao, fy - 1, { token })).warnings).toEqual([]);
    });
  });

  describe('figures (shares 0–1, null where a part is missing)', () => {
    it('computes kg per person, coverage, properly disposed share from proper methods only, recycling rate and cost recovery', async () => {
      const { lao, token } = await official();
      await waste.fill(lao, fy, { token });
      const landfill = await make.disposalSite({ operatorLaoCode: lao, method: 'SANITARY_LANDFILL' });
      const compost = await make.disposalSite({ operatorLaoCode: lao, method: 'COMPOSTING' });
      const dump = await make.disposalSite({ operatorLaoCode: lao, method: 'OPEN_DUMP' });
      const transfer = await make.disposalSite({ operatorLaoCode: lao, method: 'TRANSFER_STATION' });
      const uses = [
        { siteId: landfill.id, tonnesPerDay: 3 },
        { siteId: compost.id, tonnesPerDay: 1 },
        { siteId: dump.id, tonnesPerDay: 2.5 },
        { siteId: transfer.id, tonnesPerDay: 1.5 },
      ];
      const report = (await waste.saveDisposal(lao, fy, uses, { token })).data!.saveWasteDisposal;
      expect(report.figures).toEqual({
        populationServed: 8_000,
        generatedTonnesPerDay: 10,
        collectedTonnesPerDay: 8,
        properlyDisposedTonnesPerDay: 4,
        recycledTonnesPerYear: 365,
        kgPerCapitaPerDay: 1,
        collectionCoverage: 0.8,
        properDisposalShare: 0.4,
        recyclingRate: 0.1,
        costRecovery: 0.25,
      });
      expect(report.warnings).toEqual([]);
      // Fee revenue above the cost: cost recovery goes above 1.
      expect((await waste.saveSection(lao, fy, 'FEES_COSTS', { WF03: 1_800_000 }, { token })).data!.saveWasteSection.figures.costRecovery).toBe(1.5);
    });

    it('leaves a figure null while one of its parts is missing', async () => {
      const { lao, token } = await official();
      const partial = (await waste.saveSection(lao, fy, 'COLLECTION', { WC03: 900, WC05: 2, WC06: 1.5 }, { token })).data!.saveWasteSection.figures;
      expect(partial).toEqual({
        populationServed: 900,
        generatedTonnesPerDay: 2,
        collectedTonnesPerDay: 1.5,
        properlyDisposedTonnesPerDay: null,
        recycledTonnesPerYear: null,
        kgPerCapitaPerDay: null,
        collectionCoverage: null,
        properDisposalShare: null,
        recyclingRate: null,
        costRecovery: null,
      });
      await waste.saveSection(lao, fy, 'SEPARATION_RECYCLING', { WS05: 73 }, { token });
      const site = await make.disposalSite({ operatorLaoCode: lao, method: 'OPEN_DUMP' });
      const withSite = (await waste.saveDisposal(lao, fy, [{ siteId: site.id, tonnesPerDay: 1.5 }], { token })).data!.saveWasteDisposal.figures;
      // Composted alone counts as recovered; waste sent only to an open dump is 0 % properly disposed, not unknown.
      expect(withSite).toMatchObject({ recycledTonnesPerYear: 73, recyclingRate: 0.1, properlyDisposedTonnesPerDay: 0, properDisposalShare: 0, kgPerCapitaPerDay: null });
    });
  });

  it("shows the Waste report's generated and collected as INFO's PH05 and PH06, live", async () => {
    const { lao, token } = await official();
    const infoValues = async () => {
      const res = await sut.gql<{ infoSubmission: { sections: { domain: string; values: { indicatorCode: string; value: unknown }[] }[] } }>(INFO_SUBMISSION, { lao, fy }, { token });
      const health = res.data!.infoSubmission.sections.find((s) => s.domain === 'PUBLIC_HEALTH_ENVIRONMENT')!;
      return Object.fromEntries(health.values.filter((v) => v.indicatorCode === 'PH05' || v.indicatorCode === 'PH06').map((v) => [v.indicatorCode, v.value]));
    };
    expect(await infoValues()).toEqual({ PH05: null, PH06: null });
    await waste.saveSection(lao, fy, 'COLLECTION', { WC05: 12.5, WC06: 11.25 }, { token });
    expect(await infoValues()).toEqual({ PH05: 12.5, PH06: 11.25 });
    await waste.saveSection(lao, fy, 'COLLECTION', { WC06: 9 }, { token });
    expect(await infoValues()).toEqual({ PH05: 12.5, PH06: 9 });
    await waste.saveSection(lao, fy, 'COLLECTION', { WC05: null }, { token });
    expect(await infoValues()).toEqual({ PH05: null, PH06: 9 });
    // Another LAO's report is not this LAO's figure; partner tables read the same live values.
    const other = await official();
    await waste.saveSection(other.lao, fy, 'COLLECTION', { WC05: 40 }, { token: other.token });
    expect(await infoValues()).toEqual({ PH05: null, PH06: 9 });
    const partner = await sut.gql<{ infoValues: { edges: { node: { laoCode: string; values: { indicatorCode: string; value: unknown }[] } }[] } }>(
      `query($fy: Int!, $lao: String!) { infoValues(fiscalYear: $fy, indicatorCodes: ["PH05", "PH06"], filter: { search: $lao }, first: 5) { edges { node { laoCode values { indicatorCode value } } } } }`,
      { fy, lao },
      { apiKey: (await make.apiKey()).key },
    );
    expect(partner.data!.infoValues.edges.find((e) => e.node.laoCode === lao)!.node.values).toEqual([
      { indicatorCode: 'PH05', value: null },
      { indicatorCode: 'PH06', value: 9 },
    ]);
    // INFO cannot be typed over them.
    const typed = await sut.gql(
      `mutation($input: SaveInfoSectionInput!) { saveInfoSection(input: $input) { domain } }`,
      { input: { laoCode: lao, fiscalYear: fy, domain: 'PUBLIC_HEALTH_ENVIRONMENT', values: [{ indicatorCode: 'PH06', value: 1 }] } },
      { token },
    );
    expect(codeOf(typed)).toBe('BAD_USER_INPUT');
  });
});
