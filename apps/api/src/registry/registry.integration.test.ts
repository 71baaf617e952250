import { MAX_PAGE_SIZE } from '@lao/domain';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';

const PAGE = `
  query Page($filter: LocalAuthorityFilter, $first: Int, $after: String) {
    localAuthorities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { code nameTh nameEn type province { code } district { code } } }
    }
  }`;

type Page = {
  localAuthorities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { code: string; nameTh: string; type: string; province: { code: string }; district: { code: string } | null } }[];
  };
};

describe('registry (seeded demo data, real PostgreSQL)', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('lists the 77 provinces in Thai order with their districts', async () => {
    const res = await sut.gql<{ provinces: { code: string; nameTh: string; districts: { code: string }[] }[] }>(
      `{ provinces { code nameTh nameEn districts { code nameTh } } }`,
    );
    const provinces = res.data!.provinces;
    expect(provinces).toHaveLength(77);
    const names = provinces.map((p) => p.nameTh);
    expect(names).toEqual([...names].sort(new Intl.Collator('th').compare));
    expect(provinces.find((p) => p.code === '10')?.nameTh).toBe('กรุงเทพมหานคร');
    expect(provinces.find((p) => p.code === '38')?.nameTh).toBe('บึงกาฬ');
    expect(provinces.reduce((n, p) => n + p.districts.length, 0)).toBe(928);
    for (const p of provinces) for (const d of p.districts) expect(d.code.slice(0, 2)).toBe(p.code);
  });

  it('holds ~7,850 LAOs with the national proportions of types', async () => {
    const rows: { type: string; n: number }[] = await sut.db.query(
      `SELECT type, count(*)::int AS n FROM local_authority GROUP BY type`,
    );
    const byType = Object.fromEntries(rows.map((r) => [r.type, r.n]));
    expect(byType).toMatchObject({ PAO: 76, BANGKOK: 1, PATTAYA: 1, CITY_MUNICIPALITY: 30, TOWN_MUNICIPALITY: 195 });
    expect(byType.SUBDISTRICT_MUNICIPALITY).toBeGreaterThan(2200);
    expect(byType.SAO).toBeGreaterThan(5200);
    const res = await sut.gql<Page>(PAGE, { first: 1 });
    expect(res.data!.localAuthorities.totalCount).toBe(rows.reduce((n, r) => n + r.n, 0));
    expect(res.data!.localAuthorities.totalCount).toBeGreaterThan(7800);
  });

  it('pages a province by cursor in code order without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const res: { data?: Page | null } = await sut.gql<Page>(PAGE, { filter: { provinceCode: '12' }, first: 7, after });
      const conn: Page['localAuthorities'] = res.data!.localAuthorities;
      total = conn.totalCount;
      for (const e of conn.edges) {
        expect(e.node.province.code).toBe('12');
        seen.push(e.node.code);
      }
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
    const [{ n }] = await sut.db.query(`SELECT count(*)::int AS n FROM local_authority WHERE province_code = '12'`);
    expect(total).toBe(n);
  });

  it('defaults to 20 per page and refuses pages over the cap, a bad cursor and malformed codes', async () => {
    const first = await sut.gql<Page>(PAGE, {});
    expect(first.data!.localAuthorities.edges).toHaveLength(20);
    expect(first.data!.localAuthorities.pageInfo.hasNextPage).toBe(true);
    const capped = await sut.gql<Page>(PAGE, { first: MAX_PAGE_SIZE });
    expect(capped.data!.localAuthorities.edges).toHaveLength(MAX_PAGE_SIZE);

    for (const variables of [
      { first: MAX_PAGE_SIZE + 1 },
      { first: -1 },
      { after: 'not-a-cursor' },
      { filter: { provinceCode: '1' } },
      { filter: { districtCode: '12a4' } },
      { filter: { search: 'ก'.repeat(101) } },
    ]) {
      const res = await sut.gql(PAGE, variables, { lang: 'en' });
      expect({ variables, code: codeOf(res) }).toEqual({ variables, code: 'BAD_USER_INPUT' });
      expect(res.errors![0]!.message).toMatch(/^[A-Z]/); // an English sentence, not a key
    }
    const thai = await sut.gql(PAGE, { first: 501 });
    expect(thai.errors![0]!.message).toBe('ขอข้อมูลได้ครั้งละไม่เกิน 500 รายการ');
  });

  it('filters by district and type together', async () => {
    const [district] = await sut.db.query(
      `SELECT district_code AS code FROM local_authority WHERE type = 'SAO' GROUP BY district_code ORDER BY count(*) DESC LIMIT 1`,
    );
    const res = await sut.gql<Page>(PAGE, { filter: { districtCode: district.code, type: 'SAO' }, first: 500 });
    const conn = res.data!.localAuthorities;
    expect(conn.totalCount).toBeGreaterThan(0);
    for (const e of conn.edges) {
      expect(e.node.type).toBe('SAO');
      expect(e.node.district!.code).toBe(district.code);
    }
  });

  it('searches Thai names, understands อบต./ทต. and finds by code prefix', async () => {
    const [sao] = await sut.db.query(`SELECT code, name_th FROM local_authority WHERE type = 'SAO' ORDER BY code LIMIT 1`);
    const bare = (sao.name_th as string).replace(/^องค์การบริหารส่วนตำบล/, '');
    const abbreviated = await sut.gql<Page>(PAGE, { filter: { search: `อบต.${bare}` } });
    expect(abbreviated.data!.localAuthorities.edges.map((e) => e.node.code)).toContain(sao.code);
    for (const e of abbreviated.data!.localAuthorities.edges) expect(e.node.type).toBe('SAO');

    const byCode = await sut.gql<Page>(PAGE, { filter: { search: sao.code.slice(0, 5) }, first: 500 });
    expect(byCode.data!.localAuthorities.edges.map((e) => e.node.code)).toContain(sao.code);
    for (const e of byCode.data!.localAuthorities.edges) expect(e.node.code.startsWith(sao.code.slice(0, 5))).toBe(true);

    const bangkok = await sut.gql<Page>(PAGE, { filter: { search: 'กรุงเทพ' } });
    expect(bangkok.data!.localAuthorities.edges.map((e) => e.node.type)).toContain('BANGKOK');
  });

  it('treats hostile search text as plain text', async () => {
    const before = await sut.db.query(`SELECT count(*)::int AS n FROM local_authority`);
    for (const search of ["'; DROP TABLE local_authority; --", '%', '_', '\\', '%%__', '"', '\u0000', '<script>alert(1)</script>']) {
      const res = await sut.gql<Page>(PAGE, { filter: { search } });
      expect({ search, errors: res.errors?.map((e) => e.extensions.code) ?? [] }).toEqual({ search, errors: search === '\u0000' ? ['BAD_USER_INPUT'] : [] });
      if (!res.errors) expect(res.data!.localAuthorities.totalCount).toBe(0);
    }
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM local_authority`)).toEqual(before);
  });

  it('finds one LAO by code, answers null for an unknown one', async () => {
    const found = await sut.gql<{ localAuthority: { code: string; type: string; province: { nameTh: string } } | null }>(
      `{ localAuthority(code: "6100101") { code type province { nameTh } } }`,
    );
    expect(found.data!.localAuthority).toEqual({ code: '6100101', type: 'BANGKOK', province: { nameTh: 'กรุงเทพมหานคร' } });
    const missing = await sut.gql<{ localAuthority: null }>(`{ localAuthority(code: "9999999") { code } }`);
    expect(missing.data!.localAuthority).toBeNull();
    expect(missing.errors).toBeUndefined();
  });

  it('answers the fiscal year of today in Bangkok, Buddhist Era', async () => {
    const res = await sut.gql<{ currentFiscalYear: number }>(`{ currentFiscalYear }`);
    const now = new Date(Date.now() + 7 * 3600_000); // Asia/Bangkok has no daylight saving
    const expected = now.getUTCFullYear() + 543 + (now.getUTCMonth() >= 9 ? 1 : 0);
    expect(res.data!.currentFiscalYear).toBe(expected);
  });
});
