import { ESERVICE_CHANNELS } from '@lao/domain';
import type { AggregateScope } from '../auth/access-policy.service';
import { factories, type Factories, type MadeUser } from '../testing/factories';
import { codeOf, startTestApp, type GraphQLResult, type TestApp } from '../testing/test-app';
import { EServiceAdoptionRepository } from './eservice-adoption.repository';
import { EServiceRepository } from './eservice.repository';
import { seededRandom } from '../demo/info-demo';

const SURVEY = `query($lao: String!, $fy: Int!) { eServiceSurvey(laoCode: $lao, fiscalYear: $fy) { sides { side items { id custom } } } }`;
const SAVE = `mutation($input: SaveEServiceSideInput!) { saveEServiceSide(input: $input) { side } }`;
const ADD = `mutation($input: AddEServiceItemInput!) { addEServiceItem(input: $input) { id } }`;
const DELETE = `mutation($id: ID!) { deleteEServiceItem(id: $id) }`;
const CERTIFY = `mutation($lao: String!, $fy: Int!) { certifyEServiceSurvey(laoCode: $lao, fiscalYear: $fy) { status } }`;
const WITHDRAW = `mutation($lao: String!, $fy: Int!) { withdrawCertification(laoCode: $lao, fiscalYear: $fy, module: ESERVICE) { status } }`;
const RETURN = `mutation($lao: String!, $fy: Int!) { returnSubmission(laoCode: $lao, fiscalYear: $fy, module: ESERVICE, reason: "แก้ไขด้านที่ 2") { status } }`;
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!) { certifyProvince(provinceCode: $p, fiscalYear: $fy, module: ESERVICE) { certifiedCount } }`;
const ADOPTION = `query($fy: Int!) { eServiceAdoption(fiscalYear: $fy) { itemCode answered offered needed notNeeded totalUsers } }`;

interface Lao {
  code: string;
  province: string;
  user: MadeUser;
}

/**
 * The maintained adoption tallies (migrations/eservice-tally.sql.ts) against the live recount (eservice.repository.ts)
 * after a seeded-random burst of answer saves, added and deleted items, certifications, province certifications,
 * returns and withdrawals over the LAOs of three provinces, some at once, and seed-like rows written straight into
 * the tables; compared for every kind of aggregate scope, in and outside the province, with and without certifiedOnly.
 */
describe('e-Service adoption tallies equal the live recount', () => {
  let sut: TestApp;
  let make: Factories;
  let fy: number;
  let laos: Lao[];
  const provinceUsers = new Map<string, MadeUser>();
  let department: MadeUser;
  const random = seededRandom('eservice-aggregates');
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const codes: string[] = [];

  const call = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res: GraphQLResult = await sut.gql(query, variables, { token });
    // Refusals of the machine (a wrong status, an incomplete survey) are part of a burst; a server error never is.
    if (res.errors) codes.push(codeOf(res) ?? 'NONE');
    return res;
  };
  const sides = async (lao: Lao) =>
    (await sut.gql<{ eServiceSurvey: { sides: { side: number; items: { id: string; custom: boolean }[] }[] } }>(SURVEY, { lao: lao.code, fy }, { token: lao.user.token })).data!
      .eServiceSurvey.sides;
  const answer = (itemId: string) => {
    if (random() < 0.45) return { itemId, offered: false, needed: random() < 0.6 };
    const steps = [1, 2, 3, 4, 5, 6].filter(() => random() < 0.5);
    const channels = ESERVICE_CHANNELS.filter(() => random() < 0.4);
    return {
      itemId,
      offered: true,
      steps: steps.length ? steps : [1],
      channels: channels.length ? channels : ['LINE'],
      otherChannels: channels.includes('OTHER') ? 'วิทยุชุมชน' : null,
      users: Math.floor(random() * 500),
    };
  };
  const saveSide = async (lao: Lao, side: { side: number; items: { id: string }[] }, all: boolean) => {
    const items = all ? side.items : side.items.filter(() => random() < 0.6);
    await call(SAVE, { input: { laoCode: lao.code, fiscalYear: fy, side: side.side, answers: items.map((i) => answer(i.id)) } }, lao.user.token);
  };
  const completeAndCertify = async (lao: Lao) => {
    for (const side of await sides(lao)) await saveSide(lao, side, true);
    await call(CERTIFY, { lao: lao.code, fy }, lao.user.token);
  };

  /** One random step of the burst. */
  const step = async () => {
    const lao = pick(laos);
    const r = random();
    if (r < 0.4) return saveSide(lao, pick(await sides(lao)), false);
    if (r < 0.55) return completeAndCertify(lao);
    if (r < 0.63) return call(WITHDRAW, { lao: lao.code, fy }, lao.user.token);
    if (r < 0.73) return call(RETURN, { lao: lao.code, fy }, (random() < 0.5 ? provinceUsers.get(lao.province)! : department).token);
    if (r < 0.85) return call(CERTIFY_PROVINCE, { p: lao.province, fy }, provinceUsers.get(lao.province)!.token);
    if (r < 0.93) {
      const added = await call(ADD, { input: { laoCode: lao.code, fiscalYear: fy, side: 6, nameTh: `บริการเพิ่ม ${Math.floor(random() * 1e6)}` } }, lao.user.token);
      const id = (added.data as { addEServiceItem?: { id: string } } | null)?.addEServiceItem?.id;
      if (id) await call(SAVE, { input: { laoCode: lao.code, fiscalYear: fy, side: 6, answers: [answer(id)] } }, lao.user.token);
      return;
    }
    const own = (await sides(lao))[5]!.items.filter((i) => i.custom);
    if (own.length) await call(DELETE, { id: pick(own).id }, lao.user.token);
  };

  /** Seed-like rows: answers written straight into the table (as the demo seed does), before any submission exists. */
  const seedAnswers = async (laoCode: string) => {
    await sut.db.query(
      `INSERT INTO eservice_answer (lao_code, fiscal_year, item_id, offered, needed, steps, channels, users)
       SELECT $1, $2, i.id, n % 3 = 0, CASE WHEN n % 3 = 1 THEN true WHEN n % 3 = 2 THEN NULL END,
              CASE WHEN n % 3 = 0 THEN ARRAY[1, 1 + n % 6]::smallint[] END, CASE WHEN n % 3 = 0 THEN ARRAY['WEBSITE', 'EMAIL']::varchar[] END,
              CASE WHEN n % 6 = 0 THEN n END
         FROM (SELECT id, row_number() OVER (ORDER BY position)::int AS n FROM eservice_item WHERE lao_code IS NULL) i`,
      [laoCode, fy],
    );
  };

  const compare = async () => {
    const tally = sut.app.get(EServiceAdoptionRepository);
    const live = sut.app.get(EServiceRepository);
    const byProvince = <T extends { province_code: string }>(rows: T[]) => [...rows].sort((a, b) => a.province_code.localeCompare(b.province_code));
    const scopes: AggregateScope[] = [
      {},
      { onlyProvince: '12' },
      { onlyProvince: '50' },
      ...['12', '75', '83', '50'].map((p) => ({ ownProvince: p })),
      ...laos.map((l) => ({ ownLao: l.code })),
    ];
    let compared = 0;
    for (const scope of scopes) {
      for (const certifiedOnly of [false, true]) {
        // The province argument too: in, outside and without the caller's province.
        for (const province of scope.ownLao ? [null, '83'] : [null, '12', '83', '50']) {
          expect({ scope, certifiedOnly, province, rows: await tally.adoption(fy, province, certifiedOnly, scope) }).toEqual({
            scope,
            certifiedOnly,
            province,
            rows: await live.adoption(fy, province, certifiedOnly, scope),
          });
          compared++;
        }
        expect({ scope, certifiedOnly, rows: byProvince(await tally.provinceAdoption(fy, certifiedOnly, scope)) }).toEqual({
          scope,
          certifiedOnly,
          rows: byProvince(await live.provinceAdoption(fy, certifiedOnly, scope)),
        });
      }
    }
    return compared;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    fy = make.fiscalYear();
    await make.cycle({ module: 'ESERVICE', fiscalYear: fy });
    department = await make.departmentUser();
    laos = [];
    for (const province of ['12', '75', '83']) {
      provinceUsers.set(province, await make.provinceUser(province));
      for (let n = 0; n < 3; n++) {
        const lao = await make.lao({ provinceCode: province });
        laos.push({ code: lao.code, province, user: await make.laoUser(lao.code) });
      }
    }
  });
  afterAll(() => sut.close());

  it('after a random burst of saves and status changes, some at once, for every scope and certifiedOnly', async () => {
    // One LAO's answers come in seed-like before it ever opens its survey (its first edit moves them to DRAFT);
    // another LAO has only seeded answers and no submission at all (class NONE).
    await seedAnswers(laos[1]!.code);
    const untouched = await make.lao({ provinceCode: '75' });
    await seedAnswers(untouched.code);

    for (let round = 0; round < 24; round++) await Promise.all([step(), step(), step()]);
    expect(codes.filter((c) => !['CONFLICT', 'INCOMPLETE'].includes(c))).toEqual([]);
    expect(await compare()).toBeGreaterThan(50);

    // Then every kind of move for certain: a whole province certified and one LAO of it returned, another LAO
    // certified and withdrawn, a province-certified one reopened by the department's return.
    // Whatever the burst left (a province certification may have reached any of them), each starts again from DRAFT:
    // the department's return takes back either certification, and is refused, changing nothing, on a draft.
    const backToDraft = (lao: Lao) => call(RETURN, { lao: lao.code, fy }, department.token);
    const [a, b, c] = laos.filter((l) => l.province === '83');
    for (const lao of [a!, b!, c!]) {
      await backToDraft(lao);
      await completeAndCertify(lao);
    }
    expect((await call(CERTIFY_PROVINCE, { p: '83', fy }, provinceUsers.get('83')!.token)).errors).toBeUndefined();
    expect((await call(RETURN, { lao: a!.code, fy }, department.token)).errors).toBeUndefined();
    const twelve = laos.find((l) => l.province === '12')!;
    await backToDraft(twelve);
    await completeAndCertify(twelve);
    const statuses: { status: string; n: number }[] = await sut.db.query(
      `SELECT status, count(*)::int AS n FROM submission WHERE module = 'ESERVICE' AND fiscal_year = $1 GROUP BY status ORDER BY status`,
      [fy],
    );
    expect(statuses.map((s) => s.status)).toEqual(['DRAFT', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED']);
    await call(WITHDRAW, { lao: twelve.code, fy }, twelve.user.token);
    await compare();

    const events: { action: string }[] = await sut.db.query(
      `SELECT DISTINCT e.action FROM submission_event e JOIN submission s ON s.id = e.submission_id WHERE s.module = 'ESERVICE' ORDER BY e.action`,
    );
    expect(events.map((e) => e.action)).toEqual(['CERTIFY', 'CERTIFY_PROVINCE', 'RETURN', 'WITHDRAW']);
    // A generous bound for a loaded machine (about 300 requests and 200 comparisons), not a measurement.
  }, 300_000);

  it('the API answers the tally (the department, nationally)', async () => {
    const res = await sut.gql<{ eServiceAdoption: { itemCode: string; answered: number }[] }>(ADOPTION, { fy }, { token: department.token });
    const live = await sut.app.get(EServiceRepository).adoption(fy, null, false, {});
    expect(res.data!.eServiceAdoption.map((r) => [r.itemCode, r.answered])).toEqual(live.map((r) => [r.code, r.answered]));
    expect(live.some((r) => (r.answered as number) > 0)).toBe(true);
  });
});
