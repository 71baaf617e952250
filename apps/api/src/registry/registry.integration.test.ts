import { MAX_PAGE_SIZE } from '@lao/domain';
import { factories, type Factories } from '../testing/factories';
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

/**
 * The registry's queries on LAOs each case makes itself (testing/factories.ts), on an empty migrated database.
 * Cases that list by province or district work in provinces no other case of this file uses, so each sees exactly
 * its own LAOs. National-scale facts of the generated registry are tested in demo/demo-seed.integration.test.ts.
 */
describe('registry (factory LAOs, real PostgreSQL)', () => {
  let sut: TestApp;
  let make: Factories;
  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
  });
  afterAll(() => sut.close());

  const districtsOf = async (provinceCode: string): Promise<string[]> =>
    ((await sut.db.query(`SELECT code FROM district WHERE province_code = $1 ORDER BY code`, [provinceCode])) as { code: string }[]).map((d) => d.code);
  const codesOf = (page: Page) => page.localAuthorities.edges.map((e) => e.node.code);

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

  it('pages a province by cursor in code order without gaps or repeats', async () => {
    // Province 13 (ปทุมธานี) is this case's alone; 17 LAOs of several kinds and districts, and some elsewhere.
    const districts = await districtsOf('13');
    const types = ['SAO', 'SUBDISTRICT_MUNICIPALITY', 'TOWN_MUNICIPALITY', 'PAO'] as const;
    const made = await Promise.all(
      Array.from({ length: 17 }, (_, i) => make.lao({ districtCode: districts[i % districts.length], type: types[i % types.length] })),
    );
    await make.lao({ provinceCode: '14' });
    await make.lao({ provinceCode: '15' });

    const seen: string[] = [];
    const pages: number[] = [];
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage && pages.length < 10) {
      const res: { data?: Page | null } = await sut.gql<Page>(PAGE, { filter: { provinceCode: '13' }, first: 7, after });
      const conn: Page['localAuthorities'] = res.data!.localAuthorities;
      expect(conn.totalCount).toBe(17);
      for (const e of conn.edges) {
        expect(e.node.province.code).toBe('13');
        expect(e.cursor).toBeTruthy();
        seen.push(e.node.code);
      }
      pages.push(conn.edges.length);
      hasNextPage = conn.pageInfo.hasNextPage;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toEqual([7, 7, 3]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(made.map((l) => l.code).sort());
    const [{ n }] = await sut.db.query(`SELECT count(*)::int AS n FROM local_authority WHERE province_code = '13'`);
    expect(seen.length).toBe(n);
  });

  it('defaults to 20 per page and refuses pages over the cap, a bad cursor and malformed codes', async () => {
    // Province 16 (ลพบุรี) is this case's alone: one LAO more than the largest page.
    const districts = await districtsOf('16');
    await Promise.all(Array.from({ length: MAX_PAGE_SIZE + 1 }, (_, i) => make.lao({ districtCode: districts[i % districts.length] })));
    const filter = { provinceCode: '16' };
    const first = await sut.gql<Page>(PAGE, { filter });
    expect(first.data!.localAuthorities.edges).toHaveLength(20);
    expect(first.data!.localAuthorities.pageInfo.hasNextPage).toBe(true);
    const capped = await sut.gql<Page>(PAGE, { filter, first: MAX_PAGE_SIZE });
    expect(capped.data!.localAuthorities.edges).toHaveLength(MAX_PAGE_SIZE);
    expect(capped.data!.localAuthorities.pageInfo.hasNextPage).toBe(true);

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
    // Province 17 (สิงห์บุรี) is this case's alone.
    const [district, other] = await districtsOf('17');
    const wanted = [await make.lao({ districtCode: district, type: 'SAO' }), await make.lao({ districtCode: district, type: 'SAO' })];
    await make.lao({ districtCode: district, type: 'SUBDISTRICT_MUNICIPALITY' });
    await make.lao({ districtCode: other, type: 'SAO' });

    const res = await sut.gql<Page>(PAGE, { filter: { districtCode: district, type: 'SAO' }, first: 500 });
    const conn = res.data!.localAuthorities;
    expect(conn.totalCount).toBe(2);
    expect(codesOf(res.data!)).toEqual(wanted.map((l) => l.code).sort());
    for (const e of conn.edges) {
      expect(e.node.type).toBe('SAO');
      expect(e.node.district!.code).toBe(district);
    }
  });

  it('searches Thai names, understands อบต./ทต./ทม./ทน./อบจ./กทม. and finds by code prefix', async () => {
    // One place name carried by an LAO of every kind (names no other case uses), in province 18 (ชัยนาท).
    const [district, other] = await districtsOf('18');
    const place = 'ทุ่งกระเจียวทอง';
    const sao = await make.lao({ districtCode: district, type: 'SAO', nameTh: `องค์การบริหารส่วนตำบล${place}` });
    const byKind = {
      'อบต.': sao,
      'ทต.': await make.lao({ districtCode: district, type: 'SUBDISTRICT_MUNICIPALITY', nameTh: `เทศบาลตำบล${place}` }),
      'ทม.': await make.lao({ districtCode: other, type: 'TOWN_MUNICIPALITY', nameTh: `เทศบาลเมือง${place}` }),
      'ทน.': await make.lao({ districtCode: other, type: 'CITY_MUNICIPALITY', nameTh: `เทศบาลนคร${place}` }),
      'อบจ.': await make.lao({ districtCode: other, type: 'PAO', nameTh: `องค์การบริหารส่วนจังหวัด${place}` }),
    };
    const bangkok = await make.lao({ provinceCode: '10', type: 'BANGKOK', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok Metropolitan Administration' });
    const neighbour = await make.lao({ districtCode: district, type: 'SAO', nameTh: 'องค์การบริหารส่วนตำบลบ่อแร่ทองคำ' });

    for (const [abbreviation, lao] of Object.entries(byKind)) {
      for (const search of [`${abbreviation}${place}`, `${abbreviation.replace('.', '')}${place}`]) {
        const res = await sut.gql<Page>(PAGE, { filter: { search } });
        expect({ search, codes: codesOf(res.data!) }).toEqual({ search, codes: [lao.code] });
      }
    }
    const bare = await sut.gql<Page>(PAGE, { filter: { search: place } });
    expect(codesOf(bare.data!)).toEqual(Object.values(byKind).map((l) => l.code).sort());
    const twoWords = await sut.gql<Page>(PAGE, { filter: { search: `เทศบาล ${place}` } });
    expect(codesOf(twoWords.data!)).toEqual([byKind['ทต.'], byKind['ทม.'], byKind['ทน.']].map((l) => l.code).sort());

    const byCode = await sut.gql<Page>(PAGE, { filter: { search: sao.code.slice(0, 5) }, first: 500 });
    expect(codesOf(byCode.data!)).toEqual([sao.code, neighbour.code].sort());
    for (const e of byCode.data!.localAuthorities.edges) expect(e.node.code.startsWith(sao.code.slice(0, 5))).toBe(true);
    const oneCode = await sut.gql<Page>(PAGE, { filter: { search: sao.code } });
    expect(codesOf(oneCode.data!)).toEqual([sao.code]);

    for (const search of ['กทม.', 'กทม', 'กรุงเทพ']) {
      const res = await sut.gql<Page>(PAGE, { filter: { search } });
      expect({ search, found: res.data!.localAuthorities.edges.map((e) => [e.node.code, e.node.type]) }).toEqual({
        search,
        found: [[bangkok.code, 'BANGKOK']],
      });
    }
  });

  it('treats hostile search text as plain text', async () => {
    // LAOs for a wildcard to match, were the text not escaped.
    await make.lao({ provinceCode: '19' });
    await make.lao({ provinceCode: '19', type: 'SUBDISTRICT_MUNICIPALITY' });
    const before = await sut.db.query(`SELECT count(*)::int AS n FROM local_authority`);
    expect(before[0].n).toBeGreaterThan(0);
    for (const search of ["'; DROP TABLE local_authority; --", '%', '_', '\\', '%%__', '"', '<script>alert(1)</script>']) {
      const res = await sut.gql<Page>(PAGE, { filter: { search } });
      expect({ search, errors: res.errors, totalCount: res.data?.localAuthorities.totalCount }).toEqual({ search, errors: undefined, totalCount: 0 });
    }
    const nul = await sut.gql<Page>(PAGE, { filter: { search: '\u0000' } });
    expect(nul.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM local_authority`)).toEqual(before);
  });

  it('finds one LAO by code, answers null for an unknown one', async () => {
    const lao = await make.lao({ provinceCode: '50', type: 'PAO' });
    const found = await sut.gql<{ localAuthority: { code: string; type: string; nameTh: string; province: { nameTh: string } } | null }>(
      `query($code: String!) { localAuthority(code: $code) { code type nameTh province { nameTh } } }`,
      { code: lao.code },
    );
    expect(found.data!.localAuthority).toEqual({ code: lao.code, type: 'PAO', nameTh: lao.nameTh, province: { nameTh: 'เชียงใหม่' } });
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
