import { lpaScore } from '@lao/domain';
import { seededRandom } from '../demo/info-demo';
import { factories, type Factories, type MadeUser } from '../testing/factories';
import { demoValueFor, type IndicatorDefinition } from '../testing/info-fixtures';
import { codeOf, startTestApp, type GraphQLResult, type TestApp } from '../testing/test-app';
import { SubmissionProgressByState1797200000070 } from './migrations/1797200000070-SubmissionProgressByState';
import { ProgressRepository, type StatusCount } from './progress.repository';
import type { LaoConditions } from './submission.repository';

const SAVE = `mutation($input: SaveInfoSectionInput!) { saveInfoSection(input: $input) { complete } }`;
const CERTIFY = `mutation($lao: String!, $fy: Int!) { certifyInfo(laoCode: $lao, fiscalYear: $fy) { status } }`;
const WITHDRAW = `mutation($lao: String!, $fy: Int!) { withdrawCertification(module: INFO, laoCode: $lao, fiscalYear: $fy) { status } }`;
const RETURN = `mutation($lao: String!, $fy: Int!) { returnSubmission(module: INFO, laoCode: $lao, fiscalYear: $fy, reason: "ตรวจสอบอีกครั้ง") { status } }`;
const REOPEN = `mutation($lao: String!, $fy: Int!) { reopenSubmission(module: INFO, laoCode: $lao, fiscalYear: $fy, reason: "เปิดแก้ไข") { status } }`;
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!) { certifyProvince(module: INFO, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`;
const LPA = `query($fy: Int!, $p: String) { lpaDistribution(fiscalYear: $fy, provinceCode: $p) { score count } }`;

interface Lao {
  code: string;
  province: string;
  user: MadeUser;
}

const PROVINCES = ['12', '83'];
const byState = (groups: StatusCount[]) =>
  [...groups].sort((a, b) => `${a.status}${a.complete}${a.recorded}`.localeCompare(`${b.status}${b.complete}${b.recorded}`));
const byProvince = <T extends { province_code: string }>(rows: T[]) => [...rows].sort((a, b) => a.province_code.localeCompare(b.province_code));
const inProvinces = (provinces: string[]): LaoConditions => (params) => provinces.map((p) => `l.province_code = ${params.add(p)}`);

/**
 * The tally's counts by status × complete × recorded (progress-by-state.sql.ts), which INFO's LPA distribution reads,
 * against the live recount (ProgressRepository.liveStatusCounts) after a seeded-random burst of INFO's own writes,
 * some at once: partial saves (something recorded), whole forms (complete), sections cleared (incomplete again, or
 * nothing recorded), certifications, withdrawals, returns, reopens, province certifications. Then the API's
 * lpaDistribution for every kind of scope, that saves which change no state write no tally row, and the migration
 * taken down and up again.
 */
describe('counts by state (the LPA distribution) from the tally equal the live recount', () => {
  let sut: TestApp;
  let make: Factories;
  let fy: number;
  let catalogue: IndicatorDefinition[];
  let domains: string[];
  let department: MadeUser;
  const laos: Lao[] = [];
  const provinceUsers = new Map<string, MadeUser>();
  const random = seededRandom('progress-by-state');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const codes: string[] = [];
  const repository = () => sut.app.get(ProgressRepository);

  const call = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res: GraphQLResult = await sut.gql(query, variables, { token });
    // Refusals of the machine (a wrong status, an incomplete form) are part of a burst; a server error never is.
    if (res.errors) codes.push(codeOf(res) ?? 'NONE');
    return res;
  };
  const section = (domain: string, count = Infinity, value = (i: IndicatorDefinition): unknown => demoValueFor(i)) =>
    catalogue.filter((i) => i.domain === domain && !i.linkedFrom).slice(0, count).map((i) => ({ indicatorCode: i.code, value: value(i) }));
  const save = (lao: Lao, domain: string, values: unknown[]) => call(SAVE, { input: { laoCode: lao.code, fiscalYear: fy, domain, values } }, lao.user.token);
  const fillAll = async (lao: Lao) => {
    for (const domain of domains) await save(lao, domain, section(domain));
  };
  const clearAll = async (lao: Lao) => {
    for (const domain of domains) await save(lao, domain, section(domain, Infinity, () => null));
  };

  /** One random step of the burst. */
  const step = async () => {
    const lao = pick(laos);
    const domain = pick(domains);
    const r = random();
    if (r < 0.2) return save(lao, domain, section(domain, 1 + Math.floor(random() * 2)));
    if (r < 0.27) return save(lao, domain, section(domain, Infinity, () => null));
    if (r < 0.32) return clearAll(lao);
    if (r < 0.4) return fillAll(lao);
    if (r < 0.55) return random() < 0.6 ? fillAll(lao).then(() => call(CERTIFY, { lao: lao.code, fy }, lao.user.token)) : call(CERTIFY, { lao: lao.code, fy }, lao.user.token);
    if (r < 0.63) return call(WITHDRAW, { lao: lao.code, fy }, lao.user.token);
    if (r < 0.73) return call(RETURN, { lao: lao.code, fy }, (random() < 0.5 ? provinceUsers.get(lao.province)! : department).token);
    if (r < 0.8) return call(REOPEN, { lao: lao.code, fy }, department.token);
    return call(CERTIFY_PROVINCE, { p: lao.province, fy }, provinceUsers.get(lao.province)!.token);
  };

  /** certificationProgress's reading of the same tally (the certified rows only) against its recount. */
  const compareProgress = async () => {
    const key = { module: 'INFO' as const, fiscalYear: fy };
    for (const province of [null, ...PROVINCES]) {
      expect(byProvince(await repository().progress(key, province))).toEqual(byProvince(await repository().liveProgress(key, province)));
    }
  };

  /** Tally against recount nationally, per province and for two provinces at once; answers the national groups. */
  const compare = async () => {
    const key = { module: 'INFO' as const, fiscalYear: fy };
    for (const provinces of [[], ...PROVINCES.map((p) => [p]), ['50'], PROVINCES]) {
      const live = byState(await repository().liveStatusCounts(key, inProvinces(provinces)));
      expect({ provinces, groups: byState(await repository().statusCounts(key, provinces)) }).toEqual({ provinces, groups: live });
    }
    await compareProgress();
    return repository().liveStatusCounts(key, () => []);
  };

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    fy = make.fiscalYear();
    await make.cycle({ module: 'INFO', fiscalYear: fy });
    department = await make.departmentUser();
    catalogue = (await sut.gql<{ infoIndicators: IndicatorDefinition[] }>(
      `query($fy: Int!) { infoIndicators(fiscalYear: $fy) { code domain valueType required linkedFrom options { value labelTh } min max decimals maxLength } }`,
      { fy },
      { token: department.token },
    )).data!.infoIndicators;
    domains = [...new Set(catalogue.map((i) => i.domain))];
    for (const province of PROVINCES) {
      provinceUsers.set(province, await make.provinceUser(province));
      for (let n = 0; n < 3; n++) {
        const lao = await make.lao({ provinceCode: province });
        laos.push({ code: lao.code, province, user: await make.laoUser(lao.code) });
      }
    }
    await make.lao({ provinceCode: '50' }); // an LAO that never saves: the default state only
  });
  afterAll(() => sut.close());

  it('after a random burst of INFO saves and certification moves, some at once', async () => {
    for (let round = 0; round < 20; round++) await Promise.all([step(), step(), step()]);
    await compare();
    // Then one after another, whatever the burst left: a whole province certified by the province (score 5) and one
    // of its LAOs reopened (a complete DRAFT), an LAO certified (3), one with a section begun after all was cleared (1).
    const [certified, begun] = laos;
    for (const lao of [...laos.filter((l) => l.province === '83'), certified!, begun!]) {
      await call(RETURN, { lao: lao.code, fy }, department.token);
      await call(WITHDRAW, { lao: lao.code, fy }, lao.user.token);
      await (lao === begun ? clearAll(lao).then(() => save(lao, domains[0]!, section(domains[0]!, 1))) : fillAll(lao));
      if (lao !== begun) expect(codeOf(await call(CERTIFY, { lao: lao.code, fy }, lao.user.token))).toBeUndefined();
    }
    expect(codeOf(await call(CERTIFY_PROVINCE, { p: '83', fy }, provinceUsers.get('83')!.token))).toBeUndefined();
    expect(codeOf(await call(REOPEN, { lao: laos[3]!.code, fy }, department.token))).toBeUndefined();
    expect(codes.filter((c) => !['CONFLICT', 'INCOMPLETE'].includes(c))).toEqual([]);
    const national = await compare();
    // Every state the LPA score tells apart was reached, so the comparison is not one of zeros.
    const states = new Set(national.map((g) => lpaScore({ status: g.status, complete: g.complete, recordedValues: g.recorded ? 1 : 0 })));
    expect([...states].sort()).toEqual([0, 1, 3, 5]);
    expect(national.some((g) => g.status === 'DRAFT' && g.complete)).toBe(true);
  }, 300_000);

  it('the API answers the distribution of the live recount for every scope: national, a province, a key, one LAO', async () => {
    const expected = async (conditions: LaoConditions) => {
      const counts = new Map<number, number>();
      for (const g of await repository().liveStatusCounts({ module: 'INFO', fiscalYear: fy }, conditions)) {
        const score = lpaScore({ status: g.status, complete: g.complete, recordedValues: g.recorded ? 1 : 0 });
        counts.set(score, (counts.get(score) ?? 0) + g.count);
      }
      return [5, 3, 1, 0].map((score) => ({ score, count: counts.get(score) ?? 0 }));
    };
    const lpa = async (caller: { token?: string; apiKey?: string }, p: string | null) =>
      (await sut.gql<{ lpaDistribution: { score: number; count: number }[] }>(LPA, { fy, p }, caller)).data!.lpaDistribution;
    for (const p of [null, ...PROVINCES, '50']) expect(await lpa({ token: department.token }, p)).toEqual(await expected(inProvinces(p ? [p] : [])));
    // A province user within its province, also when asking for another one (no LAO of its own there).
    const province = provinceUsers.get('12')!;
    expect(await lpa({ token: province.token }, null)).toEqual(await expected(inProvinces(['12'])));
    expect(await lpa({ token: province.token }, '83')).toEqual([5, 3, 1, 0].map((score) => ({ score, count: 0 })));
    const key = await make.apiKey({ provinceCode: '83' });
    expect(await lpa({ apiKey: key.key }, null)).toEqual(await expected(inProvinces(['83'])));
    // One LAO's own (counted live: the tally is by province).
    const lao = laos[0]!;
    const own = await lpa({ token: lao.user.token }, null);
    expect(own).toEqual(await expected((params) => [`l.code = ${params.add(lao.code)}`]));
    expect(own.reduce((n, d) => n + d.count, 0)).toBe(1);
  });

  it('a first save moves one tally row of its province; a save that changes no state writes none', async () => {
    const tally = () =>
      sut.db.query(`SELECT province_code, status, complete, recorded, n, xmin::text AS version FROM submission_progress_tally WHERE module = 'INFO' AND fiscal_year = $1 ORDER BY 1, 2, 3, 4`, [fy]);
    const made = await make.lao({ provinceCode: '50' });
    const lao = { code: made.code, province: '50', user: await make.laoUser(made.code) };
    const before: { province_code: string }[] = await tally();
    expect((await save(lao, domains[0]!, section(domains[0]!, 1))).errors).toBeUndefined();
    const after: { province_code: string }[] = await tally();
    expect(after.filter((r) => !before.some((b) => JSON.stringify(b) === JSON.stringify(r)))).toEqual([
      expect.objectContaining({ province_code: '50', status: 'DRAFT', complete: false, recorded: true, n: 1 }),
    ]);
    // More values, other values, another section: recorded_count changes, the state (a recorded, incomplete DRAFT) does not.
    expect((await save(lao, domains[0]!, section(domains[0]!, 3))).errors).toBeUndefined();
    expect((await save(lao, domains[0]!, section(domains[0]!, 1, () => null))).errors).toBeUndefined();
    expect((await save(lao, domains[1]!, section(domains[1]!, 2))).errors).toBeUndefined();
    expect(await tally()).toEqual(after);
    await compare();
  });

  it('the migration goes down to the tally by status only and up again, each counting from the rows there are', async () => {
    const migration = new SubmissionProgressByState1797200000070();
    const run = async (direction: 'up' | 'down') => {
      const runner = sut.db.createQueryRunner();
      await runner.startTransaction();
      await migration[direction](runner);
      await runner.commitTransaction();
      await runner.release();
    };
    await run('down');
    const columns: { column_name: string }[] = await sut.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'submission_progress_tally' ORDER BY 1`);
    expect(columns.map((c) => c.column_name)).toEqual(['fiscal_year', 'module', 'n', 'province_code', 'status']);
    // The previous triggers are back and at work: a certification, a withdrawal, a first save.
    const lao = laos[3]!;
    await call(RETURN, { lao: lao.code, fy }, department.token);
    await fillAll(lao);
    expect(codeOf(await call(CERTIFY, { lao: lao.code, fy }, lao.user.token))).toBeUndefined();
    await call(WITHDRAW, { lao: laos[4]!.code, fy }, laos[4]!.user.token);
    await compareProgress();
    await run('up');
    await save(laos[5]!, domains[2]!, section(domains[2]!, 1));
    expect((await compare()).length).toBeGreaterThan(2);
  });
});
