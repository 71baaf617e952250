import { LOGIN_LIMITS } from './login-throttle.service';
import { codeOf, DEMO, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken expiresIn user { username level scopeCode rights { module rights } } } }`;
const ME = `{ me { username displayName level scopeCode rights { module rights } } }`;

describe('login, tokens and API keys', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('logs in each demo level and answers me with its scope and default rights', async () => {
    const [lao] = await sut.db.query(`SELECT code FROM local_authority WHERE province_code = '12' ORDER BY code LIMIT 1`);
    for (const [username, level, scope] of [
      ['admin', 'DEPARTMENT', null],
      ['prov.12', 'PROVINCE', '12'],
      [`lao.${lao.code}`, 'LAO', lao.code],
    ] as const) {
      const res = await sut.gql<{ login: { accessToken: string; expiresIn: number; user: { level: string; scopeCode: string | null } } }>(
        LOGIN,
        { u: username.toUpperCase(), p: DEMO.password },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.login.user).toMatchObject({ level, scopeCode: scope });
      expect(res.data!.login.expiresIn).toBeGreaterThan(3600);
      const me = await sut.gql<{ me: { username: string; rights: { module: string; rights: string[] }[] } }>(ME, {}, { token: res.data!.login.accessToken });
      expect(me.data!.me.username).toBe(username);
      const info = me.data!.me.rights.find((r) => r.module === 'INFO');
      expect(info?.rights).toEqual(level === 'DEPARTMENT' ? ['VIEW', 'RECORD', 'CERTIFY', 'ADMINISTER'] : level === 'PROVINCE' ? ['VIEW', 'CERTIFY'] : ['VIEW', 'RECORD', 'CERTIFY']);
    }
  });

  it('never stores a password in clear, and uses argon2id', async () => {
    const rows: { password_hash: string }[] = await sut.db.query(`SELECT DISTINCT password_hash FROM app_user LIMIT 5`);
    for (const r of rows) {
      expect(r.password_hash).toMatch(/^\$argon2id\$/);
      expect(r.password_hash).not.toContain(DEMO.password);
    }
  });

  it('answers null for me when anonymous or with an API key', async () => {
    expect((await sut.gql(ME)).data).toEqual({ me: null });
    expect((await sut.gql(ME, {}, { apiKey: DEMO.apiKey })).data).toEqual({ me: null });
  });

  it('refuses a wrong password with the same message as an unknown user, in Thai or English', async () => {
    const wrong = await sut.gql(LOGIN, { u: 'prov.10', p: 'nope-nope' });
    const unknown = await sut.gql(LOGIN, { u: 'nobody.here', p: 'nope-nope' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    const english = await sut.gql(LOGIN, { u: 'prov.10', p: 'nope-nope' }, { lang: 'en-US,en;q=0.9' });
    expect(english.errors![0]!.message).toBe('Wrong username or password');
    expect(JSON.stringify(english.errors)).not.toMatch(/stack|at .*\.ts/);
  });

  it(`blocks a username after ${LOGIN_LIMITS.perUsername} failures, even with the right password`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.perUsername; i++) {
      expect(codeOf(await sut.gql(LOGIN, { u: 'prov.50', p: `guess-${i}` }))).toBe('UNAUTHENTICATED');
    }
    const blocked = await sut.gql(LOGIN, { u: 'prov.50', p: DEMO.password }, { lang: 'en' });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors![0]!.message).toMatch(/wait \d+ seconds/);
    // Another account from elsewhere is not affected.
    expect(codeOf(await sut.gql(LOGIN, { u: 'prov.51', p: DEMO.password }))).toBeUndefined();
  });

  it('refuses forged, expired-by-password-change and disabled-account tokens', async () => {
    const admin = await sut.login('admin');
    await sut.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { username } }`,
      { input: { username: 'temp.officer', displayName: 'เจ้าหน้าที่ชั่วคราว', level: 'PROVINCE', scopeCode: '13', password: 'first-pass-1' } },
      { token: admin },
    );
    const token = await sut.login('temp.officer', 'first-pass-1');
    expect(codeOf(await sut.gql(ME, {}, { token: token.slice(0, -2) + 'xx' }))).toBe('UNAUTHENTICATED');
    expect((await sut.gql<{ me: { username: string } }>(ME, {}, { token })).data!.me.username).toBe('temp.officer');

    await sut.gql(`mutation { updateUser(input: { username: "temp.officer", password: "second-pass-2" }) { username } }`, {}, { token: admin });
    expect(codeOf(await sut.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');

    const second = await sut.login('temp.officer', 'second-pass-2');
    await sut.gql(`mutation { updateUser(input: { username: "temp.officer", active: false }) { active } }`, {}, { token: admin });
    expect(codeOf(await sut.gql(ME, {}, { token: second }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await sut.gql(LOGIN, { u: 'temp.officer', p: 'second-pass-2' }))).toBe('UNAUTHENTICATED');
  });

  it('lets a department admin create a partner key, shown once and hashed, and revoke it', async () => {
    const admin = await sut.login('admin');
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
    expect(read.data!.localAuthorities.totalCount).toBeGreaterThan(7800);
    const lastUsed: { last_used_at: Date | null }[] = await sut.db.query(`SELECT last_used_at FROM api_key WHERE id = $1`, [apiKey.id]);
    expect(lastUsed[0]!.last_used_at).not.toBeNull();

    await sut.gql(`mutation($id: ID!) { revokeApiKey(input: { id: $id }) { revokedAt } }`, { id: apiKey.id }, { token: admin });
    const after = await sut.gql(`{ localAuthorities(first: 1) { totalCount } }`, {}, { apiKey: key, lang: 'en' });
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(after.errors![0]!.message).toBe('The API key is wrong or has been revoked');
  });

  describe('accounts are the department administrators\' alone', () => {
    const operations = [
      ['users', `{ users(first: 5) { totalCount } }`],
      ['apiKeys', `{ apiKeys { id } }`],
      ['createUser', `mutation { createUser(input: { username: "sneaky", displayName: "x", level: "DEPARTMENT", password: "12345678" }) { id } }`.replace('"DEPARTMENT"', 'DEPARTMENT')],
      ['createApiKey', `mutation { createApiKey(input: { name: "sneaky" }) { key } }`],
      ['updateUser', `mutation { updateUser(input: { username: "admin", password: "taken-over-1" }) { id } }`],
    ] as const;
    it.each(operations)('%s is refused to a province, an LAO, an API key and anonymous', async (_name, query) => {
      const [lao] = await sut.db.query(`SELECT code FROM local_authority ORDER BY code LIMIT 1`);
      const usersBefore = await sut.db.query(`SELECT username, password_hash, token_version FROM app_user ORDER BY username`);
      for (const [caller, code] of [
        [{ token: await sut.login('prov.12') }, 'FORBIDDEN'],
        [{ token: await sut.login(`lao.${lao.code}`) }, 'FORBIDDEN'],
        [{ apiKey: DEMO.apiKey }, 'FORBIDDEN'],
        [{}, 'UNAUTHENTICATED'],
      ] as const) {
        const res = await sut.gql(query, {}, caller);
        expect({ caller: Object.keys(caller), code: codeOf(res) }).toEqual({ caller: Object.keys(caller), code });
      }
      expect(await sut.db.query(`SELECT username, password_hash, token_version FROM app_user ORDER BY username`)).toEqual(usersBefore);
    });
  });

  it('refuses a bad user and changes nothing', async () => {
    const admin = await sut.login('admin');
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
    const taken = await sut.gql(
      `mutation { createUser(input: { username: "prov.12", displayName: "x", level: PROVINCE, scopeCode: "12", password: "12345678" }) { id } }`,
      {},
      { token: admin },
    );
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM app_user`)).toEqual(before);
  });

  it('lists users by province scope, including the LAOs of the province', async () => {
    const admin = await sut.login('admin');
    const res = await sut.gql<{ users: { totalCount: number; edges: { node: { username: string; scopeCode: string } }[] } }>(
      `{ users(filter: { scopeCode: "12" }, first: 500) { totalCount edges { node { username scopeCode } } } }`,
      {},
      { token: admin },
    );
    const [{ n }] = await sut.db.query(`SELECT count(*)::int AS n FROM local_authority WHERE province_code = '12'`);
    expect(res.data!.users.totalCount).toBeGreaterThanOrEqual(n + 1);
    expect(res.data!.users.edges.map((e) => e.node.username)).toContain('prov.12');
  });
});
