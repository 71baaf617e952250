import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';

const ME = `{ me { username rights { module rights } } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`;
const READ = `{ localAuthorities(first: 1) { edges { node { code } } } }`;

/**
 * Callers are reused for a few seconds (actor-cache.ts), but a change made through THIS process takes effect on the
 * very next request: each case first makes a request that caches the caller, changes it, and asks again at once.
 * Without the eviction the second request would be answered from the cache as before the change.
 */
describe('resolved callers are cached, and a change of them ends the cached one at once', () => {
  let sut: TestApp;
  let make: Factories;
  let admin: string;
  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    admin = (await make.departmentUser()).token;
  });
  afterAll(() => sut.close());

  it('refuses a revoked API key on the next request', async () => {
    const { id, key } = await make.apiKey();
    expect((await sut.gql(READ, {}, { apiKey: key })).errors).toBeUndefined();
    const revoked = await sut.gql(`mutation($id: ID!) { revokeApiKey(input: { id: $id }) { revokedAt } }`, { id }, { token: admin });
    expect(revoked.errors).toBeUndefined();
    expect(codeOf(await sut.gql(READ, {}, { apiKey: key }))).toBe('UNAUTHENTICATED');
  });

  it('refuses the old token after its owner changes the password, and takes the new one', async () => {
    const user = await make.provinceUser('12');
    expect((await sut.gql(ME, {}, { token: user.token })).errors).toBeUndefined();
    const changed = await sut.gql<{ changePassword: { accessToken: string } }>(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`,
      { input: { currentPassword: user.password, newPassword: 'another-password-77' } },
      { token: user.token },
    );
    expect(changed.errors).toBeUndefined();
    expect(codeOf(await sut.gql(ME, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
    expect((await sut.gql(ME, {}, { token: changed.data!.changePassword.accessToken })).errors).toBeUndefined();
  });

  it('refuses the old token after an administrator resets the password', async () => {
    const user = await make.provinceUser('12');
    expect((await sut.gql(ME, {}, { token: user.token })).errors).toBeUndefined();
    expect((await sut.gql(`mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword } }`, { id: user.id }, { token: admin })).errors).toBeUndefined();
    expect(codeOf(await sut.gql(ME, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a suspended account on the next request', async () => {
    const user = await make.provinceUser('12');
    expect((await sut.gql(ME, {}, { token: user.token })).errors).toBeUndefined();
    expect((await sut.gql(UPDATE, { input: { id: user.id, active: false } }, { token: admin })).errors).toBeUndefined();
    expect(codeOf(await sut.gql(ME, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
  });

  it('applies changed rights on the next request (the token stays valid)', async () => {
    const user = await make.provinceUser('12');
    const before = await sut.gql<{ me: { rights: { module: string }[] } }>(ME, {}, { token: user.token });
    expect(before.data!.me.rights.map((r) => r.module)).toContain('INFO');
    const rights = [{ module: 'REGISTRY', rights: ['VIEW'] }];
    expect((await sut.gql(UPDATE, { input: { id: user.id, rights } }, { token: admin })).errors).toBeUndefined();
    const after = await sut.gql<{ me: { rights: { module: string; rights: string[] }[] } }>(ME, {}, { token: user.token });
    expect(after.data!.me.rights).toEqual(rights);
  });
});
