import { codeOf, DEMO, startTestApp, type TestApp } from '../testing/test-app';

const UPDATE = `
  mutation Update($input: UpdateLocalAuthorityContactsInput!) {
    updateLocalAuthorityContacts(input: $input) { code website infoAdmins { name position phone } updatedAt }
  }`;

type Row = { website: string | null; info_admins: unknown; updated_at: Date; updated_by: string | null };

/** Who may change an LAO's contacts, and what a bad input does (nothing), over real HTTP on real PostgreSQL. */
describe('updateLocalAuthorityContacts', () => {
  let sut: TestApp;
  let own: { code: string; province: string };
  let neighbour: string; // another LAO of the same province
  let elsewhere: string; // an LAO of another province

  const row = async (code: string): Promise<Row> =>
    (await sut.db.query(`SELECT website, info_admins, updated_at, updated_by FROM local_authority WHERE code = $1`, [code]))[0];
  const auditCount = async (): Promise<number> =>
    (await sut.db.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n;

  beforeAll(async () => {
    sut = await startTestApp();
    const laos: { code: string; province_code: string }[] = await sut.db.query(
      `SELECT code, province_code FROM local_authority WHERE province_code IN ('12', '50') AND type = 'SAO' ORDER BY code`,
    );
    const inNonthaburi = laos.filter((l) => l.province_code === '12');
    own = { code: inNonthaburi[0]!.code, province: '12' };
    neighbour = inNonthaburi[1]!.code;
    elsewhere = laos.find((l) => l.province_code === '50')!.code;
  });
  afterAll(() => sut.close());

  it('lets an LAO official record its own website and two administrators, with an audit entry', async () => {
    const token = await sut.login(`lao.${own.code}`);
    const audits = await auditCount();
    const res = await sut.gql<{ updateLocalAuthorityContacts: { website: string; infoAdmins: unknown[] } }>(
      UPDATE,
      {
        input: {
          laoCode: own.code,
          website: '  https://www.bangkruai.go.th  ',
          infoAdmins: [
            { name: 'สมชาย ใจดี', position: 'นักวิชาการคอมพิวเตอร์', phone: '02 123 4567 ต่อ 12' },
            { name: 'สมศรี ศรีสุข', position: 'เจ้าพนักงานธุรการ', phone: '081-234-5678' },
          ],
        },
      },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateLocalAuthorityContacts.website).toBe('https://www.bangkruai.go.th');
    expect(res.data!.updateLocalAuthorityContacts.infoAdmins).toHaveLength(2);
    const stored = await row(own.code);
    expect(stored.website).toBe('https://www.bangkruai.go.th');
    expect(stored.updated_by).toBe(`lao.${own.code}`);
    expect(await auditCount()).toBe(audits + 1);
  });

  it('leaves out fields that are not sent and clears with null', async () => {
    const token = await sut.login(`lao.${own.code}`);
    await sut.gql(UPDATE, { input: { laoCode: own.code, website: null } }, { token });
    const stored = await row(own.code);
    expect(stored.website).toBeNull();
    expect(stored.info_admins).toHaveLength(2);
  });

  it('lets the province office and the department record for an LAO of their scope', async () => {
    for (const username of ['prov.12', 'admin']) {
      const token = await sut.login(username);
      const res = await sut.gql(UPDATE, { input: { laoCode: neighbour, website: `https://${username.replace('.', '')}.example.go.th` } }, { token });
      expect(res.errors).toBeUndefined();
      expect((await row(neighbour)).website).toBe(`https://${username.replace('.', '')}.example.go.th`);
    }
  });

  describe('refuses every write outside the caller\'s scope and changes nothing', () => {
    const cases: { who: string; caller: () => Promise<{ token?: string; apiKey?: string }>; lao: () => string; code: string }[] = [
      { who: 'an LAO official on another LAO of its province', caller: async () => ({ token: await sut.login(`lao.${own.code}`) }), lao: () => neighbour, code: 'FORBIDDEN' },
      { who: 'an LAO official on an LAO of another province', caller: async () => ({ token: await sut.login(`lao.${own.code}`) }), lao: () => elsewhere, code: 'FORBIDDEN' },
      { who: 'a province office on an LAO of another province', caller: async () => ({ token: await sut.login('prov.12') }), lao: () => elsewhere, code: 'FORBIDDEN' },
      { who: 'anonymous', caller: async () => ({}), lao: () => own.code, code: 'UNAUTHENTICATED' },
      { who: 'a partner API key', caller: async () => ({ apiKey: DEMO.apiKey }), lao: () => own.code, code: 'FORBIDDEN' },
    ];
    it.each(cases)('$who → $code', async ({ caller, lao, code }) => {
      const target = lao();
      const before = await row(target);
      const audits = await auditCount();
      const res = await sut.gql(UPDATE, { input: { laoCode: target, website: 'https://attacker.example.com' } }, await caller());
      expect(codeOf(res)).toBe(code);
      expect(res.data).toBeNull();
      expect(await row(target)).toEqual(before);
      expect(await auditCount()).toBe(audits);
    });

    it('a bad token is refused, not treated as anonymous', async () => {
      const res = await sut.gql(UPDATE, { input: { laoCode: own.code, website: 'https://x.go.th' } }, { token: 'forged.token.here' });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    });

    it('a province user without the REGISTRY RECORD right is refused in its own province', async () => {
      const admin = await sut.login('admin');
      const created = await sut.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { username } }`,
        { input: { username: 'prov12.viewer', displayName: 'ผู้ดูข้อมูล', level: 'PROVINCE', scopeCode: '12', password: 'viewer-pass-1', rights: [{ module: 'REGISTRY', rights: ['VIEW'] }] } },
        { token: admin },
      );
      expect(created.errors).toBeUndefined();
      const token = await sut.login('prov12.viewer', 'viewer-pass-1');
      const before = await row(neighbour);
      const res = await sut.gql(UPDATE, { input: { laoCode: neighbour, website: 'https://x.go.th' } }, { token });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(await row(neighbour)).toEqual(before);
    });
  });

  describe('bad input: BAD_USER_INPUT naming the field, nothing changed', () => {
    const admin = { name: 'สมชาย ใจดี', position: 'นักวิชาการคอมพิวเตอร์', phone: '021234567' };
    const matrix: { case: string; input: Record<string, unknown>; field?: string; code?: string }[] = [
      { case: 'website without a scheme', input: { website: 'www.example.go.th' }, field: 'website' },
      { case: 'javascript: URL', input: { website: 'javascript:alert(1)' }, field: 'website' },
      { case: 'website with no dot in the host', input: { website: 'https://localhost' }, field: 'website' },
      { case: 'website too long', input: { website: `https://${'a'.repeat(250)}.go.th` }, field: 'website' },
      { case: 'three administrators', input: { infoAdmins: [admin, admin, admin] }, field: 'infoAdmins' },
      { case: 'administrator without a name', input: { infoAdmins: [{ ...admin, name: '   ' }] }, field: 'infoAdmins.0.name' },
      { case: 'administrator without a position', input: { infoAdmins: [{ ...admin, position: '' }] }, field: 'infoAdmins.0.position' },
      { case: 'phone with letters', input: { infoAdmins: [admin, { ...admin, phone: '02-ABC-4567' }] }, field: 'infoAdmins.1.phone' },
      { case: 'phone too short', input: { infoAdmins: [{ ...admin, phone: '1234' }] }, field: 'infoAdmins.0.phone' },
      { case: 'control characters in a name', input: { infoAdmins: [{ ...admin, name: 'ส\u0000มชาย' }] }, field: 'infoAdmins.0.name' },
      { case: 'name over 200 characters', input: { infoAdmins: [{ ...admin, name: 'ก'.repeat(201) }] }, field: 'infoAdmins.0.name' },
      { case: 'malformed LAO code', input: { laoCode: '12-3' } },
      { case: 'unknown LAO code', input: { laoCode: '9999999' } },
      { case: 'a field the API does not know', input: { mayor: 'x' }, code: 'BAD_USER_INPUT' },
      { case: 'a website of the wrong type', input: { website: 42 }, code: 'BAD_USER_INPUT' },
    ];
    it.each(matrix)('$case', async ({ input, field, code }) => {
      const token = await sut.login('admin');
      const before = await row(own.code);
      const audits = await auditCount();
      const res = await sut.gql(UPDATE, { input: { laoCode: own.code, website: 'https://ok.go.th', ...input } }, { token, lang: 'en' });
      expect(codeOf(res)).toBe(code ?? 'BAD_USER_INPUT');
      if (field) {
        const fields = res.errors![0]!.extensions.fields as { path: string; message: string }[];
        expect(fields.map((f) => f.path)).toContain(field);
        for (const f of fields) expect(f.message).not.toMatch(/^[a-z]+\.[a-zA-Z]+$/); // a sentence, not a message key
      }
      expect(await row(own.code)).toEqual(before);
      expect(await auditCount()).toBe(audits);
    });

    it('explains a bad website in Thai by default', async () => {
      const token = await sut.login(`lao.${own.code}`);
      const res = await sut.gql(UPDATE, { input: { laoCode: own.code, website: 'www.x.go.th' } }, { token });
      expect(res.errors![0]!.message).toBe('ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th');
    });
  });

  describe('who reads the administrators', () => {
    const READ = `query($code: String!) { localAuthority(code: $code) { code website infoAdmins { name } } }`;
    it('anonymous may read the registry entry but not the administrators', async () => {
      const res = await sut.gql<{ localAuthority: unknown }>(`query($code: String!) { localAuthority(code: $code) { code website } }`, { code: own.code });
      expect(res.errors).toBeUndefined();
      const admins = await sut.gql(READ, { code: own.code });
      expect(codeOf(admins)).toBe('UNAUTHENTICATED');
    });
    it('an LAO official sees its own administrators and null for another LAO', async () => {
      await sut.gql(UPDATE, { input: { laoCode: elsewhere, infoAdmins: [admin()] } }, { token: await sut.login('admin') });
      const token = await sut.login(`lao.${own.code}`);
      const mine = await sut.gql<{ localAuthority: { infoAdmins: unknown[] | null } }>(READ, { code: own.code }, { token });
      expect(mine.data!.localAuthority.infoAdmins).not.toBeNull();
      const theirs = await sut.gql<{ localAuthority: { infoAdmins: unknown[] | null } }>(READ, { code: elsewhere }, { token });
      expect(theirs.data!.localAuthority.infoAdmins).toBeNull();
      const partner = await sut.gql<{ localAuthority: { infoAdmins: unknown[] | null } }>(READ, { code: elsewhere }, { apiKey: DEMO.apiKey });
      expect(partner.data!.localAuthority.infoAdmins).toHaveLength(1);
    });
  });
});

function admin() {
  return { name: 'วิไลวรรณ บุญมา', position: 'เจ้าพนักงานธุรการ', phone: '053 123 456' };
}
