import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * The migrations are the schema; the entities must describe it exactly. If this fails, an entity changed without a
 * migration: run `pnpm --filter @lao/api migration:generate <module-folder> <Name>`.
 */
describe('migrations', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('leave nothing for the entities to change', async () => {
    const options = sut.db.options as { url?: string };
    const db = new DataSource(dataSourceOptions(options.url!));
    await db.initialize();
    try {
      const pending = await db.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('have all run, in order, once', async () => {
    const ran: { name: string }[] = await sut.db.query(`SELECT name FROM schema_migration ORDER BY id`);
    expect(ran.map((r) => r.name)).toEqual(sut.db.migrations.map((m) => m.name));
    expect(await sut.db.showMigrations()).toBe(false);
  });

  it('give a new database the real geography and no demo data (what the tests\' factories start from)', async () => {
    const count = async (table: string) => ((await sut.db.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]!.n;
    const tables = ['province', 'district', 'local_authority', 'app_user', 'api_key', 'audit_log', 'certification_cycle'];
    const counts = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)] as const)));
    expect(counts).toEqual({ province: 77, district: 928, local_authority: 0, app_user: 0, api_key: 0, audit_log: 0, certification_cycle: 0 });
  });
});
