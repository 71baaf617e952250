import { loadConfig } from '../config/config';
import { factories, type Factories, type MadeUser } from '../testing/factories';
import { startTestApp, type TestApp } from '../testing/test-app';
import { LOGIN_LIMITS } from './login-throttle.service';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;

interface Attempt {
  code: string | undefined;
  retryAfterSeconds: number | undefined;
  token: string | undefined;
}

/**
 * Password guessing is bounded per (username, address) pair, atomically, without handing anyone a lock-out button.
 * `sut` believes X-Forwarded-For from loopback (TRUSTED_PROXIES), so a case picks the address it comes from;
 * `plain` is a replica on the same database with the default (no proxy believed).
 */
describe('login throttling', () => {
  let sut: TestApp;
  let plain: TestApp;
  let make: Factories;
  beforeAll(async () => {
    sut = await startTestApp({ env: { TRUSTED_PROXIES: 'loopback' } });
    plain = await startTestApp({ replicaOf: sut });
    make = factories(sut);
  });
  afterAll(async () => {
    await plain.close();
    await sut.close();
  });

  const attempt = async (username: string, password: string, from?: string, app: TestApp = sut): Promise<Attempt> => {
    const req = app.http().post('/graphql').set('Content-Type', 'application/json');
    if (from) req.set('X-Forwarded-For', from);
    const res = await req.send({ query: LOGIN, variables: { u: username, p: password } });
    const error = res.body?.errors?.[0];
    return { code: error?.extensions.code, retryAfterSeconds: error?.extensions.retryAfterSeconds, token: res.body?.data?.login?.accessToken };
  };
  const fail = (user: MadeUser, from: string, i = 0) => attempt(user.username, `wrong-${i}`, from);
  /** Ends the pair's current wait, as if it had passed: the next check runs (no test waits for the clock). */
  const endWait = (username: string, address: string) =>
    sut.db.query(`UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE key = $1`, [`p:${username}\n${address}`]);

  it(`verifies at most ${LOGIN_LIMITS.perPair} of 40 parallel wrong passwords for one pair; the owner elsewhere still logs in`, async () => {
    const target = await make.provinceUser('30');
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => fail(target, '198.51.100.1', i)));
    const codes = results.map((r) => r.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(LOGIN_LIMITS.perPair);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(40 - LOGIN_LIMITS.perPair);
    const [{ n }] = await sut.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'LOGIN_FAILED' AND detail->>'address' = '198.51.100.1'`);
    expect(n).toBe(LOGIN_LIMITS.perPair);
    for (const r of results.filter((x) => x.code === 'RATE_LIMITED')) {
      expect(r.retryAfterSeconds).toBeGreaterThan(0);
      expect(r.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_LIMITS.firstWaitSeconds);
    }
    // The guesser's pair waits, even with the right password; the owner, from another address, is not locked out.
    expect((await attempt(target.username, target.password, '198.51.100.1')).code).toBe('RATE_LIMITED');
    expect((await attempt(target.username, target.password, '198.51.100.2')).token).toEqual(expect.any(String));
  });

  it('makes each further check wait 1, 2, 4, 8 and at most 15 minutes; a success starts the pair afresh', async () => {
    const user = await make.provinceUser('31');
    const from = '198.51.100.3';
    for (let i = 0; i < LOGIN_LIMITS.perPair; i++) expect((await fail(user, from, i)).code).toBe('UNAUTHENTICATED');
    const waits: number[] = [];
    for (let round = 0; round < 6; round++) {
      const refused = await fail(user, from);
      expect(refused.code).toBe('RATE_LIMITED');
      waits.push(refused.retryAfterSeconds!);
      await endWait(user.username, from);
      expect((await fail(user, from)).code).toBe('UNAUTHENTICATED');
    }
    // Each wait is the expected one (a loaded machine may have spent some seconds of it).
    const expected = [60, 120, 240, 480, 900, 900];
    waits.forEach((w, i) => {
      expect(w).toBeLessThanOrEqual(expected[i]!);
      expect(w).toBeGreaterThan(expected[i]! - 30);
    });
    await endWait(user.username, from);
    expect((await attempt(user.username, user.password, from)).token).toEqual(expect.any(String));
    for (let i = 0; i < LOGIN_LIMITS.perPair; i++) expect((await fail(user, from, i)).code).toBe('UNAUTHENTICATED');
  });

  it(`after ${LOGIN_LIMITS.perUsername} failures of a username from many addresses, each new address gets one check; the owner's right password still works`, async () => {
    const target = await make.departmentUser();
    for (let i = 0; i < LOGIN_LIMITS.perUsername; i++) {
      expect((await fail(target, `203.0.113.${i + 1}`, i)).code).toBe('UNAUTHENTICATED');
    }
    expect((await fail(target, '203.0.113.200')).code).toBe('UNAUTHENTICATED');
    expect((await fail(target, '203.0.113.200', 1)).code).toBe('RATE_LIMITED');
    expect((await attempt(target.username, target.password, '203.0.113.201')).token).toEqual(expect.any(String));
  });

  it(`an address spraying ${LOGIN_LIMITS.perAddress} usernames slows new ones, but never a colleague behind it with a clean pair`, async () => {
    const office = '192.0.2.10';
    const colleague = await make.provinceUser('32');
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
      expect((await attempt(`sprayed.${i}`, 'demo1234', office)).code).toBe('UNAUTHENTICATED');
    }
    // The colleague behind the same NAT logs in; the next new username sprayed gets one check, then waits.
    expect((await attempt(colleague.username, colleague.password, office)).token).toEqual(expect.any(String));
    expect((await attempt('sprayed.next', 'demo1234', office)).code).toBe('UNAUTHENTICATED');
    expect((await attempt('sprayed.next', 'demo1235', office)).code).toBe('RATE_LIMITED');
    // Elsewhere nothing changed: a sprayed username still has its free checks from another address.
    expect((await attempt('sprayed.0', 'x-1', '192.0.2.11')).code).toBe('UNAUTHENTICATED');
    expect((await attempt('sprayed.0', 'x-2', '192.0.2.11')).code).toBe('UNAUTHENTICATED');
  });

  it('believes X-Forwarded-For only from the proxies configured (none by default)', async () => {
    const user = await make.provinceUser('33');
    // Without TRUSTED_PROXIES a guesser cannot pose as a new address on every try: all count on the socket's peer.
    for (let i = 0; i < LOGIN_LIMITS.perPair; i++) {
      expect((await attempt(user.username, `wrong-${i}`, `198.51.100.${50 + i}`, plain)).code).toBe('UNAUTHENTICATED');
    }
    expect((await attempt(user.username, user.password, '198.51.100.99', plain)).code).toBe('RATE_LIMITED');
    const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/x', AUTH_SECRET: 'x'.repeat(32) };
    expect(loadConfig(base).trustedProxies).toEqual([]);
    expect(loadConfig({ ...base, TRUSTED_PROXIES: '10.0.0.0/8, loopback,::1' }).trustedProxies).toEqual(['10.0.0.0/8', 'loopback', '::1']);
    for (const bad of ['*', 'true', '10.0.0.0/33', 'proxy.example']) {
      expect(() => loadConfig({ ...base, TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/);
    }
  });
});
