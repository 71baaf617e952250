import { factories, type Factories, type MadeLao } from '../testing/factories';
import { codeOf, startTestApp, type Caller, type TestApp } from '../testing/test-app';

const UPDATE = `
  mutation Update($input: UpdateLocalAuthorityContactsInput!) {
    updateLocalAuthorityContacts(input: $input) { code website infoAdmins { name position phone } updatedAt }
  }`;

type Row = { website: string | null; info_admins: unknown; updated_at: Date; updated_by: string | null };

/**
 * Who may change an LAO's contacts, and what a bad input does (nothing), over real HTTP on real PostgreSQL. Each case
 * makes its own LAOs and accounts (testing/factories.ts).
 */
describe('updateLocalAuthorityContacts', () => {
  let sut: TestApp;
  let make: Factories;

  const row = async (code: string): Promise<Row> =>
    (await sut.db.query(`SELECT website, info_admins, updated_at, updated_by FROM local_authority WHERE code = $1`, [code]))[0];
  /** Entries for writes (reads of personal data and refusals are entries of their own). */
  const auditCount = async (): Promise<number> =>
    (await sut.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action NOT IN ('READ_PERSONAL', 'ACCESS_DENIED')`))[0].n;
  const refusals = async (): Promise<number> => (await sut.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'ACCESS_DENIED'`))[0].n;

  /** An LAO of Nonthaburi, another of the same province and one of Chiang Mai. */
  const scene = async (): Promise<{ own: MadeLao; neighbour: MadeLao; elsewhere: MadeLao }> => ({
    own: await make.lao({ provinceCode: '12', website: 'https://www.own.go.th' }),
    neighbour: await make.lao({ provinceCode: '12', website: 'https://www.neighbour.go.th' }),
    elsewhere: await make.lao({ provinceCode: '50', website: 'https://www.elsewhere.go.th' }),
  });

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
  });
  afterAll(() => sut.close());

  it('lets an LAO official record its own website and two administrators, with an audit entry', async () => {
    const own = await make.lao({ provinceCode: '12' });
    const official = await make.laoUser(own.code);
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
      { token: official.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateLocalAuthorityContacts.website).toBe('https://www.bangkruai.go.th');
    expect(res.data!.updateLocalAuthorityContacts.infoAdmins).toHaveLength(2);
    const stored = await row(own.code);
    expect(stored.website).toBe('https://www.bangkruai.go.th');
    expect(stored.info_admins).toHaveLength(2);
    expect(stored.updated_by).toBe(official.username);
    expect(await auditCount()).toBe(audits + 1);
  });

  it('leaves out fields that are not sent and clears with null', async () => {
    const own = await make.lao({ provinceCode: '12', website: 'https://www.own.go.th', infoAdmins: [admin(), admin()] });
    const official = await make.laoUser(own.code);
    const res = await sut.gql(UPDATE, { input: { laoCode: own.code, website: null } }, { token: official.token });
    expect(res.errors).toBeUndefined();
    const stored = await row(own.code);
    expect(stored.website).toBeNull();
    expect(stored.info_admins).toHaveLength(2);
  });

  it('lets the province office and the department record for an LAO of their scope', async () => {
    const lao = await make.lao({ provinceCode: '12' });
    for (const user of [await make.provinceUser('12'), await make.departmentUser()]) {
      const website = `https://${user.username.replace(/\./g, '')}.example.go.th`;
      const res = await sut.gql(UPDATE, { input: { laoCode: lao.code, website } }, { token: user.token });
      expect(res.errors).toBeUndefined();
      expect((await row(lao.code)).website).toBe(website);
    }
  });

  describe('refuses every write outside the caller\'s scope and changes nothing', () => {
    type Scene = Awaited<ReturnType<typeof scene>>;
    const cases: { who: string; caller: (s: Scene) => Promise<Caller>; target: (s: Scene) => MadeLao; code: string }[] = [
      { who: 'an LAO official on another LAO of its province', caller: async (s) => ({ token: (await make.laoUser(s.own.code)).token }), target: (s) => s.neighbour, code: 'FORBIDDEN' },
      { who: 'an LAO official on an LAO of another province', caller: async (s) => ({ token: (await make.laoUser(s.own.code)).token }), target: (s) => s.elsewhere, code: 'FORBIDDEN' },
      { who: 'a province office on an LAO of another province', caller: async () => ({ token: (await make.provinceUser('12')).token }), target: (s) => s.elsewhere, code: 'FORBIDDEN' },
      { who: 'anonymous', caller: async () => ({}), target: (s) => s.own, code: 'UNAUTHENTICATED' },
      { who: 'a partner API key', caller: async () => ({ apiKey: (await make.apiKey()).key }), target: (s) => s.own, code: 'FORBIDDEN' },
    ];
    it.each(cases)('$who → $code', async ({ caller, target, code }) => {
      const s = await scene();
      const lao = target(s);
      const who = await caller(s);
      const before = await row(lao.code);
      const audits = await auditCount();
      const refused = await refusals();
      const res = await sut.gql(UPDATE, { input: { laoCode: lao.code, website: 'https://attacker.example.com' } }, who);
      expect(codeOf(res)).toBe(code);
      expect(res.data).toBeNull();
      expect(await row(lao.code)).toEqual(before);
      expect(await auditCount()).toBe(audits);
      // A refusal of a known caller is on the trail as a refusal; an anonymous one is not (nobody to name).
      expect(await refusals()).toBe(refused + (code === 'FORBIDDEN' ? 1 : 0));
    });

    it('a bad token is refused, not treated as anonymous', async () => {
      const own = await make.lao({ provinceCode: '12', website: 'https://www.own.go.th' });
      const before = await row(own.code);
      const res = await sut.gql(UPDATE, { input: { laoCode: own.code, website: 'https://x.go.th' } }, { token: 'forged.token.here' });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
      expect(await row(own.code)).toEqual(before);
    });

    it('a province user without the REGISTRY RECORD right is refused in its own province', async () => {
      const lao = await make.lao({ provinceCode: '12', website: 'https://www.own.go.th' });
      const department = await make.departmentUser();
      const created = await sut.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { username } }`,
        { input: { username: 'prov12.viewer', displayName: 'ผู้ดูข้อมูล', level: 'PROVINCE', scopeCode: '12', password: 'viewer-pass-1', rights: [{ module: 'REGISTRY', rights: ['VIEW'] }] } },
        { token: department.token },
      );
      expect(created.errors).toBeUndefined();
      const token = await sut.login('prov12.viewer', 'viewer-pass-1');
      const before = await row(lao.code);
      const res = await sut.gql(UPDATE, { input: { laoCode: lao.code, website: 'https://x.go.th' } }, { token });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(await row(lao.code)).toEqual(before);
    });
  });

  describe('bad input: BAD_USER_INPUT naming the field, nothing changed', () => {
    const admin = { name: 'สมชาย ใจดี', position: 'นักวิชาการคอมพิวเตอร์', phone: '021234567' };
    const matrix: { case: string; input: Record<string, unknown>; field?: string }[] = [
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
    ];
    it.each(matrix)('$case', async ({ input, field }) => {
      const res = await refusedWithoutChange(input);
      const fields = res.errors![0]!.extensions.fields as { path: string; message: string }[];
      expect(fields.map((f) => f.path)).toContain(field);
      for (const f of fields) expect(f.message).not.toMatch(/^[a-z]+\.[a-zA-Z]+$/); // a sentence, not a message key
    });

    // Refused before any field is checked: by the LAO lookup, or by GraphQL's own input validation.
    const unfielded: { case: string; input: Record<string, unknown> }[] = [
      { case: 'malformed LAO code', input: { laoCode: '12-3' } },
      { case: 'unknown LAO code', input: { laoCode: '9999999' } },
      { case: 'a field the API does not know', input: { mayor: 'x' } },
      { case: 'a website of the wrong type', input: { website: 42 } },
    ];
    it.each(unfielded)('$case', async ({ input }) => {
      await refusedWithoutChange(input);
    });

    /** Sends a department user's update of a fresh LAO with `input` over it: BAD_USER_INPUT, the LAO and the audit trail unchanged. */
    async function refusedWithoutChange(input: Record<string, unknown>) {
      const own = await make.lao({ provinceCode: '12', website: 'https://www.own.go.th', infoAdmins: [admin] });
      const department = await make.departmentUser();
      const before = await row(own.code);
      const audits = await auditCount();
      const res = await sut.gql(UPDATE, { input: { laoCode: own.code, website: 'https://ok.go.th', ...input } }, { token: department.token, lang: 'en' });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(await row(own.code)).toEqual(before);
      expect(await auditCount()).toBe(audits);
      return res;
    }

    it('explains a bad website in Thai by default', async () => {
      const own = await make.lao({ provinceCode: '12' });
      const official = await make.laoUser(own.code);
      const res = await sut.gql(UPDATE, { input: { laoCode: own.code, website: 'www.x.go.th' } }, { token: official.token });
      expect(res.errors![0]!.message).toBe('ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th');
    });
  });

  describe('who reads the administrators', () => {
    const READ = `query($code: String!) { localAuthority(code: $code) { code website infoAdmins { name } } }`;
    it('anonymous may read the registry entry but not the administrators', async () => {
      const own = await make.lao({ provinceCode: '12', website: 'https://www.own.go.th', infoAdmins: [admin()] });
      const res = await sut.gql<{ localAuthority: unknown }>(`query($code: String!) { localAuthority(code: $code) { code website } }`, { code: own.code });
      expect(res.errors).toBeUndefined();
      expect(res.data!.localAuthority).toEqual({ code: own.code, website: 'https://www.own.go.th' });
      const admins = await sut.gql(READ, { code: own.code });
      expect(codeOf(admins)).toBe('UNAUTHENTICATED');
    });
    it('an LAO official sees its own administrators and null for another LAO', async () => {
      const own = await make.lao({ provinceCode: '12', infoAdmins: [admin(), admin()] });
      const elsewhere = await make.lao({ provinceCode: '50', infoAdmins: [admin()] });
      const { token } = await make.laoUser(own.code);
      const mine = await sut.gql<{ localAuthority: { infoAdmins: unknown[] | null } }>(READ, { code: own.code }, { token });
      expect(mine.data!.localAuthority.infoAdmins).not.toBeNull();
      expect(mine.data!.localAuthority.infoAdmins).toHaveLength(2);
      const theirs = await sut.gql<{ localAuthority: { infoAdmins: unknown[] | null } }>(READ, { code: elsewhere.code }, { token });
      expect(theirs.data!.localAuthority.infoAdmins).toBeNull();
      const partner = await sut.gql<{ localAuthority: { infoAdmins: unknown[] | null } }>(READ, { code: elsewhere.code }, { apiKey: (await make.apiKey()).key });
      expect(partner.data!.localAuthority.infoAdmins).toHaveLength(1);
    });
  });
});

function admin() {
  return { name: 'วิไลวรรณ บุญมา', position: 'เจ้าพนักงานธุรการ', phone: '053 123 456' };
}
