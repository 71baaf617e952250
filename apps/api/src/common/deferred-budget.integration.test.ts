import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';

/**
 * The rate counter runs beside a query rather than before it (deferred-budget.ts) and a caller's concurrent requests
 * share its statements (request-budget.service.ts): a refused caller still sees nothing and writes nothing, and the
 * counts stay exact.
 */
const ME = `{ me { username } }`;
const BUDGET = 5;

describe('the rate budget, counted beside execution', () => {
  let sut: TestApp;
  let make: Factories;

  beforeAll(async () => {
    sut = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: String(BUDGET) } });
    make = factories(sut);
  });
  afterAll(() => sut.close());

  /** This minute's and the next one's budgets already spent, so the case does not depend on when it runs. */
  const spendBudget = (userId: string) =>
    sut.db.query(
      `INSERT INTO request_counter (caller, minute, requests)
         SELECT $1, date_trunc('minute', now()) + m * interval '1 minute', 1000 FROM generate_series(0, 1) m`,
      [`user:${userId}`],
    );

  it('answers a query over the budget RATE_LIMITED (429, Retry-After) with nothing of its data', async () => {
    const user = await make.departmentUser();
    await spendBudget(user.id);
    const res = await sut.http().post('/graphql').set('authorization', `Bearer ${user.token}`).send({ query: ME });
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(JSON.stringify(res.body)).not.toContain(user.username);
  });

  it('does not run a mutation over the budget', async () => {
    const user = await make.departmentUser();
    const [before] = await sut.db.query(`SELECT password_hash, token_version FROM app_user WHERE id = $1`, [user.id]);
    await spendBudget(user.id);
    const res = await sut.gql(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`,
      { input: { currentPassword: user.password, newPassword: 'a-new-password-of-some-length-42' } },
      { token: user.token },
    );
    expect(codeOf(res)).toBe('RATE_LIMITED');
    expect(res.status).toBe(429);
    const [after] = await sut.db.query(`SELECT password_hash, token_version FROM app_user WHERE id = $1`, [user.id]);
    expect(after).toEqual(before);
  });

  it('counts a burst of one caller exactly: every request once, each refusal answered and counted', async () => {
    const user = await make.departmentUser();
    const results = await Promise.all(Array.from({ length: 12 }, () => sut.gql<{ me: { username: string } }>(ME, {}, { token: user.token })));
    const refused = results.filter((r) => codeOf(r) === 'RATE_LIMITED');
    const answered = results.filter((r) => r.data?.me.username === user.username);
    expect(answered.length + refused.length).toBe(12);
    // Twelve requests span at most two minutes' budgets of five.
    expect(refused.length).toBeGreaterThanOrEqual(12 - 2 * BUDGET);
    const [counted] = await sut.db.query(`SELECT sum(requests)::int AS requests, sum(refusals)::int AS refusals FROM request_counter WHERE caller = $1`, [
      `user:${user.id}`,
    ]);
    expect(counted).toEqual({ requests: 12, refusals: refused.length });
  });
});
