import { baseUrl, codeOf, DEMO_API_KEY, gql, login, type Caller } from '../support/api';

const REGISTRY = `query($filter: LocalAuthorityFilter, $first: Int) {
  localAuthorities(filter: $filter, first: $first) { totalCount edges { node { code nameTh type province { code } infoAdmins { name } } } }
}`;
const CONTACTS = `mutation($input: UpdateLocalAuthorityContactsInput!) { updateLocalAuthorityContacts(input: $input) { code website } }`;

type Registry = { localAuthorities: { totalCount: number; edges: { node: { code: string; province: { code: string }; infoAdmins: unknown[] | null } }[] } };

/** The running product over HTTP, as each kind of caller sees it. */
describe('the API over HTTP, per user level and API key', () => {
  let nonthaburi: string[]; // two SAOs of province 12
  let chiangMai: string; // an LAO of province 50

  beforeAll(async () => {
    const a = await gql<Registry>(REGISTRY.replace(' infoAdmins { name }', ''), { filter: { provinceCode: '12', type: 'SAO' }, first: 2 });
    nonthaburi = a.data!.localAuthorities.edges.map((e) => e.node.code);
    const b = await gql<Registry>(REGISTRY.replace(' infoAdmins { name }', ''), { filter: { provinceCode: '50' }, first: 1 });
    chiangMai = b.data!.localAuthorities.edges[0]!.node.code;
  });

  it('is up: /health, the SPA at / and on a client route, GraphQL at /graphql', async () => {
    expect((await fetch(`${baseUrl()}/health`)).status).toBe(200);
    for (const path of ['/', '/registry', `/lao/${nonthaburi[0]}`]) {
      const res = await fetch(`${baseUrl()}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
    expect((await gql<{ currentFiscalYear: number }>(`{ currentFiscalYear }`)).data!.currentFiscalYear).toBeGreaterThan(2560);
  });

  it('anonymous: reads the public registry, not the administrators, writes nothing', async () => {
    const res = await gql<Registry>(REGISTRY.replace(' infoAdmins { name }', ''), { first: 5 });
    expect(res.data!.localAuthorities.totalCount).toBeGreaterThan(7800);
    expect(codeOf(await gql(REGISTRY, { first: 1 }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(CONTACTS, { input: { laoCode: nonthaburi[0], website: 'https://x.go.th' } }))).toBe('UNAUTHENTICATED');
  });

  it('a partner API key: reads everything, administrators included; writes nothing', async () => {
    const caller: Caller = { apiKey: DEMO_API_KEY };
    const res = await gql<Registry>(REGISTRY, { filter: { provinceCode: '50' }, first: 50 }, caller);
    expect(res.errors).toBeUndefined();
    expect(res.data!.localAuthorities.edges.some((e) => e.node.infoAdmins !== null)).toBe(true);
    const write = await gql(CONTACTS, { input: { laoCode: chiangMai, website: 'https://x.go.th' } }, caller);
    expect(codeOf(write)).toBe('FORBIDDEN');
    expect(write.errors![0]!.message).toBe('กุญแจ API ใช้อ่านข้อมูลได้เท่านั้น');
    expect(codeOf(await gql(CONTACTS, { input: { laoCode: chiangMai } }, { apiKey: 'not-a-real-key' }))).toBe('UNAUTHENTICATED');
  });

  it('an LAO official: its own LAO only', async () => {
    const token = await login(`lao.${nonthaburi[0]}`);
    const own = await gql<{ updateLocalAuthorityContacts: { website: string } }>(
      CONTACTS,
      { input: { laoCode: nonthaburi[0], website: 'https://www.own-lao.go.th' } },
      { token },
    );
    expect(own.data!.updateLocalAuthorityContacts.website).toBe('https://www.own-lao.go.th');
    expect(codeOf(await gql(CONTACTS, { input: { laoCode: nonthaburi[1], website: 'https://x.go.th' } }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(CONTACTS, { input: { laoCode: chiangMai, website: 'https://x.go.th' } }, { token }))).toBe('FORBIDDEN');
    const list = await gql<Registry>(REGISTRY, { filter: { provinceCode: '12' }, first: 500 }, { token });
    // Another LAO's INFO administrators are not this official's to read.
    expect(list.data!.localAuthorities.edges.filter(({ node }) => node.code !== nonthaburi[0] && node.infoAdmins !== null)).toEqual([]);
    expect(codeOf(await gql(`{ users { totalCount } }`, {}, { token }))).toBe('FORBIDDEN');
  });

  it('a province office: the LAOs of its province only', async () => {
    const token = await login('prov.12');
    const inside = await gql(CONTACTS, { input: { laoCode: nonthaburi[1], website: 'https://www.by-province.go.th' } }, { token });
    expect(inside.errors).toBeUndefined();
    const outside = await gql(CONTACTS, { input: { laoCode: chiangMai, website: 'https://x.go.th' } }, { token, lang: 'en' });
    expect(codeOf(outside)).toBe('FORBIDDEN');
    expect(outside.errors![0]!.message).toBe('This organisation is outside your scope');
    const after = await gql<{ localAuthority: { website: string | null } }>(`{ localAuthority(code: "${chiangMai}") { website } }`);
    expect(after.data!.localAuthority.website).not.toBe('https://x.go.th');
  });

  it('the department: any LAO, and accounts', async () => {
    const token = await login('admin');
    expect((await gql(CONTACTS, { input: { laoCode: chiangMai, website: 'https://www.by-department.go.th' } }, { token })).errors).toBeUndefined();
    const users = await gql<{ users: { totalCount: number } }>(`{ users(filter: { level: PROVINCE }) { totalCount } }`, {}, { token });
    expect(users.data!.users.totalCount).toBe(77);
  });
});
