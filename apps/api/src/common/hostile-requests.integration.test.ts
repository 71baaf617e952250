import { MAX_QUERY_COST } from './query-limits';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';

describe('hostile and oversized requests', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('answers /health with 200 when the database is up', async () => {
    const res = await sut.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok' });
  });

  it(`refuses a query costing more than ${MAX_QUERY_COST}, with its cost, in English on request`, async () => {
    const aliases = Array.from({ length: 12 }, (_, i) => `p${i}: localAuthorities(first: 500) { edges { node { code nameTh province { code nameTh } } } }`);
    const res = await sut.http().post('/graphql').set('Accept-Language', 'en').send({ query: `{ ${aliases.join('\n')} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.body.errors[0].extensions.cost).toBeGreaterThan(MAX_QUERY_COST);
    expect(res.body.errors[0].message).toMatch(/too large/);
    expect(res.body.data).toBeUndefined();
  });

  it('refuses a body over the size limit with 413 and no stack trace', async () => {
    const res = await sut
      .http()
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ query: `{ currentFiscalYear }`, variables: { padding: 'x'.repeat(300 * 1024) } }));
    expect(res.status).toBe(413);
    expect(res.text).not.toMatch(/at .*\(.*\.(js|ts):\d+/);
  });

  it('answers malformed JSON and unknown fields without internals', async () => {
    const malformed = await sut.http().post('/graphql').set('Content-Type', 'application/json').send('{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.text).not.toMatch(/node_modules|at .*\.js:\d+/);
    const unknown = await sut.gql(`{ nope }`);
    expect(codeOf(unknown)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(unknown.errors)).not.toMatch(/stacktrace/);
  });

  it('refuses a GET mutation and a simple cross-site POST (CSRF prevention)', async () => {
    const get = await sut.http().get('/graphql').query({ query: `mutation { login(username: "admin", password: "demo1234") { accessToken } }` });
    expect(get.status).toBe(400);
    const form = await sut.http().post('/graphql').set('Content-Type', 'text/plain').send('{"query":"{ me { username } }"}');
    expect(form.status).toBe(400);
  });
});
