import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';

const PAGE = `query($filter: LocalAuthorityFilter, $sort: LocalAuthoritySort, $first: Int, $after: String) {
  localAuthorities(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code nameTh } }
  }
}`;

interface Page {
  localAuthorities: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { code: string; nameTh: string } }[] };
}

/** The registry in another order than by code: a whitelist of columns, ties by code, cursors that name the order. */
describe('registry sorting', () => {
  let sut: TestApp;
  let make: Factories;
  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
  });
  afterAll(() => sut.close());

  /** Every page of a sort, `first` rows at a time, following the cursors. */
  async function walk(filter: object, sort: object, first: number): Promise<string[]> {
    const codes: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard += 1) {
      const res: { data?: Page | null; errors?: unknown } = await sut.gql<Page>(PAGE, { filter, sort, first, after });
      expect(res.errors).toBeUndefined();
      codes.push(...res.data!.localAuthorities.edges.map((e) => e.node.code));
      if (!res.data!.localAuthorities.pageInfo.hasNextPage) return codes;
      after = res.data!.localAuthorities.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  it('orders by name both ways, ties broken by code, and pages through every row exactly once', async () => {
    // Two LAOs share a name, so only the code can order them; codes ascend opposite to the names.
    const names = ['องค์การบริหารส่วนตำบลฮ', 'องค์การบริหารส่วนตำบลข', 'องค์การบริหารส่วนตำบลก', 'องค์การบริหารส่วนตำบลก', 'องค์การบริหารส่วนตำบลค'];
    const made = [];
    for (const nameTh of names) made.push(await make.lao({ provinceCode: '96', nameTh }));
    const byName = [...made].sort((a, b) => (a.nameTh === b.nameTh ? a.code.localeCompare(b.code) : a.nameTh < b.nameTh ? -1 : 1)).map((l) => l.code);
    const filter = { provinceCode: '96' };
    const all = await sut.gql<Page>(PAGE, { filter, sort: { field: 'NAME' }, first: 50 });
    // The database's collation decides Thai order; these names differ in their last consonant only (ก < ข < ค < ฮ).
    expect(all.data!.localAuthorities.edges.map((e) => e.node.code)).toEqual(byName);
    for (const first of [1, 2, 3]) {
      expect(await walk(filter, { field: 'NAME', direction: 'ASC' }, first)).toEqual(byName);
      expect(await walk(filter, { field: 'NAME', direction: 'DESC' }, first)).toEqual([...byName].reverse());
    }
    expect(all.data!.localAuthorities.totalCount).toBe(5);
  });

  it('sorts by type (the kind digit), district and province, and by code when no sort is given', async () => {
    const pao = await make.lao({ provinceCode: '95', type: 'PAO' });
    const sao = await make.lao({ provinceCode: '95', type: 'SAO' });
    const city = await make.lao({ provinceCode: '95', type: 'CITY_MUNICIPALITY' });
    const filter = { provinceCode: '95' };
    expect(await walk(filter, { field: 'TYPE' }, 1)).toEqual([pao.code, city.code, sao.code]);
    expect(await walk(filter, { field: 'TYPE', direction: 'DESC' }, 2)).toEqual([sao.code, city.code, pao.code]);
    for (const field of ['DISTRICT', 'PROVINCE', 'CODE']) expect((await walk(filter, { field }, 2)).sort()).toEqual([pao.code, sao.code, city.code].sort());
    const plain = await sut.gql<Page>(PAGE, { filter, first: 50 });
    expect(plain.data!.localAuthorities.edges.map((e) => e.node.code)).toEqual([pao.code, sao.code, city.code].sort());
  });

  it('refuses a cursor of another order, and an unknown column', async () => {
    await make.lao({ provinceCode: '94' });
    await make.lao({ provinceCode: '94' });
    const filter = { provinceCode: '94' };
    const byName = await sut.gql<Page>(PAGE, { filter, sort: { field: 'NAME' }, first: 1 });
    const byCode = await sut.gql<Page>(PAGE, { filter, first: 1 });
    const nameCursor = byName.data!.localAuthorities.pageInfo.endCursor;
    expect(codeOf(await sut.gql(PAGE, { filter, sort: { field: 'NAME', direction: 'DESC' }, first: 1, after: nameCursor }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await sut.gql(PAGE, { filter, first: 1, after: nameCursor }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await sut.gql(PAGE, { filter, sort: { field: 'NAME' }, first: 1, after: byCode.data!.localAuthorities.pageInfo.endCursor }))).toBe('BAD_USER_INPUT');
    const junk = await sut.gql(PAGE, { filter, sort: { field: 'name_th; DROP TABLE local_authority' }, first: 1 });
    expect(junk.status).toBeLessThan(500);
    expect(junk.errors).toBeDefined();
  });

  it("sorts a province's submissions by status (not started counts as DRAFT), paging exactly", async () => {
    const officer = await make.provinceUser('93');
    const [a, b, c, d] = [await make.lao({ provinceCode: '93' }), await make.lao({ provinceCode: '93' }), await make.lao({ provinceCode: '93' }), await make.lao({ provinceCode: '93' })];
    const fiscalYear = make.fiscalYear();
    // Rows written straight in (the workflow has its own tests): b province-certified, d LAO-certified, a and c not started.
    await sut.db.query(`INSERT INTO submission (module, lao_code, fiscal_year, status) VALUES ('INFO', $1, $3, 'PROVINCE_CERTIFIED'), ('INFO', $2, $3, 'LAO_CERTIFIED')`, [b.code, d.code, fiscalYear]);
    const SUBMISSIONS = `query($sort: SubmissionSort, $first: Int, $after: String, $fiscalYear: Int!) {
      submissions(module: INFO, fiscalYear: $fiscalYear, filter: { provinceCode: "93" }, sort: $sort, first: $first, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { laoCode status } }
      }
    }`;
    type Res = { submissions: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { laoCode: string; status: string } }[] } };
    const walkSubmissions = async (sort: object) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard += 1) {
        const res: { data?: Res | null; errors?: unknown } = await sut.gql<Res>(SUBMISSIONS, { sort, first: 1, after, fiscalYear }, { token: officer.token });
        expect(res.errors).toBeUndefined();
        seen.push(...res.data!.submissions.edges.map((e) => e.node.laoCode));
        if (!res.data!.submissions.pageInfo.hasNextPage) return seen;
        after = res.data!.submissions.pageInfo.endCursor;
      }
      throw new Error('paging did not end');
    };
    const drafts = [a.code, c.code].sort();
    expect(await walkSubmissions({ field: 'STATUS' })).toEqual([...drafts, d.code, b.code]);
    expect(await walkSubmissions({ field: 'STATUS', direction: 'DESC' })).toEqual([b.code, d.code, ...[...drafts].reverse()]);
    const first = await sut.gql<Res>(SUBMISSIONS, { sort: { field: 'STATUS' }, first: 1, fiscalYear }, { token: officer.token });
    expect(codeOf(await sut.gql(SUBMISSIONS, { first: 1, after: first.data!.submissions.pageInfo.endCursor, fiscalYear }, { token: officer.token }))).toBe('BAD_USER_INPUT');
  });
});
