import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';
import { wasteApi } from '../testing/waste-fixtures';

/**
 * Where an LAO's collected waste goes (saveWasteDisposal, api-contract.md "Waste"): the uses replace the year's,
 * name operating sites, and add up to no more than collected t/day, which later saves cannot lower below them.
 */
type Fields = { path: string; message: string }[];

describe('Waste disposal: where the collected waste goes', () => {
  let sut: TestApp;
  let make: Factories;
  let waste: ReturnType<typeof wasteApi>;
  let fy: number;

  /** An LAO collecting `collected` t/day, its official, and two operating sites (run by another LAO). */
  const collecting = async (collected: number | null) => {
    const lao = (await make.lao()).code;
    const token = (await make.laoUser(lao)).token;
    if (collected !== null) expect(codeOf(await waste.saveSection(lao, fy, 'COLLECTION', { WC05: 20, WC06: collected }, { token }))).toBeUndefined();
    const operator = (await make.lao()).code;
    const [a, b] = [await make.disposalSite({ operatorLaoCode: operator }), await make.disposalSite({ operatorLaoCode: operator, method: 'INCINERATION' })];
    return { lao, token, a, b };
  };
  const uses = (lao: string) =>
    sut.db.query(`SELECT site_id AS "siteId", tonnes_per_day::float AS "tonnesPerDay" FROM waste_disposal_use WHERE lao_code = $1 AND fiscal_year = $2 ORDER BY 2 DESC`, [lao, fy]);
  const fieldsOf = (res: { errors?: { extensions: Record<string, unknown> }[] }) => (res.errors![0]!.extensions.fields as Fields).map((f) => f.path);

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    waste = wasteApi(sut);
    fy = make.fiscalYear();
    await make.cycle({ module: 'WASTE', fiscalYear: fy });
  });
  afterAll(() => sut.close());

  it("replaces the year's uses with the ones given, and reads them back in the report", async () => {
    const { lao, token, a, b } = await collecting(10);
    const first = await waste.saveDisposal(lao, fy, [{ siteId: a.id, tonnesPerDay: 6 }, { siteId: b.id, tonnesPerDay: 4 }], { token });
    expect(first.data!.saveWasteDisposal.disposal).toEqual([
      { site: { id: a.id, nameTh: a.nameTh, method: 'SANITARY_LANDFILL' }, tonnesPerDay: 6 },
      { site: { id: b.id, nameTh: b.nameTh, method: 'INCINERATION' }, tonnesPerDay: 4 },
    ]);
    const second = await waste.saveDisposal(lao, fy, [{ siteId: b.id, tonnesPerDay: 2.5 }], { token });
    expect(second.data!.saveWasteDisposal.disposal).toEqual([{ site: { id: b.id, nameTh: b.nameTh, method: 'INCINERATION' }, tonnesPerDay: 2.5 }]);
    expect(await uses(lao)).toEqual([{ siteId: b.id, tonnesPerDay: 2.5 }]);
    expect((await waste.read(lao, fy, { token })).disposal.map((d) => d.site.id)).toEqual([b.id]);
    // Another year keeps its own (none).
    expect((await waste.read(lao, fy - 1, { token })).disposal).toEqual([]);
    // An empty list removes them all.
    expect((await waste.saveDisposal(lao, fy, [], { token })).data!.saveWasteDisposal.disposal).toEqual([]);
    expect(await uses(lao)).toEqual([]);
  });

  it('refuses uses adding up to more than collected t/day (BAD_USER_INPUT), and keeps the uses it had', async () => {
    const { lao, token, a, b } = await collecting(10);
    await waste.saveDisposal(lao, fy, [{ siteId: a.id, tonnesPerDay: 5 }], { token });
    const res = await waste.saveDisposal(lao, fy, [{ siteId: a.id, tonnesPerDay: 6 }, { siteId: b.id, tonnesPerDay: 4.01 }], { token, lang: 'en' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toBe('Waste sent to sites, 10.01 t/day in all, exceeds the 10.00 t/day collected');
    expect(res.errors![0]!.extensions.indicatorCodes).toEqual(['WC06']);
    expect(fieldsOf(res)).toEqual(['uses']);
    expect(await uses(lao)).toEqual([{ siteId: a.id, tonnesPerDay: 5 }]);
    // Exactly what is collected is fine, however the decimals add up.
    expect(codeOf(await waste.saveDisposal(lao, fy, [{ siteId: a.id, tonnesPerDay: 6.7 }, { siteId: b.id, tonnesPerDay: 3.3 }], { token }))).toBeUndefined();
  });

  it('refuses uses before collected is recorded', async () => {
    const { lao, token, a } = await collecting(null);
    const res = await waste.saveDisposal(lao, fy, [{ siteId: a.id, tonnesPerDay: 1 }], { token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toBe('กรุณากรอกปริมาณขยะที่เก็บขนได้ (WC06) ก่อนระบุสถานที่กำจัด');
    expect(await uses(lao)).toEqual([]);
  });

  it.each([
    ['an unknown site', async () => ({ siteId: '7d0a4c1e-0000-4000-8000-000000000000', tonnesPerDay: 1 }), 'uses.0.siteId'],
    ['a malformed site id', async () => ({ siteId: 'site-1', tonnesPerDay: 1 }), 'uses.0.siteId'],
    ['a closed site', async (m: Factories) => ({ siteId: (await m.disposalSite({ operatorLaoCode: (await m.lao()).code, status: 'CLOSED' })).id, tonnesPerDay: 1 }), 'uses.0.siteId'],
    ['a planned site', async (m: Factories) => ({ siteId: (await m.disposalSite({ operatorLaoCode: (await m.lao()).code, status: 'PLANNED' })).id, tonnesPerDay: 1 }), 'uses.0.siteId'],
    ['negative tonnes', async (m: Factories) => ({ siteId: (await m.disposalSite({ operatorLaoCode: (await m.lao()).code })).id, tonnesPerDay: -1 }), 'uses.0.tonnesPerDay'],
  ] as const)('refuses %s with BAD_USER_INPUT at %s, and keeps the uses it had', async (_name, use, path) => {
    const { lao, token, a } = await collecting(10);
    await waste.saveDisposal(lao, fy, [{ siteId: a.id, tonnesPerDay: 2 }], { token });
    const res = await waste.saveDisposal(lao, fy, [await use(make), { siteId: a.id, tonnesPerDay: 3 }], { token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([path]);
    expect(await uses(lao)).toEqual([{ siteId: a.id, tonnesPerDay: 2 }]);
  });

  it('refuses the same site twice', async () => {
    const { lao, token, a } = await collecting(10);
    const res = await waste.saveDisposal(lao, fy, [{ siteId: a.id, tonnesPerDay: 1 }, { siteId: a.id, tonnesPerDay: 2 }], { token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await uses(lao)).toEqual([]);
  });

  it('refuses lowering collected below the uses already recorded, and lets it go down to them', async () => {
    const { lao, token, a, b } = await collecting(10);
    await waste.saveDisposal(lao, fy, [{ siteId: a.id, tonnesPerDay: 6 }, { siteId: b.id, tonnesPerDay: 2 }], { token });
    const lowered = await waste.saveSection(lao, fy, 'COLLECTION', { WC06: 7.99 }, { token });
    expect(codeOf(lowered)).toBe('BAD_USER_INPUT');
    expect(lowered.errors![0]!.extensions.indicatorCodes).toEqual(['WC06']);
    expect((await waste.read(lao, fy, { token })).figures.collectedTonnesPerDay).toBe(10);
    // Clearing collected while uses remain is refused too.
    expect(codeOf(await waste.saveSection(lao, fy, 'COLLECTION', { WC06: null }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await waste.saveSection(lao, fy, 'COLLECTION', { WC06: 8 }, { token }))).toBeUndefined();
    expect((await waste.read(lao, fy, { token })).figures.collectedTonnesPerDay).toBe(8);
  });

  it("refuses recording another LAO's disposal (FORBIDDEN), and an API key's (FORBIDDEN)", async () => {
    const { lao, a } = await collecting(10);
    const neighbour = (await make.laoUser((await make.lao()).code)).token;
    expect(codeOf(await waste.saveDisposal(lao, fy, [{ siteId: a.id, tonnesPerDay: 1 }], { token: neighbour }))).toBe('FORBIDDEN');
    expect(codeOf(await waste.saveDisposal(lao, fy, [{ siteId: a.id, tonnesPerDay: 1 }], { apiKey: (await make.apiKey()).key }))).toBe('FORBIDDEN');
    expect(await uses(lao)).toEqual([]);
  });
});
