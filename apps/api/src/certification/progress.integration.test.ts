import type { CertificationModule } from '@lao/domain';
import { factories, type Factories, type MadeUser } from '../testing/factories';
import { codeOf, startTestApp, type GraphQLResult, type TestApp } from '../testing/test-app';
import { FILL } from './progress-by-state.sql';
import { ProgressRepository, type StatusCount } from './progress.repository';
import { seededRandom } from '../demo/info-demo';

const SURVEY = `query($lao: String!, $fy: Int!) { eServiceSurvey(laoCode: $lao, fiscalYear: $fy) { sides { side items { id } } } }`;
const SAVE = `mutation($input: SaveEServiceSideInput!) { saveEServiceSide(input: $input) { side } }`;
const CERTIFY: Record<'ESERVICE' | 'WELFARE', string> = {
  ESERVICE: `mutation($lao: String!, $fy: Int!) { certifyEServiceSurvey(laoCode: $lao, fiscalYear: $fy) { status } }`,
  WELFARE: `mutation($lao: String!, $fy: Int!) { certifyWelfare(laoCode: $lao, fiscalYear: $fy) { status } }`,
};
const WITHDRAW = `mutation($lao: String!, $fy: Int!, $m: CertificationModule!) { withdrawCertification(laoCode: $lao, fiscalYear: $fy, module: $m) { status } }`;
const RETURN = `mutation($lao: String!, $fy: Int!, $m: CertificationModule!) { returnSubmission(laoCode: $lao, fiscalYear: $fy, module: $m, reason: "ตรวจสอบอีกครั้ง") { status } }`;
const REOPEN = `mutation($lao: String!, $fy: Int!, $m: CertificationModule!) { reopenSubmission(laoCode: $lao, fiscalYear: $fy, module: $m, reason: "เปิดแก้ไข") { status } }`;
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!, $m: CertificationModule!) { certifyProvince(provinceCode: $p, fiscalYear: $fy, module: $m) { certifiedCount } }`;
const PROGRESS = `query($m: CertificationModule!, $fy: Int!) { certificationProgress(module: $m, fiscalYear: $fy) { provinceCode total draft laoCertified provinceCertified } }`;

interface Lao {
  code: string;
  province: string;
  user: MadeUser;
}

const MODULES = ['ESERVICE', 'WELFARE'] as const;
const PROVINCES = ['12', '83'];
/** Counts by state in one order, to compare as sets of groups. */
const byState = (groups: StatusCount[]) =>
  [...groups].sort((a, b) => `${a.status}${a.complete}${a.recorded}`.localeCompare(`${b.status}${b.complete}${b.recorded}`));

/**
 * The maintained progress tallies (progress-tally.sql.ts, keyed by state since progress-by-state.sql.ts) against the
 * live recounts (ProgressRepository.liveProgress, liveStatusCounts) after a seeded-random burst over two provinces
 * and two modules, some steps at once: saves, certifications, province certifications, withdrawals, returns,
 * reopens; then registry changes (an LAO added, one moved to another province, one removed) and seed-like rows
 * written straight into `submission`. Compared nationally and per province, as progress and as counts by state.
 * INFO's own saves and its LPA distribution: progress-by-state.integration.test.ts.
 */
describe('certification progress tallies equal the live recount', () => {
  let sut: TestApp;
  let make: Factories;
  let fy: number;
  let laos: Lao[];
  let department: MadeUser;
  const provinceUsers = new Map<string, MadeUser>();
  const random = seededRandom('progress-tally');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const codes: string[] = [];

  const call = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res: GraphQLResult = await sut.gql(query, variables, { token });
    // Refusals of the machine (a wrong status, an incomplete survey) are part of a burst; a server error never is.
    if (res.errors) codes.push(codeOf(res) ?? 'NONE');
    return res;
  };
  const sides = async (lao: Lao) =>
    (await sut.gql<{ eServiceSurvey: { sides: { side: number; items: { id: string }[] }[] } }>(SURVEY, { lao: lao.code, fy }, { token: lao.user.token })).data!.eServiceSurvey
      .sides;
  const saveSide = (lao: Lao, side: { side: number; items: { id: string }[] }) =>
    call(SAVE, { input: { laoCode: lao.code, fiscalYear: fy, side: side.side, answers: side.items.map((i) => ({ itemId: i.id, offered: false, needed: random() < 0.5 })) } }, lao.user.token);
  const certify = async (lao: Lao, m: (typeof MODULES)[number]) => {
    if (m === 'ESERVICE' && random() < 0.7) for (const side of await sides(lao)) await saveSide(lao, side);
    await call(CERTIFY[m], { lao: lao.code, fy }, lao.user.token);
  };

  /** One random step of the burst. */
  const step = async () => {
    const lao = pick(laos);
    const m = pick(MODULES);
    const r = random();
    if (r < 0.2 && m === 'ESERVICE') return saveSide(lao, pick(await sides(lao)));
    if (r < 0.45) return certify(lao, m);
    if (r < 0.55) return call(WITHDRAW, { lao: lao.code, fy, m }, lao.user.token);
    if (r < 0.68) return call(RETURN, { lao: lao.code, fy, m }, (random() < 0.5 ? provinceUsers.get(lao.province)! : department).token);
    if (r < 0.78) return call(REOPEN, { lao: lao.code, fy, m }, department.token);
    return call(CERTIFY_PROVINCE, { p: lao.province, fy, m }, provinceUsers.get(lao.province)!.token);
  };

  /** Progress and counts by state, tally against recount; answers how many certified rows and drafts' states were not zero. */
  const compare = async () => {
    const repository = sut.app.get(ProgressRepository);
    const sorted = (rows: { province_code: string }[]) => [...rows].sort((a, b) => a.province_code.localeCompare(b.province_code));
    let nonZero = 0;
    for (const module of [...MODULES, 'INFO'] as CertificationModule[]) {
      const key = { module, fiscalYear: fy };
      for (const province of [null, ...PROVINCES, '50']) {
        const live = await repository.liveProgress(key, province);
        expect({ module, province, rows: sorted(await repository.progress(key, province)) }).toEqual({ module, province, rows: sorted(live) });
        nonZero += live.filter((r) => r.lao_certified + r.province_certified > 0).length;
      }
      // Nationally, per province, and two provinces at once (no LAO is in both).
      for (const provinces of [[], ...PROVINCES.map((p) => [p]), ['50'], PROVINCES]) {
        const live = await repository.liveStatusCounts(key, (params) => provinces.map((p) => `l.province_code = ${params.add(p)}`));
        expect({ module, provinces, groups: byState(await repository.statusCounts(key, provinces)) }).toEqual({ module, provinces, groups: byState(live) });
        nonZero += live.filter((g) => g.status === 'DRAFT' && (g.complete || g.recorded)).length;
      }
    }
    return nonZero;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    fy = make.fiscalYear();
    for (const module of MODULES) await make.cycle({ module, fiscalYear: fy });
    department = await make.departmentUser();
    laos = [];
    for (const province of PROVINCES) {
      provinceUsers.set(province, await make.provinceUser(province));
      for (let n = 0; n < 3; n++) {
        const lao = await make.lao({ provinceCode: province });
        laos.push({ code: lao.code, province, user: await make.laoUser(lao.code) });
      }
    }
  });
  afterAll(() => sut.close());

  it('after a random burst of certification moves, some at once, nationally and per province', async () => {
    for (let round = 0; round < 20; round++) await Promise.all([step(), step(), step()]);
    await compare();
    // Then a whole province certified in both modules, and taken back in part: one LAO reopened, one returned.
    const province = laos.filter((l) => l.province === '83');
    for (const m of MODULES) {
      for (const lao of province) {
        await call(RETURN, { lao: lao.code, fy, m }, department.token);
        for (const side of m === 'ESERVICE' ? await sides(lao) : []) await saveSide(lao, side);
        await call(CERTIFY[m], { lao: lao.code, fy }, lao.user.token);
      }
      expect((await call(CERTIFY_PROVINCE, { p: '83', fy, m }, provinceUsers.get('83')!.token)).errors).toBeUndefined();
      expect((await call(REOPEN, { lao: province[0]!.code, fy, m }, department.token)).errors).toBeUndefined();
      expect((await call(RETURN, { lao: province[1]!.code, fy, m }, provinceUsers.get('83')!.token)).errors).toBeUndefined();
    }
    expect(codes.filter((c) => !['CONFLICT', 'INCOMPLETE'].includes(c))).toEqual([]);
    // The burst reached every status in both modules, so the comparison is not one of zeros.
    const statuses: { module: string; status: string }[] = await sut.db.query(
      `SELECT DISTINCT module, status FROM submission WHERE fiscal_year = $1 ORDER BY module, status`,
      [fy],
    );
    expect(statuses.map((s) => `${s.module}:${s.status}`)).toEqual(MODULES.flatMap((m) => ['DRAFT', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED'].map((s) => `${m}:${s}`)));
    expect(await compare()).toBeGreaterThan(3);
  }, 300_000);

  it('follows the registry and seed-like writes: LAOs added, moved and removed, submissions inserted, updated, deleted', async () => {
    // A new LAO whose submissions are written straight in (as a seed does), in a province of its own: certified ones,
    // complete or not, and an INFO draft with something recorded.
    const added = await make.lao({ provinceCode: '50' });
    await sut.db.query(
      `INSERT INTO submission (module, lao_code, fiscal_year, status, complete, recorded_count)
       VALUES ('WELFARE', $1, $2, 'LAO_CERTIFIED', false, 0), ('ESERVICE', $1, $2, 'PROVINCE_CERTIFIED', true, 4), ('INFO', $1, $2, 'DRAFT', false, 3)`,
      [added.code, fy],
    );
    await compare();
    // An LAO moved to another province takes its submissions with it; a registry edit of anything else moves nothing.
    await sut.db.query(`UPDATE local_authority SET province_code = '12' WHERE code = $1`, [added.code]);
    await sut.db.query(`UPDATE local_authority SET website = 'https://example.go.th' WHERE province_code = '83'`);
    await compare();
    // A seed-like completeness update of many rows at once: every count goes up (some from nothing), `complete` flips.
    await sut.db.query(`UPDATE submission SET recorded_count = recorded_count + 1, complete = NOT complete WHERE fiscal_year = $1 AND module <> 'WELFARE'`, [fy]);
    await compare();
    // Many submissions in one statement, both ways, and a submission whose LAO is not in the registry (never counted).
    await sut.db.query(`UPDATE submission SET status = 'LAO_CERTIFIED' WHERE fiscal_year = $1 AND status = 'DRAFT'`, [fy]);
    await sut.db.query(`INSERT INTO submission (module, lao_code, fiscal_year, status) VALUES ('WELFARE', '9999901', $1, 'LAO_CERTIFIED')`, [fy]);
    await compare();
    await sut.db.query(`DELETE FROM submission WHERE lao_code = $1 AND module = 'WELFARE'`, [added.code]);
    await sut.db.query(`DELETE FROM submission WHERE lao_code = $1`, [added.code]);
    await sut.db.query(`DELETE FROM local_authority WHERE code = $1`, [added.code]);
    expect(await compare()).toBeGreaterThan(3);
  });

  it("the migration's fill, from the rows there are, equals the recount", async () => {
    await sut.db.transaction(async (manager) => {
      // Wrong counts first: the fill replaces what the tally held.
      await manager.query(`UPDATE submission_progress_tally SET n = n + 1`);
      for (const sql of FILL) await manager.query(sql);
    });
    expect(await compare()).toBeGreaterThan(3);
  });

  it('the API answers the tally, in province order with draft = total − certified', async () => {
    for (const m of MODULES) {
      const res = await sut.gql<{ certificationProgress: { provinceCode: string; total: number; draft: number; laoCertified: number; provinceCertified: number }[] }>(
        PROGRESS,
        { m, fy },
        { token: department.token },
      );
      const live = await sut.app.get(ProgressRepository).liveProgress({ module: m, fiscalYear: fy }, null);
      const expected = new Map(live.map((r) => [r.province_code, r]));
      expect(res.data!.certificationProgress.length).toBe(live.length);
      for (const row of res.data!.certificationProgress) {
        const r = expected.get(row.provinceCode)!;
        expect(row).toEqual({ provinceCode: r.province_code, total: r.total, laoCertified: r.lao_certified, provinceCertified: r.province_certified, draft: r.total - r.lao_certified - r.province_certified });
      }
    }
  });

  // Last: it empties the file's submissions.
  it('a TRUNCATE of the submissions leaves every province with its LAOs and nothing certified', async () => {
    await sut.db.query(`TRUNCATE submission CASCADE`);
    await compare();
    const rows = await sut.app.get(ProgressRepository).progress({ module: 'WELFARE', fiscalYear: fy }, null);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.lao_certified === 0 && r.province_certified === 0 && r.total > 0)).toBe(true);
  });
});
