import { fiscalYearOf } from '@lao/domain';
import { seedDemoData } from './demo-seed';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const PAGE = `
  query Page($filter: LocalAuthorityFilter, $first: Int) {
    localAuthorities(filter: $filter, first: $first) {
      totalCount
      edges { node { code nameTh type } }
    }
  }`;

type Page = { localAuthorities: { totalCount: number; edges: { node: { code: string; nameTh: string; type: string } }[] } };

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken user { username level scopeCode } } }`;
const ME = `{ me { username level scopeCode rights { module rights } } }`;

/**
 * What demo mode seeds (README, api-contract.md "Demo mode"): a national-scale generated registry, an account for
 * the department, every province and every LAO, the read-only partner key, and the current fiscal year open for
 * INFO and the e-Service survey. Every other integration test builds its own rows on an empty database.
 */
describe('demo seed (a copy of the seeded demo database)', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp({ demo: true });
  }, 300_000); // the first file asking for the demo database seeds it: about a minute, more on a busy machine
  afterAll(() => sut.close());

  const count = async (table: string): Promise<number> =>
    ((await sut.db.query(`SELECT count(*)::int AS n FROM "${table}"`)) as { n: number }[])[0]!.n;

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

  it('gives every LAO a valid DLA code of its kind, province and district', async () => {
    const bad: { code: string }[] = await sut.db.query(
      `SELECT code FROM local_authority
        WHERE substr(code, 1, 1) <> CASE type WHEN 'PAO' THEN '1' WHEN 'CITY_MUNICIPALITY' THEN '2' WHEN 'TOWN_MUNICIPALITY' THEN '3'
                 WHEN 'SUBDISTRICT_MUNICIPALITY' THEN '4' WHEN 'SAO' THEN '5' WHEN 'BANGKOK' THEN '6' WHEN 'PATTAYA' THEN '7' END
           OR substr(code, 2, 2) <> province_code
           OR substr(code, 4, 2) <> substr(district_code, 3, 2)`,
    );
    expect(bad).toEqual([]);
  });

  it('finds Bangkok by its code and real generated names by Thai search, อบต. and code prefix', async () => {
    const found = await sut.gql<{ localAuthority: { code: string; type: string; province: { nameTh: string } } | null }>(
      `{ localAuthority(code: "6100101") { code type province { nameTh } } }`,
    );
    expect(found.data!.localAuthority).toEqual({ code: '6100101', type: 'BANGKOK', province: { nameTh: 'กรุงเทพมหานคร' } });

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

  it('has an account for the department, every province and every LAO, all with the demo password', async () => {
    const [{ n: laos }] = await sut.db.query(`SELECT count(*)::int AS n FROM local_authority`);
    const [{ n: provinces }] = await sut.db.query(`SELECT count(*)::int AS n FROM province`);
    const missing: { code: string }[] = await sut.db.query(
      `SELECT code FROM local_authority WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'lao.' || code AND level = 'LAO' AND scope_code = code)
       UNION ALL
       SELECT code FROM province WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'prov.' || code AND level = 'PROVINCE' AND scope_code = code)`,
    );
    expect(missing).toEqual([]);
    expect(await count('app_user')).toBe(laos + provinces + 1);

    const [lao] = await sut.db.query(`SELECT code FROM local_authority WHERE province_code = '12' ORDER BY code LIMIT 1`);
    for (const [username, level, scope] of [
      ['admin', 'DEPARTMENT', null],
      ['prov.12', 'PROVINCE', '12'],
      [`lao.${lao.code}`, 'LAO', lao.code],
    ] as const) {
      const res = await sut.gql<{ login: { accessToken: string; user: { username: string; level: string; scopeCode: string | null } } }>(
        LOGIN,
        { u: username, p: DEMO.password },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.login.user).toEqual({ username, level, scopeCode: scope });
      const me = await sut.gql<{ me: { rights: { module: string; rights: string[] }[] } }>(ME, {}, { token: res.data!.login.accessToken });
      const info = me.data!.me.rights.find((r) => r.module === 'INFO');
      // The contract's defaults: PERSONAL_DATA for the department everywhere and LAOs on Welfare and LHR, not provinces.
      expect(me.data!.me.rights.find((r) => r.module === 'WELFARE')?.rights.includes('PERSONAL_DATA')).toBe(level !== 'PROVINCE');
      expect(info?.rights).toEqual(level === 'DEPARTMENT' ? ['VIEW', 'RECORD', 'CERTIFY', 'ADMINISTER', 'PERSONAL_DATA'] : level === 'PROVINCE' ? ['VIEW', 'CERTIFY'] : ['VIEW', 'RECORD', 'CERTIFY']);
    }

    const hashes: { password_hash: string }[] = await sut.db.query(`SELECT DISTINCT password_hash FROM app_user`);
    expect(hashes.length).toBeGreaterThan(0);
    for (const r of hashes) {
      expect(r.password_hash).toMatch(/^\$argon2id\$/);
      expect(r.password_hash).not.toContain(DEMO.password);
    }
  });

  it('lists the users of a province, its office and its LAOs', async () => {
    const admin = await sut.login('admin');
    const res = await sut.gql<{ users: { totalCount: number; edges: { node: { username: string } }[] } }>(
      `{ users(filter: { scopeCode: "12" }, first: 500) { totalCount edges { node { username } } } }`,
      {},
      { token: admin },
    );
    const [{ n }] = await sut.db.query(`SELECT count(*)::int AS n FROM local_authority WHERE province_code = '12'`);
    expect(res.data!.users.totalCount).toBe(n + 1);
    expect(res.data!.users.edges.map((e) => e.node.username)).toContain('prov.12');
  });

  it('has the read-only partner key, which reads the whole registry and writes nothing', async () => {
    expect(await count('api_key')).toBe(1);
    const read = await sut.gql<{ me: null; localAuthorities: { totalCount: number } }>(
      `{ me { username } localAuthorities(first: 1) { totalCount } }`,
      {},
      { apiKey: DEMO.apiKey },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.me).toBeNull();
    expect(read.data!.localAuthorities.totalCount).toBe(await count('local_authority'));
    const [lao] = await sut.db.query(`SELECT code FROM local_authority ORDER BY code LIMIT 1`);
    const write = await sut.gql(
      `mutation($input: UpdateLocalAuthorityContactsInput!) { updateLocalAuthorityContacts(input: $input) { code } }`,
      { input: { laoCode: lao.code, website: 'https://partner.example.go.th' } },
      { apiKey: DEMO.apiKey },
    );
    expect(write.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('opens the current fiscal year for INFO and the e-Service survey', async () => {
    const token = await sut.login('admin');
    const fiscalYear = fiscalYearOf(new Date());
    for (const module of ['INFO', 'ESERVICE']) {
      const res = await sut.gql<{ certificationCycle: { module: string; fiscalYear: number } | null }>(
        `query($module: CertificationModule!, $fiscalYear: Int!) { certificationCycle(module: $module, fiscalYear: $fiscalYear) { module fiscalYear } }`,
        { module, fiscalYear },
        { token },
      );
      expect(res.data!.certificationCycle).toEqual({ module, fiscalYear });
    }
  });

  it('does nothing when seeded a second time', async () => {
    const tables = ((await sut.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    )) as { name: string }[]).map((t) => t.name);
    const counts = async () => Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)] as const)));
    const before = await counts();
    expect(before).toMatchObject({ local_authority: expect.any(Number), app_user: expect.any(Number), api_key: 1 });
    expect(await seedDemoData(sut.db)).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
