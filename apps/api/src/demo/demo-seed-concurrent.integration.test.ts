import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { type DemoSeedOptions, seedDemoData } from './demo-seed';

/**
 * The bench's national build seeds in two transactions at once (concurrent: INFO, e-Service and Waste beside
 * Welfare) instead of `pnpm start`'s one: the rows must be the same. Phuket (20 LAOs, ~28,000 enrolments), a fixed
 * date (the open year's certification times come from it), on two empty databases.
 */
const OPTIONS: DemoSeedOptions = {
  provinceCodes: ['83'],
  now: new Date('2026-11-16T05:00:00Z'),
  info: { pastYears: 1 },
  eservice: { pastYears: 1, everyLaoAnswers: true },
  welfare: { provinceCodes: ['83'], pastYears: 1 },
};

/** Each table's rows as text, without what a database makes up itself (serial ids, gen_random_uuid, now()). */
const TABLES: Record<string, string> = {
  local_authority: `SELECT code, name_th, type, province_code, district_code, website, info_admins FROM local_authority ORDER BY code`,
  app_user: `SELECT username, level, scope_code, rights FROM app_user ORDER BY username`,
  submission: `SELECT module, lao_code, fiscal_year, status, complete, recorded_count, lao_certified_at, province_certified_at FROM submission ORDER BY 1, 2, 3`,
  catalogue_section: `SELECT module, lao_code, fiscal_year, section, values, complete FROM catalogue_section ORDER BY 1, 2, 3, 4`,
  eservice_answer: `SELECT a.lao_code, a.fiscal_year, i.code, i.name_th, a.offered, a.needed, a.steps, a.channels, a.users
                      FROM eservice_answer a JOIN eservice_item i ON i.id = a.item_id ORDER BY 1, 2, 3, 4`,
  welfare_person: `SELECT * FROM welfare_person ORDER BY id`,
  welfare_beneficiary: `SELECT * FROM welfare_beneficiary ORDER BY id`,
  welfare_event: `SELECT beneficiary_id, kind, effective_on, detail, at FROM welfare_event ORDER BY 1, 2, 3`,
  welfare_snapshot: `SELECT lao_code, fiscal_year, allowance_type, monthly_amount, count, yearly_amount, taken_at FROM welfare_snapshot ORDER BY 1, 2, 3, 4`,
  welfare_month_figure: `SELECT * FROM welfare_month_figure ORDER BY 1, 2, 3, 4, 5`,
  welfare_province_figure: `SELECT * FROM welfare_province_figure ORDER BY 1, 2, 3, 4, 5`,
};

async function fingerprint(db: DataSource): Promise<Record<string, { n: number; h: string }>> {
  const out: Record<string, { n: number; h: string }> = {};
  for (const [name, sql] of Object.entries(TABLES)) {
    const [row] = (await db.query(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|')) AS h FROM (${sql}) t`)) as [{ n: number; h: string }];
    out[name] = row;
  }
  return out;
}

describe('demo seed in two transactions at once (the bench’s national build)', () => {
  let serial: TestApp;
  let concurrent: TestApp;
  beforeAll(async () => {
    [serial, concurrent] = await Promise.all([startTestApp(), startTestApp()]);
  }, 120_000);
  afterAll(() => Promise.all([serial?.close(), concurrent?.close()]));

  it('writes exactly the rows of the one-transaction seed', async () => {
    expect(await seedDemoData(serial.db, () => undefined, OPTIONS)).toBe(true);
    expect(await seedDemoData(concurrent.db, () => undefined, { ...OPTIONS, concurrent: true })).toBe(true);
    const [a, b] = [await fingerprint(serial.db), await fingerprint(concurrent.db)];
    expect(a.welfare_beneficiary!.n).toBeGreaterThan(20_000);
    expect(a.catalogue_section!.n).toBeGreaterThan(100);
    expect(b).toEqual(a);
  }, 300_000);
});
