import { factories, type Factories, type MadeDisposalSite } from '../testing/factories';
import { codeOf, startTestApp, type Caller, type TestApp } from '../testing/test-app';
import { wasteApi } from '../testing/waste-fixtures';

/**
 * Disposal sites (api-contract.md, "Waste"): created and changed by their operating LAO only, inside Thailand,
 * never deleted while an LAO sends waste there; listed for every viewer of Waste, with their clients per year.
 */
const SAVE_SITE = `mutation($input: SaveDisposalSiteInput!) {
  saveDisposalSite(input: $input) { id nameTh method status latitude longitude capacityTonnesPerDay openedYear operator { code } province { code } }
}`;
const DELETE_SITE = `mutation($id: ID!) { deleteDisposalSite(id: $id) }`;
const SITES = `query($filter: DisposalSiteFilter, $first: Int, $after: String) {
  disposalSites(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id nameTh method status operator { code } province { code } } }
  }
}`;
const CLIENTS = `query($filter: DisposalSiteFilter, $fy: Int!, $first: Int) {
  disposalSites(filter: $filter, first: $first) { edges { node { id receivedTonnesPerDay(fiscalYear: $fy) clients(fiscalYear: $fy) { laoCode tonnesPerDay } } } }
}`;

type Site = { id: string; nameTh: string; method: string; status: string; operator: { code: string }; province: { code: string } };
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Site }[] };
type Clients = { id: string; receivedTonnesPerDay: number; clients: { laoCode: string; tonnesPerDay: number }[] };

describe('Waste disposal sites: saving, deleting, listing, clients', () => {
  let sut: TestApp;
  let make: Factories;
  let waste: ReturnType<typeof wasteApi>;
  let fy: number;

  const official = async (provinceCode = '12') => {
    const lao = await make.lao({ provinceCode });
    return { lao: lao.code, token: (await make.laoUser(lao.code)).token };
  };
  const siteInput = (operatorLaoCode: string, fields: Record<string, unknown> = {}) => ({
    operatorLaoCode,
    nameTh: 'ศูนย์กำจัดขยะมูลฝอยรวมบางบัวทอง',
    method: 'SANITARY_LANDFILL',
    status: 'OPERATING',
    latitude: 13.9123,
    longitude: 100.4211,
    capacityTonnesPerDay: 250,
    openedYear: 2558,
    ...fields,
  });
  const saveSite = (input: Record<string, unknown>, caller: Caller) => sut.gql<{ saveDisposalSite: Site & Record<string, unknown> }>(SAVE_SITE, { input }, caller);
  const stored = async (id: string) => (await sut.db.query(`SELECT * FROM waste_disposal_site WHERE id = $1`, [id]))[0] ?? null;
  const page = async (variables: Record<string, unknown>, caller: Caller) => {
    const res = await sut.gql<{ disposalSites: Page }>(SITES, variables, caller);
    if (!res.data?.disposalSites) throw new Error(JSON.stringify(res.errors));
    return res.data.disposalSites;
  };
  /** An LAO that collects `collected` t/day this year (the rest of its report left out). */
  const collecting = async (collected: number, provinceCode = '12') => {
    const o = await official(provinceCode);
    expect(codeOf(await waste.saveSection(o.lao, fy, 'COLLECTION', { WC05: collected, WC06: collected }, { token: o.token }))).toBeUndefined();
    return o;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    waste = wasteApi(sut);
    fy = make.fiscalYear();
    await make.cycle({ module: 'WASTE', fiscalYear: fy });
  });
  afterAll(() => sut.close());

  it('creates a site (no id) and updates it; the operator and its province come with it', async () => {
    const { lao, token } = await official('13');
    const created = await saveSite(siteInput(lao), { token });
    expect(created.errors).toBeUndefined();
    const site = created.data!.saveDisposalSite;
    expect(site).toMatchObject({ nameTh: 'ศูนย์กำจัดขยะมูลฝอยรวมบางบัวทอง', latitude: 13.9123, longitude: 100.4211, capacityTonnesPerDay: 250, openedYear: 2558, operator: { code: lao }, province: { code: '13' } });
    const updated = await saveSite(siteInput(lao, { id: site.id, nameTh: 'ศูนย์กำจัดขยะ (ปิดแล้ว)', status: 'CLOSED', capacityTonnesPerDay: null }), { token });
    expect(updated.data!.saveDisposalSite).toMatchObject({ id: site.id, nameTh: 'ศูนย์กำจัดขยะ (ปิดแล้ว)', status: 'CLOSED', capacityTonnesPerDay: null });
    expect(await stored(site.id)).toMatchObject({ name_th: 'ศูนย์กำจัดขยะ (ปิดแล้ว)', status: 'CLOSED', operator_lao_code: lao });
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM waste_disposal_site WHERE operator_lao_code = $1`, [lao])).toEqual([{ n: 1 }]);
  });

  describe("refuses an LAO changing another LAO's site with FORBIDDEN, and changes nothing", () => {
    it("naming the other LAO as operator (refused by the guard)", async () => {
      const owner = await official();
      const site = await make.disposalSite({ operatorLaoCode: owner.lao });
      const before = await stored(site.id);
      const { token } = await official();
      const res = await saveSite(siteInput(owner.lao, { id: site.id, nameTh: 'ยึดแล้ว' }), { token });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(codeOf(await saveSite(siteInput(owner.lao), { token }))).toBe('FORBIDDEN'); // nor create one in its name
      expect(await stored(site.id)).toEqual(before);
      expect(await sut.db.query(`SELECT count(*)::int AS n FROM waste_disposal_site WHERE operator_lao_code = $1`, [owner.lao])).toEqual([{ n: 1 }]);
    });

    it("naming itself as operator with the other LAO's site id (refused by the service)", async () => {
      const owner = await official();
      const site = await make.disposalSite({ operatorLaoCode: owner.lao });
      const before = await stored(site.id);
      const intruder = await official();
      const res = await saveSite(siteInput(intruder.lao, { id: site.id, nameTh: 'ยึดแล้ว' }), { token: intruder.token });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(await stored(site.id)).toEqual(before);
      // Nor delete it.
      expect(codeOf(await sut.gql(DELETE_SITE, { id: site.id }, { token: intruder.token }))).toBe('FORBIDDEN');
      expect(await stored(site.id)).toEqual(before);
    });
  });

  it.each([
    ['latitude south of Thailand', { latitude: 5.5 }, 'latitude'],
    ['latitude north of Thailand', { latitude: 20.6 }, 'latitude'],
    ['longitude west of Thailand', { longitude: 97.2 }, 'longitude'],
    ['longitude east of Thailand', { longitude: 105.8 }, 'longitude'],
  ])('refuses a %s with BAD_USER_INPUT naming the field', async (_name, coordinates, field) => {
    const { lao, token } = await official();
    const res = await saveSite(siteInput(lao, coordinates), { token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect((res.errors![0]!.extensions.fields as { path: string }[]).map((f) => f.path)).toEqual([field]);
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM waste_disposal_site WHERE operator_lao_code = $1`, [lao])).toEqual([{ n: 0 }]);
  });

  it('refuses deleting a site while an LAO sends waste there (CONFLICT, SITE_IN_USE), and deletes it once unused', async () => {
    const owner = await official();
    const site = await make.disposalSite({ operatorLaoCode: owner.lao });
    const client = await collecting(5);
    expect(codeOf(await waste.saveDisposal(client.lao, fy, [{ siteId: site.id, tonnesPerDay: 5 }], { token: client.token }))).toBeUndefined();

    const refused = await sut.gql(DELETE_SITE, { id: site.id }, { token: owner.token });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.extensions).toMatchObject({ reason: 'SITE_IN_USE', count: 1, fiscalYear: fy });
    expect(await stored(site.id)).not.toBeNull();

    expect(codeOf(await waste.saveDisposal(client.lao, fy, [], { token: client.token }))).toBeUndefined();
    expect((await sut.gql<{ deleteDisposalSite: boolean }>(DELETE_SITE, { id: site.id }, { token: owner.token })).data!.deleteDisposalSite).toBe(true);
    expect(await stored(site.id)).toBeNull();
    expect(codeOf(await sut.gql(DELETE_SITE, { id: site.id }, { token: owner.token }))).toBe('NOT_FOUND');
  });

  describe('disposalSites', () => {
    it('filters by province, method and status', async () => {
      const a = await official('14');
      const b = await official('14');
      const landfill = await make.disposalSite({ operatorLaoCode: a.lao, method: 'SANITARY_LANDFILL' });
      const closed = await make.disposalSite({ operatorLaoCode: a.lao, method: 'SANITARY_LANDFILL', status: 'CLOSED' });
      const dump = await make.disposalSite({ operatorLaoCode: b.lao, method: 'OPEN_DUMP' });
      const elsewhere = await make.disposalSite({ operatorLaoCode: (await make.lao({ provinceCode: '15' })).code, method: 'OPEN_DUMP' });
      const ids = async (filter: Record<string, unknown>) => (await page({ filter, first: 100 }, { token: a.token })).edges.map((e) => e.node.id).sort();

      expect(await ids({ provinceCode: '14' })).toEqual([landfill.id, closed.id, dump.id].sort());
      expect(await ids({ provinceCode: '14', method: 'SANITARY_LANDFILL' })).toEqual([landfill.id, closed.id].sort());
      expect(await ids({ provinceCode: '14', status: 'OPERATING' })).toEqual([landfill.id, dump.id].sort());
      expect(await ids({ provinceCode: '14', method: 'OPEN_DUMP', status: 'OPERATING' })).toEqual([dump.id]);
      expect(await ids({ method: 'OPEN_DUMP' })).toEqual(expect.arrayContaining([dump.id, elsewhere.id]));
      expect((await page({ filter: { provinceCode: '14' }, first: 100 }, { token: a.token })).totalCount).toBe(3);
      expect(codeOf(await sut.gql(SITES, { filter: { provinceCode: '00' } }, { token: a.token }))).toBe('BAD_USER_INPUT');
    });

    it('pages with first/after: every site once, in a stable order, whatever the page size', async () => {
      const lao = (await make.lao({ provinceCode: '16' })).code;
      // Names that sort together, and two the same (the id breaks the tie).
      for (const name of ['ก', 'ข', 'ข', 'ค', 'ง', 'จ', 'ฉ']) await make.disposalSite({ operatorLaoCode: lao, nameTh: `บ่อขยะ ${name}` });
      const key = (await make.apiKey()).key;
      const all = await page({ filter: { provinceCode: '16' }, first: 100 }, { apiKey: key });
      expect(all.totalCount).toBe(7);
      expect(all.pageInfo.hasNextPage).toBe(false);
      for (const size of [1, 3]) {
        const seen: string[] = [];
        let after: string | null = null;
        for (let n = 0; n < 10; n++) {
          const p: Page = await page({ filter: { provinceCode: '16' }, first: size, after }, { apiKey: key });
          expect(p.totalCount).toBe(7);
          seen.push(...p.edges.map((e) => e.node.id));
          after = p.pageInfo.endCursor;
          if (!p.pageInfo.hasNextPage) break;
        }
        expect(seen).toEqual(all.edges.map((e) => e.node.id));
      }
      expect(all.edges.map((e) => e.node.nameTh)).toEqual(['บ่อขยะ ก', 'บ่อขยะ ข', 'บ่อขยะ ข', 'บ่อขยะ ค', 'บ่อขยะ ง', 'บ่อขยะ จ', 'บ่อขยะ ฉ']);
      expect(codeOf(await sut.gql(SITES, { first: 501 }, { apiKey: key }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await sut.gql(SITES, { first: 5, after: 'not-a-cursor' }, { apiKey: key }))).toBe('BAD_USER_INPUT');
    });

    it('shows a province-limited API key the sites of its province only', async () => {
      const here = await make.disposalSite({ operatorLaoCode: (await make.lao({ provinceCode: '17' })).code });
      const there = await make.disposalSite({ operatorLaoCode: (await make.lao({ provinceCode: '18' })).code });
      const key = (await make.apiKey({ provinceCode: '17' })).key;
      const seen = await page({ first: 500 }, { apiKey: key });
      expect(seen.edges.map((e) => e.node.id)).toContain(here.id);
      expect(seen.edges.map((e) => e.node.id)).not.toContain(there.id);
      expect(new Set(seen.edges.map((e) => e.node.province.code))).toEqual(new Set(['17']));
      expect((await page({ filter: { provinceCode: '18' }, first: 50 }, { apiKey: key })).edges).toEqual([]);
    });
  });

  describe('clients and tonnes received', () => {
    it("answers each site's clients and t/day for many sites in one request, in a constant number of SQL queries", async () => {
      const provinceCode = '19';
      const operator = (await make.lao({ provinceCode })).code;
      const sites: MadeDisposalSite[] = [];
      for (let n = 0; n < 6; n++) sites.push(await make.disposalSite({ operatorLaoCode: operator, nameTh: `ศูนย์กำจัดขยะ ${n}` }));
      const [a, b] = [await collecting(10, provinceCode), await collecting(4, provinceCode)];
      await waste.saveDisposal(a.lao, fy, [{ siteId: sites[0]!.id, tonnesPerDay: 6.25 }, { siteId: sites[1]!.id, tonnesPerDay: 3.5 }], { token: a.token });
      await waste.saveDisposal(b.lao, fy, [{ siteId: sites[0]!.id, tonnesPerDay: 4 }], { token: b.token });
      const department = { token: (await make.departmentUser()).token };
      const read = async (first: number) => {
        const res = await sut.gql<{ disposalSites: { edges: { node: Clients }[] } }>(CLIENTS, { filter: { provinceCode }, fy, first }, department);
        return res.data!.disposalSites.edges.map((e) => e.node);
      };
      const nodes = await read(6);
      expect(nodes.find((n) => n.id === sites[0]!.id)).toEqual({
        id: sites[0]!.id,
        receivedTonnesPerDay: 10.25,
        clients: [
          { laoCode: a.lao, tonnesPerDay: 6.25 },
          { laoCode: b.lao, tonnesPerDay: 4 },
        ],
      });
      expect(nodes.find((n) => n.id === sites[1]!.id)).toEqual({ id: sites[1]!.id, receivedTonnesPerDay: 3.5, clients: [{ laoCode: a.lao, tonnesPerDay: 3.5 }] });
      expect(nodes.filter((n) => n.clients.length === 0)).toHaveLength(4);
      // Another year's clients are not this year's.
      const lastYear = (await sut.gql<{ disposalSites: { edges: { node: Clients }[] } }>(CLIENTS, { filter: { provinceCode }, fy: fy - 1, first: 6 }, department)).data!;
      expect(lastYear.disposalSites.edges.map((e) => e.node.receivedTonnesPerDay)).toEqual([0, 0, 0, 0, 0, 0]);

      const counted = async (first: number) => {
        let queries = 0;
        const logger = sut.db.logger;
        const original = logger.logQuery.bind(logger);
        logger.logQuery = (...args: Parameters<typeof original>) => {
          queries++;
          return original(...args);
        };
        try {
          expect(await read(first)).toHaveLength(first);
        } finally {
          logger.logQuery = original;
        }
        return queries;
      };
      const [many, few] = [await counted(6), await counted(2)];
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    });

    it("shows an outsider a client's tonnage only once the province certified it; the site's operator sees all", async () => {
      const owner = await official('22');
      const site = await make.disposalSite({ operatorLaoCode: owner.lao });
      const client = await official('20'); // the only LAO of its province
      await waste.fill(client.lao, fy, { token: client.token });
      await waste.saveDisposal(client.lao, fy, [{ siteId: site.id, tonnesPerDay: 8 }], { token: client.token });
      const clientsAs = async (caller: Caller) => {
        const res = await sut.gql<{ disposalSites: { edges: { node: Clients }[] } }>(CLIENTS, { filter: { provinceCode: '22' }, fy, first: 10 }, caller);
        return res.data!.disposalSites.edges.find((e) => e.node.id === site.id)!.node;
      };
      const outsider = { token: (await official('21')).token };
      const hidden = { receivedTonnesPerDay: 0, clients: [] };
      const shown = { receivedTonnesPerDay: 8, clients: [{ laoCode: client.lao, tonnesPerDay: 8 }] };
      expect(await clientsAs(outsider)).toMatchObject(hidden);
      expect(await clientsAs({ token: (await make.provinceUser('21')).token })).toMatchObject(hidden);
      expect(await clientsAs({ token: owner.token })).toMatchObject(shown);
      expect(await clientsAs({ token: client.token })).toMatchObject(shown);
      const province = (await make.provinceUser('20')).token;
      expect(await clientsAs({ token: province })).toMatchObject(shown);

      expect(codeOf(await waste.certify(client.lao, fy, { token: client.token }))).toBeUndefined();
      expect(await clientsAs(outsider)).toMatchObject(hidden); // certified by the LAO only
      const confirmed = await sut.gql(`mutation($fy: Int!) { certifyProvince(module: WASTE, provinceCode: "20", fiscalYear: $fy) { certifiedCount } }`, { fy }, { token: province });
      expect(confirmed.errors).toBeUndefined();
      expect(await clientsAs(outsider)).toMatchObject(shown);
    });
  });
});
