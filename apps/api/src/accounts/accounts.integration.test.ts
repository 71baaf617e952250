import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type GraphQLResult, type TestApp } from '../testing/test-app';

const USER_FIELDS = `id username displayName level scopeCode active mustChangePassword rights { module rights }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const RESET = `mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword user { ${USER_FIELDS} } } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken mustChangePassword user { username mustChangePassword } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken mustChangePassword user { username mustChangePassword } } }`;
const USERS = `query($filter: UserFilter, $first: Int, $after: String) { users(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { username } } } }`;
const ME = `{ me { username mustChangePassword } }`;

interface UserRow {
  id: string;
  username: string;
  displayName: string;
  level: string;
  scopeCode: string | null;
  active: boolean;
  mustChangePassword: boolean;
  rights: { module: string; rights: string[] }[];
}

/** User administration: edits, resets, one's own password and the users list, each case on accounts of its own. */
describe('user administration', () => {
  let sut: TestApp;
  let make: Factories;
  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
  });
  afterAll(() => sut.close());

  const update = (token: string, input: Record<string, unknown>) => sut.gql<{ updateUser: UserRow }>(UPDATE, { input }, { token });
  const stored = async (id: string) =>
    (await sut.db.query(`SELECT display_name, level, scope_code, rights, active, must_change_password, token_version FROM app_user WHERE id = $1`, [id]))[0];
  const trail = (username: string) => sut.db.query(`SELECT actor, action, detail FROM audit_log WHERE subject_type = 'USER' AND subject_id = $1 ORDER BY id`, [username]);
  const fieldsOf = (res: GraphQLResult<unknown>) => res.errors?.[0]?.extensions.fields as { path: string; message: string }[] | undefined;

  it('edits name, level, scope and rights by id, and keeps before and after on the trail', async () => {
    const admin = await make.departmentUser();
    const lao = await make.lao({ provinceCode: '50' });
    const officer = await make.provinceUser('12');
    const res = await update(admin.token, { id: officer.id, displayName: 'นางสาวสมศรี ใจดี', level: 'LAO', scopeCode: lao.code, rights: [{ module: 'INFO', rights: ['VIEW', 'RECORD'] }] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateUser).toMatchObject({ displayName: 'นางสาวสมศรี ใจดี', level: 'LAO', scopeCode: lao.code, rights: [{ module: 'INFO', rights: ['VIEW', 'RECORD'] }] });
    // The next request of that user already acts in the new scope: a province page of 12 is no longer theirs.
    const me = await sut.gql<{ me: { username: string } }>(`{ me { username level scopeCode } }`, {}, { token: officer.token });
    expect(me.data!.me).toMatchObject({ level: 'LAO', scopeCode: lao.code });
    const [entry] = await trail(officer.username);
    expect(entry).toMatchObject({ actor: admin.username, action: 'UPDATE' });
    expect(entry.detail.before).toMatchObject({ level: 'PROVINCE', scopeCode: '12' });
    expect(entry.detail.after).toMatchObject({ level: 'LAO', scopeCode: lao.code, displayName: 'นางสาวสมศรี ใจดี' });
    expect(JSON.stringify(entry.detail)).not.toMatch(/argon2|password_hash/);
  });

  it('gives a new level its default rights and no old scope when only the level changes', async () => {
    const admin = await make.departmentUser();
    const officer = await make.laoUser((await make.lao({ provinceCode: '12' })).code);
    expect(codeOf(await update(admin.token, { id: officer.id, level: 'PROVINCE' }))).toBe('BAD_USER_INPUT'); // a province code is needed
    const res = await update(admin.token, { id: officer.id, level: 'PROVINCE', scopeCode: '12' });
    expect(res.data!.updateUser.rights.find((r) => r.module === 'INFO')!.rights).toEqual(['VIEW', 'CERTIFY']);
    const toDepartment = await update(admin.token, { id: officer.id, level: 'DEPARTMENT' });
    expect(toDepartment.data!.updateUser).toMatchObject({ level: 'DEPARTMENT', scopeCode: null });
  });

  it.each([
    ['an LAO level with a province code', { level: 'LAO', scopeCode: '12' }, 'scopeCode', 'BAD_USER_INPUT'],
    ['a province level without a code', { level: 'PROVINCE', scopeCode: null }, 'scopeCode', 'BAD_USER_INPUT'],
    ['a department level with a code', { level: 'DEPARTMENT', scopeCode: '12' }, 'scopeCode', 'BAD_USER_INPUT'],
    ['rights on accounts below the department', { rights: [{ module: 'ACCOUNTS', rights: ['ADMINISTER'] }] }, 'rights', 'BAD_USER_INPUT'],
    ['personal data on a module without personal data', { rights: [{ module: 'INFO', rights: ['PERSONAL_DATA'] }] }, 'rights', 'BAD_USER_INPUT'],
    ['an unknown province', { level: 'PROVINCE', scopeCode: '99' }, null, 'BAD_USER_INPUT'],
    ['an unknown LAO', { level: 'LAO', scopeCode: '5999999' }, null, 'BAD_USER_INPUT'],
    ['a blank name', { displayName: '  ' }, 'displayName', 'BAD_USER_INPUT'],
  ])('refuses %s and changes nothing', async (_, change, field, code) => {
    const admin = await make.departmentUser();
    const officer = await make.provinceUser('12');
    const before = await stored(officer.id);
    const res = await update(admin.token, { id: officer.id, ...change });
    expect(codeOf(res)).toBe(code);
    if (field) expect(fieldsOf(res)?.map((f) => f.path)).toContain(field);
    expect(await stored(officer.id)).toEqual(before);
    expect(await trail(officer.username)).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown or malformed id, and needs an id or a username', async () => {
    const admin = await make.departmentUser();
    expect(codeOf(await update(admin.token, { id: '00000000-0000-4000-8000-000000000000', displayName: 'x' }))).toBe('NOT_FOUND');
    expect(codeOf(await update(admin.token, { id: 'not-a-uuid', displayName: 'x' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await update(admin.token, { displayName: 'x' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await sut.gql(RESET, { id: 'nope' }, { token: admin.token }))).toBe('NOT_FOUND');
  });

  it('refuses an administrator removing their own admin right, changing their own level or suspending themselves', async () => {
    const admin = await make.departmentUser();
    for (const change of [
      { active: false },
      { level: 'PROVINCE', scopeCode: '12' },
      { rights: [{ module: 'INFO', rights: ['VIEW'] }] },
      { rights: [{ module: 'ACCOUNTS', rights: ['VIEW'] }] },
    ]) {
      const res = await update(admin.token, { id: admin.id, ...change });
      expect({ code: codeOf(res), reason: res.errors?.[0]?.extensions.reason }).toEqual({ code: 'BAD_USER_INPUT', reason: 'SELF_LOCKOUT' });
    }
    expect(codeOf(await sut.gql(RESET, { id: admin.id }, { token: admin.token }))).toBe('BAD_USER_INPUT');
    // Their own name they may change.
    expect((await update(admin.token, { id: admin.id, displayName: 'ผู้ดูแลระบบ' })).data!.updateUser.displayName).toBe('ผู้ดูแลระบบ');
  });

  it('lets only department administrators edit and reset', async () => {
    const lao = await make.lao({ provinceCode: '12' });
    const target = await make.laoUser(lao.code);
    const withoutAdmin = await make.departmentUser({ ACCOUNTS: ['VIEW'], INFO: ['VIEW'] });
    const province = await make.provinceUser('12', { ACCOUNTS: ['ADMINISTER'], REGISTRY: ['VIEW'] });
    for (const token of [withoutAdmin.token, province.token, target.token]) {
      expect(codeOf(await update(token, { id: target.id, displayName: 'x' }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(RESET, { id: target.id }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(USERS, {}, { token }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await sut.gql(RESET, { id: target.id }, { apiKey: (await make.apiKey()).key }))).toBe('FORBIDDEN');
    expect(codeOf(await sut.gql(RESET, { id: target.id }))).toBe('UNAUTHENTICATED');
    expect((await stored(target.id)).must_change_password).toBe(false);
  });

  it('resets a password: shown once, sessions end, the user must change it at next login', async () => {
    const admin = await make.departmentUser();
    const officer = await make.provinceUser('12');
    const reset = await sut.gql<{ resetUserPassword: { temporaryPassword: string; user: UserRow } }>(RESET, { id: officer.id }, { token: admin.token });
    expect(reset.errors).toBeUndefined();
    const temporary = reset.data!.resetUserPassword.temporaryPassword;
    expect(temporary).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(reset.data!.resetUserPassword.user.mustChangePassword).toBe(true);
    expect(codeOf(await sut.gql(ME, {}, { token: officer.token }))).toBe('UNAUTHENTICATED'); // the old session ended
    expect(codeOf(await sut.gql(LOGIN, { u: officer.username, p: officer.password }))).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(await trail(officer.username))).not.toContain(temporary);

    const login = await sut.gql<{ login: { accessToken: string; mustChangePassword: boolean } }>(LOGIN, { u: officer.username, p: temporary });
    expect(login.data!.login.mustChangePassword).toBe(true);
    const token = login.data!.login.accessToken;
    expect((await sut.gql(ME, {}, { token })).data).toEqual({ me: { username: officer.username, mustChangePassword: true } });
    // Until it is changed the API answers nothing else, whatever the client (not only the SPA's screen).
    const held = await sut.gql(`{ localAuthorities(first: 1) { totalCount } }`, {}, { token });
    expect(codeOf(held)).toBe('FORBIDDEN');
    expect(held.errors?.[0]?.extensions?.reason).toBe('PASSWORD_CHANGE_REQUIRED');

    // A wrong current password, or the temporary one again, changes nothing.
    const wrong = await sut.gql(CHANGE, { input: { currentPassword: 'not-it-at-all', newPassword: 'my-own-pass-9' } }, { token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(wrong)?.map((f) => f.path)).toEqual(['currentPassword']);
    expect(fieldsOf(await sut.gql(CHANGE, { input: { currentPassword: temporary, newPassword: temporary } }, { token }))?.map((f) => f.path)).toEqual(['newPassword']);
    expect((await stored(officer.id)).must_change_password).toBe(true);

    const changed = await sut.gql<{ changePassword: { accessToken: string; mustChangePassword: boolean } }>(
      CHANGE,
      { input: { currentPassword: temporary, newPassword: 'my-own-pass-9' } },
      { token },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changePassword.mustChangePassword).toBe(false);
    expect(codeOf(await sut.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED'); // the temporary session ended too
    expect((await sut.gql(ME, {}, { token: changed.data!.changePassword.accessToken })).data).toEqual({ me: { username: officer.username, mustChangePassword: false } });
    expect((await sut.gql(`{ localAuthorities(first: 1) { totalCount } }`, {}, { token: changed.data!.changePassword.accessToken })).errors).toBeUndefined();
    expect(codeOf(await sut.gql(LOGIN, { u: officer.username, p: temporary }))).toBe('UNAUTHENTICATED');
    expect((await sut.gql<{ login: { mustChangePassword: boolean } }>(LOGIN, { u: officer.username, p: 'my-own-pass-9' })).data!.login.mustChangePassword).toBe(false);
    expect((await trail(officer.username)).map((e: { actor: string; detail: object }) => [e.actor, e.detail])).toEqual([
      [admin.username, { passwordReset: true, mustChangePassword: true }],
      [officer.username, { passwordChanged: true, byOwner: true }],
    ]);
  });

  it('refuses changing a password with an API key or anonymously', async () => {
    const input = { currentPassword: 'whatever-1', newPassword: 'whatever-2' };
    expect(codeOf(await sut.gql(CHANGE, { input }, { apiKey: (await make.apiKey()).key }))).toBe('FORBIDDEN');
    expect(codeOf(await sut.gql(CHANGE, { input }))).toBe('UNAUTHENTICATED');
  });

  it('filters the users by search, level, province and status, paging in username order', async () => {
    const admin = await make.departmentUser();
    const lao = await make.lao({ provinceCode: '83' });
    const office = await make.provinceUser('83');
    const official = await make.laoUser(lao.code);
    const suspended = await make.laoUser(lao.code);
    await make.provinceUser('84');
    await update(admin.token, { id: suspended.id, active: false });
    const names = async (filter: Record<string, unknown>, first = 50) =>
      (await sut.gql<{ users: { edges: { node: { username: string } }[] } }>(USERS, { filter, first }, { token: admin.token })).data!.users.edges.map((e) => e.node.username).sort();

    expect(await names({ provinceCode: '83' })).toEqual([official.username, suspended.username, office.username].sort());
    expect(await names({ provinceCode: '83', status: 'SUSPENDED' })).toEqual([suspended.username]);
    expect(await names({ provinceCode: '83', status: 'ACTIVE', level: 'LAO' })).toEqual([official.username]);
    expect(await names({ search: lao.code })).toEqual([official.username, suspended.username].sort());
    expect(codeOf(await sut.gql(USERS, { filter: { provinceCode: '8' } }, { token: admin.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await sut.gql(USERS, { filter: { status: 'GONE' } }, { token: admin.token }))).toBe('BAD_USER_INPUT');

    const first = await sut.gql<{ users: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: { username: string } }[] } }>(USERS, { filter: { provinceCode: '83' }, first: 2 }, { token: admin.token });
    expect(first.data!.users.totalCount).toBe(3);
    const rest = await sut.gql<{ users: { edges: { node: { username: string } }[] } }>(USERS, { filter: { provinceCode: '83' }, first: 2, after: first.data!.users.pageInfo.endCursor }, { token: admin.token });
    const both = [...first.data!.users.edges, ...rest.data!.users.edges].map((e) => e.node.username);
    expect(both.sort()).toEqual([official.username, suspended.username, office.username].sort());
  });
});
