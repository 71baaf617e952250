import { Logger, type LoggerService } from '@nestjs/common';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { MAX_ALIASES, MAX_QUERY_COST, MAX_QUERY_TOKENS, MAX_ROOT_FIELDS } from './query-limits';
import { ProbeModule } from './hostile-requests.probe';
import { factories } from '../testing/factories';
import { codeOf, startTestApp, type GraphQLResult, type TestApp } from '../testing/test-app';

const aliased = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')} }`;

/** Every log call of the process (both test apps), as the API made it. */
class CapturedLog implements LoggerService {
  lines: { level: string; message: unknown; params: unknown[] }[] = [];
  log = (message: unknown, ...params: unknown[]) => void this.lines.push({ level: 'log', message, params });
  warn = (message: unknown, ...params: unknown[]) => void this.lines.push({ level: 'warn', message, params });
  error = (message: unknown, ...params: unknown[]) => void this.lines.push({ level: 'error', message, params });
  debug = () => undefined;
  verbose = () => undefined;
}

/** Connections handed out by an app's pool while `work` runs: every SQL statement needs one. */
async function connectionsDuring<T>(sut: TestApp, work: () => Promise<T>): Promise<{ result: T; connections: number }> {
  const pool = (sut.db.driver as PostgresDriver).master as Pool;
  let connections = 0;
  const count = () => void connections++;
  pool.on('acquire', count);
  try {
    return { result: await work(), connections };
  } finally {
    pool.off('acquire', count);
  }
}

describe('hostile and oversized requests', () => {
  let sut: TestApp;
  /** The same API in production mode, with a short time budget and the probe fields. */
  let prod: TestApp;
  let laoToken: string;
  let log: CapturedLog;
  /** Connections an anonymous request takes before any resolver runs (the request context). */
  let baseline: number;

  beforeAll(async () => {
    sut = await startTestApp();
    prod = await startTestApp({ env: { NODE_ENV: 'production', STATEMENT_TIMEOUT_MS: '1000' }, extra: { modules: [ProbeModule], tables: [] } });
    const make = factories(sut);
    laoToken = (await make.laoUser((await make.lao()).code)).token;
    log = new CapturedLog();
    Logger.overrideLogger(log);
    baseline = (await connectionsDuring(sut, () => sut.gql(`{ __typename }`))).connections;
  });
  afterAll(async () => {
    await sut.close();
    await prod.close();
  });
  beforeEach(() => {
    log.lines = [];
  });

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

  describe('cost and time budget (hardening item 1)', () => {
    /** `connections`: taken by the refused request; `context`: by a request of the same caller that runs no resolver. */
    const refusedBeforeRunning = (res: GraphQLResult, connections: number, context = baseline) => {
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
      // No `data` at all: execution never started, and no statement beyond the request context's ran.
      expect(res.data).toBeUndefined();
      expect(connections).toBeLessThanOrEqual(context);
    };

    it(`refuses 3,000 aliased empty pages from an anonymous caller (once cost 1 each), and already ${MAX_ALIASES + 1}`, async () => {
      // Written as compactly as the probe wrote it (161 kB), under the 256 kB body limit.
      const query = `{${Array.from({ length: 3000 }, (_, i) => `a${i}:localAuthorities(first:0,filter:{search:"ตำบล"}){totalCount}`).join(' ')}}`;
      const { result, connections } = await connectionsDuring(sut, () => sut.gql(query, {}, { lang: 'en' }));
      refusedBeforeRunning(result, connections);
      // Refused while parsing (MAX_QUERY_TOKENS): validating 3,000 fields alone blocks the event loop for seconds.
      expect(result.errors![0]!.message).toBe(`The query is longer than the limit (${MAX_QUERY_TOKENS} tokens); split it into several requests`);
      const fewer = await connectionsDuring(sut, () => sut.gql(aliased(MAX_ALIASES + 1, `localAuthorities(first: 0) { totalCount }`), {}, { lang: 'en' }));
      refusedBeforeRunning(fewer.result, fewer.connections);
      expect(fewer.result.errors![0]!.extensions.aliases).toBe(MAX_ALIASES + 1);
      expect(fewer.result.errors![0]!.message).toMatch(/31 aliases, over the limit 30/);
    });

    it('refuses 60 aliased national reports from an LAO official, and already three of them by their weight', async () => {
      const report = `eServiceAdoption(fiscalYear: 2570) { answered }`;
      const context = (await connectionsDuring(sut, () => sut.gql(`{ __typename }`, {}, { token: laoToken }))).connections;
      const sixty = await connectionsDuring(sut, () => sut.gql(aliased(60, report), {}, { token: laoToken }));
      refusedBeforeRunning(sixty.result, sixty.connections, context);
      const three = await connectionsDuring(sut, () => sut.gql(aliased(3, report), {}, { token: laoToken }));
      refusedBeforeRunning(three.result, three.connections, context);
      expect(three.result.errors![0]!.extensions.cost).toBeGreaterThan(MAX_QUERY_COST);
    });

    it('counts introspection: 300 aliased schema dumps are refused, one is answered to a logged-in caller', async () => {
      const dump = `__schema { types { name fields { name } } }`;
      const many = await connectionsDuring(sut, () => sut.gql(aliased(300, dump)));
      refusedBeforeRunning(many.result, many.connections);
      const byCost = await sut.gql(aliased(15, dump));
      expect(byCost.errors![0]!.extensions.cost).toBeGreaterThan(MAX_QUERY_COST);
      const make = factories(prod);
      const { token } = await make.laoUser((await make.lao()).code);
      // In production too: tools of logged-in users and partners introspect.
      const one = await prod.gql<{ __schema: { types: unknown[] } }>(`{ ${dump} }`, {}, { token });
      expect(one.errors).toBeUndefined();
      expect(one.data!.__schema.types.length).toBeGreaterThan(50);
    });

    it(`refuses more than ${MAX_ROOT_FIELDS} root fields`, async () => {
      const res = await sut.gql(aliased(MAX_ROOT_FIELDS + 1, 'currentFiscalYear'));
      expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
      expect(res.errors![0]!.extensions.rootFields).toBe(MAX_ROOT_FIELDS + 1);
      expect((await sut.gql(aliased(MAX_ROOT_FIELDS, 'currentFiscalYear'))).errors).toBeUndefined();
    });

    it('cancels a statement past the time budget: TIMEOUT in the caller language, and the connection serves the next request', async () => {
      const res = await prod.gql(`{ probeSleep(seconds: 30) }`, {}, { lang: 'en' });
      expect(codeOf(res)).toBe('TIMEOUT');
      expect(res.errors![0]!.message).toMatch(/took too long/);
      const within = await prod.gql<{ probeSleep: boolean }>(`{ probeSleep(seconds: 0) }`);
      expect(within.data!.probeSleep).toBe(true);
      expect((await prod.http().get('/health')).status).toBe(200);
      expect(log.lines.filter((l) => l.level === 'error')).toEqual([]);
      expect(log.lines.find((l) => l.level === 'warn')!.message).toMatchObject({ message: 'refused', code: 'TIMEOUT' });
    });

    it('gives the connections that serve requests the configured budget (STATEMENT_TIMEOUT_MS)', async () => {
      const [{ statement_timeout }] = (await prod.db.query(`SHOW statement_timeout`)) as [{ statement_timeout: string }];
      expect(statement_timeout).toBe('1s');
    });
  });

  describe('the schema in production mode', () => {
    it('refuses introspection to anonymous callers before running anything, and answers it in development', async () => {
      const res = await prod.gql(`{ __type(name: "Query") { name } }`);
      expect(res.status).toBe(401);
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
      expect(res.data).toBeUndefined();
      expect((await sut.gql(`{ __type(name: "Query") { name } }`)).data).toEqual({ __type: { name: 'Query' } });
      // __typename is not introspection: clients add it everywhere.
      expect((await prod.gql(`{ __typename currentFiscalYear }`)).errors).toBeUndefined();
    });

    it('gives anonymous callers no field suggestions (they spell out the schema)', async () => {
      const typo = `{ localAuthoritie(code: "1120101") { code } }`;
      const anonymous = await prod.gql(typo);
      expect(codeOf(anonymous)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(anonymous.errors![0]!.message).not.toMatch(/Did you mean/);
      expect((await sut.gql(typo)).errors![0]!.message).toMatch(/Did you mean "localAuthorit/);
    });
  });

  describe('the log (hardening item 6)', () => {
    it('logs a request of many refused fields as one WARN line with codes, operation and actor, without a stack', async () => {
      // A nullable field each, so that every refusal is reported (a non-null one nulls the whole answer at the first).
      const res = await sut.gql(`query Probe ${aliased(20, 'certificationCycle(module: INFO, fiscalYear: 2570) { fiscalYear }')}`);
      expect(res.errors).toHaveLength(20);
      expect(log.lines.filter((l) => l.level === 'error')).toEqual([]);
      expect(log.lines).toEqual([
        { level: 'warn', params: ['GraphQL'], message: { message: 'refused', code: 'UNAUTHENTICATED', codes: { UNAUTHENTICATED: 20 }, operation: 'Probe', actor: 'anonymous' } },
      ]);
    });

    it('logs an ordinary mistake at INFO, and a refusal before execution with its code', async () => {
      await sut.gql(`{ localAuthorities(first: 501) { totalCount } }`, {}, { token: laoToken });
      await sut.gql(aliased(31, 'currentFiscalYear'));
      const [mistake, complex] = log.lines;
      expect(mistake).toMatchObject({ level: 'log', message: { code: 'BAD_USER_INPUT', actor: expect.stringMatching(/^lao\./) } });
      expect(complex).toMatchObject({ level: 'warn', message: { code: 'QUERY_TOO_COMPLEX' } });
      expect(log.lines).toHaveLength(2);
    });

    it('logs an unexpected error at ERROR with its stack, and tells the caller nothing of it', async () => {
      const res = await prod.gql(`query Buggy { probeBug }`, {}, { lang: 'en' });
      expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0]!.message).toBe('Something went wrong on our side, please try again');
      const errors = log.lines.filter((l) => l.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatchObject({ message: 'probe: a bug in a resolver', operation: 'Buggy', actor: 'anonymous', path: 'probeBug' });
      expect(String(errors[0]!.params[0])).toMatch(/TypeError: probe: a bug in a resolver\n\s+at /);
    });
  });
});
