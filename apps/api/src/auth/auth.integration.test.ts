import * as jwt from 'jsonwebtoken';
import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken expiresIn user { username level scopeCode rights { module rights } } } }`;
const ME = `{ me { username displayName level scopeCode rights { module rights } } }`;

/** Accounts, tokens and keys, each case with accounts of its own (testing/factories.ts) on an empty database. */
describe('login, tokens and API keys', () => {
  let sut: TestApp;
  let make: Factories;
  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
  });
  afterAll(() => sut.close());

  it('logs in each level and answers me with its scope and default rights', async () => {
    const lao = await make.lao({ provinceCode: '12' });
    for (const [user, level, scope] of [
      [await make.departmentUser(), 'DEPARTMENT', null],
      [await make.provinceUser('12'), 'PROVINCE', '12'],
      [await make.laoUser(lao.code), 'LAO', lao.code],
    ] as const) {
      const res = await sut.gql<{ login: { accessToken: string; expiresIn: number; user: { level: string; scopeCode: string | null } } }>(
        LOGIN,
        { u: user.username.toUpperCase(), p: user.password },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.login.user).toMatchObject({ level, scopeCode: scope });
      expect(res.data!.login.expiresIn).toBeGreaterThan(3600);
      const me = await sut.gql<{ me: { username: string; rights: { module: string; rights: string[] }[] } }>(ME, {}, { token: res.data!.login.accessToken });
      expect(me.data!.me.username).toBe(user.username);
      const info = me.data!.me.rights.find((r) => r.module === 'INFO');
      expect(info?.rights).toEqual(level === 'DEPARTMENT' ? ['VIEW', 'RECORD', 'CERTIFY', 'ADMINISTER', 'PERSONAL_DATA'] : level === 'PROVINCE' ? ['VIEW', 'CERTIFY'] : ['VIEW', 'RECORD', 'CERTIFY']);
    }
  });

  it('never stores a password in clear, and uses argon2id', async () => {
    const password = 'the-same-password-1';
    const users = [await make.user({ level: 'DEPARTMENT', password }), await make.user({ level: 'PROVINCE', scopeCode: '12', password })];
    const rows: { password_hash: string }[] = await sut.db.query(`SELECT password_hash FROM app_user WHERE id = ANY($1::uuid[])`, [users.map((u) => u.id)]);
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.password_hash).toMatch(/^\$argon2id\$/);
      expect(r.password_hash).not.toContain(password);
    }
    expect(rows[0]!.password_hash).not.toBe(rows[1]!.password_hash); // salted
  });

  it('answers null for me when anonymous or with an API key', async () => {
    expect((await sut.gql(ME)).data).toEqual({ me: null });
    expect((await sut.gql(ME, {}, { apiKey: (await make.apiKey()).key })).data).toEqual({ me: null });
  });

  it('refuses a wrong password with the same message as an unknown user, in Thai or English', async () => {
    const { username } = await make.provinceUser('10');
    const wrong = await sut.gql(LOGIN, { u: username, p: 'nope-nope' });
    const unknown = await sut.gql(LOGIN, { u: 'nobody.here', p: 'nope-nope' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    const english = await sut.gql(LOGIN, { u: username, p: 'nope-nope' }, { lang: 'en-US,en;q=0.9' });
    expect(english.errors![0]!.message).toBe('Wrong username or password');
    expect(JSON.stringify(english.errors)).not.toMatch(/stack|at .*\.ts/);
  });

  it('refuses a token that never expires, or whose claims are not ours, even when signed with the secret', async () => {
    const officer = await make.provinceUser('52');
    const [{ token_version: ver }] = await sut.db.query(`SELECT token_version FROM app_user WHERE id = $1`, [officer.id]);
    const sign = (claims: object, options: jwt.SignOptions = {}) => jwt.sign(claims, sut.authSecret, { algorithm: 'HS256', issuer: 'lao-platform', ...options });
    const meOf = (token: string) => sut.gql<{ me: { username: string } | null }>(ME, {}, { token });
    // The control: the same claims with an expiry are accepted.
    expect((await meOf(sign({ sub: officer.id, ver }, { expiresIn: 3600 }))).data!.me!.username).toBe(officer.username);
    for (const token of [
      sign({ sub: officer.id, ver }),
      sign({ sub: 'not-a-uuid', ver }, { expiresIn: 3600 }),
      sign({ sub: officer.id }, { expiresIn: 3600 }),
    ]) {
      const res = await meOf(token);
      expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('refuses forged, expired-by-password-change and disabled-account tokens', async () => {
    const admin = (await make.departmentUser()).token;
    const officer = await make.provinceUser('13');
    const token = officer.token;
    expect(codeOf(await sut.gql(ME, {}, { token: token.slice(0, -2) + 'xx' }))).toBe('UNAUTHENTICATED');
    expect((await sut.gql<{ me: { username: string } }>(ME, {}, { token })).data!.me.username).toBe(officer.username);

    await sut.gql(`mutation($u: String!) { updateUser(input: { username: $u, password: "second-pass-2" }) { username } }`, { u: officer.username }, { token: admin });
    expect(codeOf(await sut.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');

    const second = await sut.login(officer.username, 'second-pass-2');
    await sut.gql(`mutation($u: String!) { updateUser(input: { username: $u, active: false }) { active } }`, { u: officer.username }, { token: admin });
    expect(codeOf(await sut.gql(ME, {}, { token: second }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await sut.gql(LOGIN, { u: officer.username, p: 'second-pass-2' }))).toBe('UNAUTHENTICATED');
  });

  it('lets a department admin create a partner key, shown once and hashed, and revoke it', async () => {
    const admin = (await make.departmentUser()).token;
    await make.lao({ provinceCode: '12' });
    await make.lao({ provinceCode: '50' });
    const created = await sut.gql<{ createApiKey: { key: string; apiKey: { id: string; keyPrefix: string; name: string } } }>(
      `mutation { createApiKey(input: { name: "สำนักงานสถิติแห่งชาติ" }) { key apiKey { id keyPrefix name } } }`,
      {},
      { token: admin },
    );
    const { key, apiKey } = created.data!.createApiKey;
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(key.startsWith(apiKey.keyPrefix)).toBe(true);
    const stored: { key_hash: string }[] = await sut.db.query(`SELECT key_hash FROM api_key WHERE id = $1`, [apiKey.id]);
    expect(stored[0]!.key_hash).not.toContain(key);

    const list = await sut.gql<{ apiKeys: { id: string; name: string }[] }>(`{ apiKeys { id name keyPrefix } }`, {}, { token: admin });
    expect(list.data!.apiKeys.map((k) => k.id)).toContain(apiKey.id);
    expect(JSON.stringify(list.data)).not.toContain(key);

    const read = await sut.gql<{ localAuthorities: { totalCount: number } }>(`{ localAuthorities(first: 1) { totalCount } }`, {}, { apiKey: key });
    const [{ n }] = await sut.db.query(`SELECT count(*)::int AS n FROM local_authority`);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(read.data!.localAuthorities.totalCount).toBe(n);
    const lastUsed: { last_used_at: Date | null }[] = await sut.db.query(`SELECT last_used_at FROM api_key WHERE id = $1`, [apiKey.id]);
    expect(lastUsed[0]!.last_used_at).not.toBeNull();

    await sut.gql(`mutation($id: ID!) { revokeApiKey(input: { id: $id }) { revokedAt } }`, { id: apiKey.id }, { token: admin });
    const after = await sut.gql(`{ localAuthorities(first: 1) { totalCount } }`, {}, { apiKey: key, lang: 'en' });
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(after.errors![0]!.message).toBe('The API key is wrong or has been revoked');
  });

  describe('accounts are the department administrators\' alone', () => {
    const operations = [
      ['users', () => `{ users(first: 5) { totalCount } }`],
      ['apiKeys', () => `{ apiKeys { id } }`],
      ['createUser', () => `mutation { createUser(input: { username: "sneaky", displayName: "x", level: DEPARTMENT, password: "12345678" }) { id } }`],
      ['createApiKey', () => `mutation { createApiKey(input: { name: "sneaky" }) { key } }`],
      ['updateUser', (admin: string) => `mutation { updateUser(input: { username: "${admin}", password: "taken-over-1" }) { id } }`],
    ] as const;
    it.each(operations)('%s is refused to a province, an LAO, an API key and anonymous', async (_name, query) => {
      const lao = await make.lao({ provinceCode: '12' });
      const department = await make.departmentUser();
      const callers = [
        [{ token: (await make.provinceUser('12')).token }, 'FORBIDDEN'],
        [{ token: (await make.laoUser(lao.code)).token }, 'FORBIDDEN'],
        [{ apiKey: (await make.apiKey()).key }, 'FORBIDDEN'],
        [{}, 'UNAUTHENTICATED'],
      ] as const;
      const usersBefore = await sut.db.query(`SELECT username, password_hash, token_version FROM app_user ORDER BY username`);
      const keysBefore = await sut.db.query(`SELECT id, revoked_at FROM api_key ORDER BY id`);
      for (const [caller, code] of callers) {
        const res = await sut.gql(query(department.username), {}, caller);
        expect({ caller: Object.keys(caller), code: codeOf(res) }).toEqual({ caller: Object.keys(caller), code });
      }
      expect(await sut.db.query(`SELECT username, password_hash, token_version FROM app_user ORDER BY username`)).toEqual(usersBefore);
      expect(await sut.db.query(`SELECT id, revoked_at FROM api_key ORDER BY id`)).toEqual(keysBefore);
    });
  });

  it('refuses a bad user and changes nothing', async () => {
    const admin = (await make.departmentUser()).token;
    const taken = await make.provinceUser('12');
    const before = await sut.db.query(`SELECT count(*)::int AS n FROM app_user`);
    for (const input of [
      { username: 'ab', displayName: 'x', level: 'DEPARTMENT', password: '12345678' },
      { username: 'new.user', displayName: 'x', level: 'PROVINCE', scopeCode: '1', password: '12345678' },
      { username: 'new.user', displayName: 'x', level: 'LAO', scopeCode: '9999999', password: '12345678' },
      { username: 'new.user', displayName: 'x', level: 'DEPARTMENT', scopeCode: '12', password: '12345678' },
      { username: 'new.user', displayName: '', level: 'DEPARTMENT', password: '12345678' },
      { username: 'new.user', displayName: 'x', level: 'DEPARTMENT', password: 'short' },
    ]) {
      const res = await sut.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, { token: admin });
      expect({ input, code: codeOf(res) }).toEqual({ input, code: 'BAD_USER_INPUT' });
    }
    const conflict = await sut.gql(
      `mutation($u: String!) { createUser(input: { username: $u, displayName: "x", level: PROVINCE, scopeCode: "12", password: "12345678" }) { id } }`,
      { u: taken.username },
      { token: admin },
    );
    expect(codeOf(conflict)).toBe('CONFLICT');
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM app_user`)).toEqual(before);
  });

  it('lists users by province scope, including the LAOs of the province', async () => {
    // Province 14 (พระนครศรีอยุธยา) is this case's alone; the accounts of province 15 must not show.
    const admin = (await make.departmentUser()).token;
    const [first, second] = [await make.lao({ provinceCode: '14' }), await make.lao({ provinceCode: '14' })];
    const expected = [await make.provinceUser('14'), await make.laoUser(first.code), await make.laoUser(second.code)].map((u) => u.username);
    await make.provinceUser('15');
    await make.laoUser((await make.lao({ provinceCode: '15' })).code);

    const res = await sut.gql<{ users: { totalCount: number; edges: { node: { username: string; scopeCode: string } }[] } }>(
      `{ users(filter: { scopeCode: "14" }, first: 500) { totalCount edges { node { username scopeCode } } } }`,
      {},
      { token: admin },
    );
    const [{ n }] = await sut.db.query(`SELECT count(*)::int AS n FROM local_authority WHERE province_code = '14'`);
    expect(res.data!.users.totalCount).toBeGreaterThanOrEqual(n + 1);
    expect(res.data!.users.totalCount).toBe(3);
    expect(res.data!.users.edges.map((e) => e.node.username).sort()).toEqual(expected.sort());
  });
});
