import { factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';

/**
 * Operations run compiled (compiled-execution.ts): kept per document and operation, never per answer, and what graphql-js
 * answers before execution (a mistyped variable) is still answered as graphql-js answers it. A resolver's unexpected
 * failure keeps its code and message through the compiled path: hostile-requests.integration.test.ts (probeBug).
 */
describe('compiled execution', () => {
  let sut: TestApp;
  let token: string;

  beforeAll(async () => {
    sut = await startTestApp();
    token = (await factories(sut).departmentUser()).token;
  });
  afterAll(() => sut.close());

  it('answers a mistyped variable BAD_USER_INPUT with status 400, naming the variable', async () => {
    const query = `query($year: Int!) { certificationProgress(module: INFO, fiscalYear: $year) { provinceCode } }`;
    const res = await sut.gql(query, { year: 'two thousand' }, { token });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('$year');
    expect(res.data).toBeUndefined();
  });

  it('runs the operation the request names, of a document holding several', async () => {
    const document = `query Year { currentFiscalYear } query Who { me { username } }`;
    const named = (operationName: string) =>
      sut
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({ query: document, operationName })
        .then((res) => res.body as { data: Record<string, unknown> });
    const year = await named('Year');
    const who = await named('Who');
    const yearAgain = await named('Year');
    expect(Object.keys(year.data)).toEqual(['currentFiscalYear']);
    expect(Object.keys(who.data)).toEqual(['me']);
    expect(yearAgain).toEqual(year);
  });

  it('binds each request its own variables, not the first request', async () => {
    const make = factories(sut);
    const [north, south] = [await make.lao(), await make.lao()];
    const query = `query($code: String!) { localAuthority(code: $code) { code } }`;
    const first = await sut.gql<{ localAuthority: { code: string } }>(query, { code: north.code });
    const second = await sut.gql<{ localAuthority: { code: string } }>(query, { code: south.code });
    expect(first.data?.localAuthority.code).toBe(north.code);
    expect(second.data?.localAuthority.code).toBe(south.code);
  });
});
