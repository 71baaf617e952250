import { randomBytes } from 'node:crypto';
import type { INestApplication, Type } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { DEMO_API_KEY, DEMO_PASSWORD } from '../demo/demo-seed';
import type { ModuleTables } from '../platform/feature-module';
import { createApp } from '../server';
import { DEMO_TEMPLATE_DATABASE, ensureDemoTemplate, TEMPLATE_DATABASE, withAdmin, withDatabase } from './global-setup';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions: { code: string; [key: string]: unknown }; path?: string[] }[] | undefined;
}

export interface Caller {
  token?: string;
  apiKey?: string;
  lang?: string;
}

/**
 * The whole API on its own database, called over real HTTP (supertest on the Nest server).
 * `sut.gql(query, variables, caller)` answers what a client would see.
 */
export interface TestApp {
  app: INestApplication;
  db: DataSource;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResult<T>>;
  /** A bearer token for an account (a demo account with `demo: true`; see factories.ts otherwise). */
  login(username: string, password?: string): Promise<string>;
  http(): ReturnType<typeof request>;
  /** This instance's database and token secret (for a second replica on it, see `replicaOf`). */
  database: string;
  authSecret: string;
  close(): Promise<void>;
}

/** The demo accounts' password and the demo partner key: only there with `startTestApp({ demo: true })`. */
export const DEMO = { password: DEMO_PASSWORD, apiKey: DEMO_API_KEY };

export interface TestAppOptions {
  /**
   * A copy of the demo database (the generated national registry, demo accounts and key, INFO and e-Service demo
   * data) instead of an empty one (migrations only: geography and catalogues). For the demo seed's own test. The
   * first such call of a run builds the demo template (about a minute): give its beforeAll a longer timeout.
   */
  demo?: boolean;
  /** A module of the test's own (its Nest module and tables), registered beside the product's, e.g. the kit's sample. */
  extra?: { modules: Type<unknown>[]; tables: ModuleTables[] };
  /** Environment settings for this instance (e.g. a low RATE_LIMIT_USER_PER_MINUTE). */
  env?: Record<string, string>;
  /** A second API replica on the same database as this one (same signing secret; closing it keeps the database). */
  replicaOf?: TestApp;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const adminUrl = process.env.LAO_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('LAO_TEST_ADMIN_URL is not set: run through jest (global-setup.ts)');
  const demo = options.demo ?? false;
  const replicaOf = options.replicaOf;
  const database = replicaOf?.database ?? `lao_test_${randomBytes(6).toString('hex')}`;
  if (!replicaOf) {
    if (demo) await ensureDemoTemplate(adminUrl);
    const template = demo ? DEMO_TEMPLATE_DATABASE : TEMPLATE_DATABASE;
    await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));
  }
  const url = withDatabase(adminUrl, database);
  const authSecret = replicaOf?.authSecret ?? randomBytes(32).toString('hex');
  const config = loadConfig({
    DATABASE_URL: url,
    // Demo mode would seed the empty database at start-up; the demo copy is seeded already (a second seed does nothing).
    DEMO_MODE: demo ? 'true' : 'false',
    AUTH_SECRET: authSecret,
    WEB_DIST: '/nonexistent',
    ...options.env,
  });
  // LAO_TEST_LOG=1 shows the API's log (errors with stack traces) while a test runs.
  const app = await createApp(config, url, { logger: process.env.LAO_TEST_LOG === '1', extra: options.extra });
  await app.init();
  const server = app.getHttpServer();
  const tokens = new Map<string, string>();

  const gql: TestApp['gql'] = async (query, variables, caller = {}) => {
    const req = request(server).post('/graphql').set('Content-Type', 'application/json');
    if (caller.token) req.set('Authorization', `Bearer ${caller.token}`);
    if (caller.apiKey) req.set('x-api-key', caller.apiKey);
    if (caller.lang) req.set('Accept-Language', caller.lang);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data, errors: res.body?.errors };
  };

  return {
    app,
    db: app.get(DataSource),
    gql,
    http: () => request(server),
    async login(username, password = DEMO_PASSWORD) {
      const cached = tokens.get(`${username}\n${password}`);
      if (cached) return cached;
      const res = await gql<{ login: { accessToken: string } }>(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
        { u: username, p: password },
      );
      const token = res.data?.login.accessToken;
      if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      tokens.set(`${username}\n${password}`, token);
      return token;
    },
    database,
    authSecret,
    async close() {
      await app.close();
      if (!replicaOf) await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}

/** The error code of the first error, for compact assertions. */
export function codeOf(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions.code;
}
