import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';

const SURVEY = `query($lao: String!, $fy: Int!) {
  eServiceSurvey(laoCode: $lao, fiscalYear: $fy) {
    status complete allowedActions editable
    sides { side titleTh complete savedAt groups { code } items { id code group nameTh custom offered needed steps channels otherChannels users } }
  }
}`;
const SAVE = `mutation($input: SaveEServiceSideInput!) { saveEServiceSide(input: $input) { side complete items { id offered } } }`;
const ADD = `mutation($input: AddEServiceItemInput!) { addEServiceItem(input: $input) { id side group nameTh custom } }`;
const DELETE = `mutation($id: ID!) { deleteEServiceItem(id: $id) }`;
const CERTIFY = `mutation($lao: String!, $fy: Int!) { certifyEServiceSurvey(laoCode: $lao, fiscalYear: $fy) { status complete } }`;

type Item = { id: string; code: string | null; group: string | null; custom: boolean; offered: boolean | null; users: number | null };
type Side = { side: number; titleTh: string; complete: boolean; groups: { code: string }[]; items: Item[] };
type Survey = { status: string; complete: boolean; allowedActions: string[]; editable: boolean; sides: Side[] };

const yes = (itemId: string, users = 10) => ({ itemId, offered: true, steps: [1, 2], channels: ['LINE'], users });
const no = (itemId: string, needed = true) => ({ itemId, offered: false, needed });

describe('the e-Service survey (seed 002), factories on an empty database', () => {
  let sut: TestApp;
  let make: Factories;
  /** The open year: its cycle is opened once and no case changes it (a case that changes windows owns its year). */
  let fy: number;

  /** An LAO of a province with its official, for one case. */
  const laoWithOfficial = async (provinceCode = '12') => {
    const lao = await make.lao({ provinceCode });
    return { code: lao.code, token: (await make.laoUser(lao.code)).token };
  };
  const survey = async (lao: string, token: string, year = fy) =>
    (await sut.gql<{ eServiceSurvey: Survey }>(SURVEY, { lao, fy: year }, { token })).data!.eServiceSurvey;
  const answerAll = async (lao: string, token: string, year = fy) => {
    for (const side of (await survey(lao, token, year)).sides) {
      const res = await sut.gql(SAVE, { input: { laoCode: lao, fiscalYear: year, side: side.side, answers: side.items.map((i, n) => (n % 2 ? no(i.id) : yes(i.id))) } }, { token });
      expect(res.errors).toBeUndefined();
    }
  };
  const snapshot = (lao: string) =>
    sut.db.query(
      `SELECT (SELECT json_agg(a ORDER BY item_id) FROM eservice_answer a WHERE lao_code = $1) AS answers,
              (SELECT json_agg(i ORDER BY id) FROM eservice_item i WHERE lao_code = $1) AS items,
              (SELECT json_agg(s ORDER BY side) FROM eservice_side_save s WHERE lao_code = $1) AS saves`,
      [lao],
    );

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    fy = make.fiscalYear();
    await make.cycle({ module: 'ESERVICE', fiscalYear: fy });
  });
  afterAll(() => sut.close());

  it('shows six sides with the seed\'s titles, side 1 in four sub-groups, preset items in sides 1–5 and none in 6', async () => {
    const { code, token } = await laoWithOfficial();
    const s = await survey(code, token);
    expect(s.sides.map((x) => x.side)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(s.sides[0]!.groups).toHaveLength(4);
    for (const side of s.sides.slice(0, 5)) expect(side.items.length).toBeGreaterThanOrEqual(5);
    expect(s.sides[5]!.items).toEqual([]);
    expect(s.sides.every((x) => !x.complete)).toBe(true);
    expect(s).toMatchObject({ status: 'DRAFT', editable: true, allowedActions: [] });
  });

  describe('refuses inconsistent answers with BAD_USER_INPUT naming the item and the rule, changing nothing', () => {
    it.each([
      ['offered without a channel', (id: string) => ({ itemId: id, offered: true, steps: [1], users: 1 }), 'answers.0.channels', 'Choose at least one channel'],
      ['not offered but with users', (id: string) => ({ itemId: id, offered: false, needed: true, users: 3 }), 'answers.0.users', 'Steps, channels and users are answered only for services offered online'],
      ['not offered without needed', (id: string) => ({ itemId: id, offered: false }), 'answers.0.needed', 'Please say whether it is needed'],
      ['other channel unnamed', (id: string) => ({ itemId: id, offered: true, steps: [1], channels: ['OTHER'], users: 0 }), 'answers.0.otherChannels', 'Name the other channels (comma-separated)'],
    ])('%s', async (_case, answer, path, message) => {
      const { code: lao, token } = await laoWithOfficial();
      const item = (await survey(lao, token)).sides[1]!.items[0]!;
      const before = await snapshot(lao);
      const res = await sut.gql(SAVE, { input: { laoCode: lao, fiscalYear: fy, side: 2, answers: [answer(item.id), yes((await survey(lao, token)).sides[1]!.items[1]!.id)] } }, { token, lang: 'en' });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.itemId).toBe(item.id);
      const fields = res.errors![0]!.extensions.fields as { path: string; message: string }[];
      expect(fields).toContainEqual({ path, message });
      expect(await snapshot(lao)).toEqual(before);
    });

    it("an item of another side, or another LAO's added item", async () => {
      const { code: lao, token } = await laoWithOfficial();
      const neighbour = await laoWithOfficial();
      const s = await survey(lao, token);
      const theirs = await sut.gql<{ addEServiceItem: { id: string } }>(ADD, { input: { laoCode: neighbour.code, fiscalYear: fy, side: 6, nameTh: 'จองคิวออนไลน์' } }, { token: neighbour.token });
      for (const [side, itemId] of [[2, s.sides[0]!.items[0]!.id], [6, theirs.data!.addEServiceItem.id]] as const) {
        const before = await snapshot(lao);
        const res = await sut.gql(SAVE, { input: { laoCode: lao, fiscalYear: fy, side, answers: [yes(itemId)] } }, { token });
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect((res.errors![0]!.extensions.fields as { path: string }[])[0]!.path).toBe('answers.0.itemId');
        expect(await snapshot(lao)).toEqual(before);
      }
    });
  });

  it('adds items under a sub-group in sides 1–3 and at the top in 4–6; deletes only added ones', async () => {
    const { code: lao, token } = await laoWithOfficial();
    const neighbour = await laoWithOfficial();
    const s = await survey(lao, token);
    const group = s.sides[0]!.groups[3]!.code;
    expect(codeOf(await sut.gql(ADD, { input: { laoCode: lao, fiscalYear: fy, side: 1, nameTh: 'ร้องเรียนผ่าน Traffy Fondue' } }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await sut.gql(ADD, { input: { laoCode: lao, fiscalYear: fy, side: 4, group, nameTh: 'ขอใช้สนามกีฬา' } }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await sut.gql(ADD, { input: { laoCode: lao, fiscalYear: fy, side: 6, nameTh: '  ' } }, { token }))).toBe('BAD_USER_INPUT');
    const grouped = await sut.gql<{ addEServiceItem: { id: string; group: string; custom: boolean } }>(ADD, { input: { laoCode: lao, fiscalYear: fy, side: 1, group, nameTh: 'ร้องเรียนผ่าน Traffy Fondue' } }, { token });
    expect(grouped.data!.addEServiceItem).toMatchObject({ group, custom: true });
    const top = await sut.gql<{ addEServiceItem: { id: string } }>(ADD, { input: { laoCode: lao, fiscalYear: fy, side: 6, nameTh: 'จองใช้สนามกีฬาออนไลน์' } }, { token });

    // Side 6 was complete once saved empty; the added item makes it incomplete until answered.
    await sut.gql(DELETE, { id: top.data!.addEServiceItem.id }, { token });
    expect((await sut.gql<{ saveEServiceSide: Side }>(SAVE, { input: { laoCode: lao, fiscalYear: fy, side: 6, answers: [] } }, { token })).data!.saveEServiceSide.complete).toBe(true);
    const again = await sut.gql<{ addEServiceItem: { id: string } }>(ADD, { input: { laoCode: lao, fiscalYear: fy, side: 6, nameTh: 'จองใช้สนามกีฬาออนไลน์' } }, { token });
    expect((await survey(lao, token)).sides[5]!.complete).toBe(false);
    await sut.gql(SAVE, { input: { laoCode: lao, fiscalYear: fy, side: 6, answers: [no(again.data!.addEServiceItem.id, false)] } }, { token });
    expect((await survey(lao, token)).sides[5]!.complete).toBe(true);

    const preset = s.sides[0]!.items[0]!;
    expect(codeOf(await sut.gql(DELETE, { id: preset.id }, { token }))).toBe('FORBIDDEN');
    const other = neighbour.token;
    expect(codeOf(await sut.gql(DELETE, { id: grouped.data!.addEServiceItem.id }, { token: other }))).toBe('FORBIDDEN');
    expect(codeOf(await sut.gql(DELETE, { id: grouped.data!.addEServiceItem.id }, { apiKey: (await make.apiKey()).key }))).toBe('FORBIDDEN');
    expect((await sut.gql<{ deleteEServiceItem: boolean }>(DELETE, { id: grouped.data!.addEServiceItem.id }, { token })).data!.deleteEServiceItem).toBe(true);
    expect((await survey(lao, token)).sides[0]!.items.some((i) => i.custom)).toBe(false);
    // Another LAO never sees this LAO's items.
    expect((await survey(neighbour.code, other)).sides[5]!.items).toEqual([]);
  });

  it('refuses to certify while sides are incomplete, listing them; certifies when all six are; then read-only, added items included', async () => {
    const { code: lao, token } = await laoWithOfficial();
    const own = await sut.gql<{ addEServiceItem: { id: string } }>(ADD, { input: { laoCode: lao, fiscalYear: fy, side: 6, nameTh: 'ขออนุญาตใช้เสียงโฆษณา' } }, { token });
    const s = await survey(lao, token);
    await sut.gql(SAVE, { input: { laoCode: lao, fiscalYear: fy, side: 2, answers: s.sides[1]!.items.map((i) => yes(i.id)) } }, { token });
    const early = await sut.gql(CERTIFY, { lao, fy }, { token });
    expect(codeOf(early)).toBe('INCOMPLETE');
    expect(early.errors![0]!.extensions.incompleteSides).toEqual([1, 3, 4, 5, 6]);
    // The shared INCOMPLETE payload: each incomplete side, labelled, with its unanswered items.
    const missing = early.errors![0]!.extensions.missing as { section: string; labelTh: string; items: { code: string; labelTh: string }[] }[];
    expect(missing.map((m) => m.section)).toEqual(['1', '3', '4', '5', '6']);
    expect(missing[0]!.labelTh).toBe(`ด้านที่ 1 ${s.sides[0]!.titleTh}`);
    expect(missing[0]!.items.map((i) => i.code)).toEqual(s.sides[0]!.items.map((i) => i.id));
    expect(missing[4]!.items).toEqual([{ code: own.data!.addEServiceItem.id, labelTh: 'ขออนุญาตใช้เสียงโฆษณา', labelEn: 'ขออนุญาตใช้เสียงโฆษณา' }]);
    expect(early.errors![0]!.message).toMatch(/^กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล/);

    await answerAll(lao, token);
    expect((await survey(lao, token)).allowedActions).toEqual(['CERTIFY']);
    const done = await sut.gql<{ certifyEServiceSurvey: { status: string } }>(CERTIFY, { lao, fy }, { token });
    expect(done.data!.certifyEServiceSurvey.status).toBe('LAO_CERTIFIED');
    const locked = await sut.gql(SAVE, { input: { laoCode: lao, fiscalYear: fy, side: 6, answers: [] } }, { token });
    expect(codeOf(locked)).toBe('CONFLICT');
    expect(codeOf(await sut.gql(ADD, { input: { laoCode: lao, fiscalYear: fy, side: 6, nameTh: 'x' } }, { token }))).toBe('CONFLICT');
    const before = await snapshot(lao);
    expect(codeOf(await sut.gql(DELETE, { id: own.data!.addEServiceItem.id }, { token }))).toBe('CONFLICT');
    expect(await snapshot(lao)).toEqual(before);
    expect((await survey(lao, token)).editable).toBe(false);
  });

  it('refuses every LAO write outside the entry window (saves, added and deleted items, certify), and reads still work', async () => {
    const year = fy + 1; // this case's own cycle
    const admin = await make.departmentUser();
    const { code: lao, token } = await laoWithOfficial();
    const day = 86_400_000;
    const open = (opensAt: number, closesAt: number) =>
      sut.gql(`mutation($i: OpenCertificationCycleInput!) { openCertificationCycle(input: $i) { deadline } }`, {
        i: { module: 'ESERVICE', fiscalYear: year, deadline: new Date(closesAt).toISOString(), windows: [{ opensAt: new Date(opensAt).toISOString(), closesAt: new Date(closesAt).toISOString() }] },
      }, { token: admin.token });
    expect(codeOf(await open(Date.now() - day, Date.now() + day))).toBeUndefined();
    const item = await sut.gql<{ addEServiceItem: { id: string } }>(ADD, { input: { laoCode: lao, fiscalYear: year, side: 6, nameTh: 'ยื่นภาษีป้ายออนไลน์' } }, { token });
    expect(item.errors).toBeUndefined();
    expect(codeOf(await open(Date.now() + 10 * day, Date.now() + 40 * day))).toBeUndefined(); // the window moves to next week
    const before = await snapshot(lao);
    const side = (await survey(lao, token, year)).sides[1]!;
    for (const res of [
      await sut.gql(SAVE, { input: { laoCode: lao, fiscalYear: year, side: 2, answers: side.items.map((i) => yes(i.id)) } }, { token }),
      await sut.gql(ADD, { input: { laoCode: lao, fiscalYear: year, side: 6, nameTh: 'อีกรายการ' } }, { token }),
      await sut.gql(DELETE, { id: item.data!.addEServiceItem.id }, { token }),
      await sut.gql(CERTIFY, { lao, fy: year }, { token }),
    ]) {
      expect(codeOf(res)).toBe('WINDOW_CLOSED');
    }
    expect(await snapshot(lao)).toEqual(before);
    const read = await sut.gql<{ eServiceSurvey: { editable: boolean; windowOpen: boolean; opensAt: string } }>(
      `query($lao: String!, $fy: Int!) { eServiceSurvey(laoCode: $lao, fiscalYear: $fy) { editable windowOpen opensAt } }`,
      { lao, fy: year },
      { token },
    );
    expect(read.data!.eServiceSurvey).toMatchObject({ editable: false, windowOpen: false });
    expect(new Date(read.data!.eServiceSurvey.opensAt).getTime()).toBeGreaterThan(Date.now());
    // The department still records for the LAO outside the window.
    expect(codeOf(await sut.gql(DELETE, { id: item.data!.addEServiceItem.id }, { token: admin.token }))).toBeUndefined();
  });

  it('keeps every LAO to its own survey; the province views, returns with a reason and certifies all', async () => {
    const provinceCode = '91'; // สตูล: this case's only LAOs there
    const { code: lao, token: own } = await laoWithOfficial(provinceCode);
    const neighbour = await laoWithOfficial(provinceCode);
    await answerAll(lao, own);
    expect(codeOf(await sut.gql(CERTIFY, { lao, fy }, { token: own }))).toBeUndefined();
    expect(codeOf(await sut.gql(SURVEY, { lao, fy }, { token: neighbour.token }))).toBe('FORBIDDEN');
    expect(codeOf(await sut.gql(SAVE, { input: { laoCode: neighbour.code, fiscalYear: fy, side: 6, answers: [] } }, { token: own }))).toBe('FORBIDDEN');
    const province = (await make.provinceUser(provinceCode)).token;
    expect(codeOf(await sut.gql(SAVE, { input: { laoCode: neighbour.code, fiscalYear: fy, side: 6, answers: [] } }, { token: province }))).toBe('FORBIDDEN');
    expect((await survey(lao, province)).allowedActions).toEqual(['CERTIFY_PROVINCE', 'RETURN']);
    const all = await sut.gql(`mutation($fy: Int!, $p: String!) { certifyProvince(module: ESERVICE, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`, { fy, p: provinceCode }, { token: province });
    expect(codeOf(all)).toBe('INCOMPLETE');
    expect(all.errors![0]!.extensions.pendingCount).toBe(1);
    const returned = await sut.gql<{ returnSubmission: { status: string } }>(
      `mutation($lao: String!, $fy: Int!) { returnSubmission(module: ESERVICE, laoCode: $lao, fiscalYear: $fy, reason: "จำนวนผู้ใช้บริการสูงผิดปกติ") { status } }`,
      { lao, fy },
      { token: province },
    );
    expect(returned.data!.returnSubmission.status).toBe('DRAFT');
    const list = await sut.gql<{ submissions: { totalCount: number; edges: { node: { laoCode: string; status: string } }[] } }>(
      `query($fy: Int!) { submissions(module: ESERVICE, fiscalYear: $fy, filter: { status: DRAFT }, first: 500) { totalCount edges { node { laoCode status } } } }`,
      { fy },
      { token: province },
    );
    expect(list.data!.submissions.edges.map((e) => e.node.laoCode).sort()).toEqual([lao, neighbour.code].sort());

    // Both certify; the province's certify-all moves both and writes each one's history entry.
    expect(codeOf(await sut.gql(CERTIFY, { lao, fy }, { token: own }))).toBeUndefined();
    await answerAll(neighbour.code, neighbour.token);
    expect(codeOf(await sut.gql(CERTIFY, { lao: neighbour.code, fy }, { token: neighbour.token }))).toBeUndefined();
    const done = await sut.gql<{ certifyProvince: { certifiedCount: number } }>(`mutation($fy: Int!, $p: String!) { certifyProvince(module: ESERVICE, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`, { fy, p: provinceCode }, { token: province });
    expect(done.data!.certifyProvince.certifiedCount).toBe(2);
    for (const code of [lao, neighbour.code]) {
      const history = await sut.gql<{ eServiceSurvey: { status: string; history: { action: string }[] } }>(
        `query($lao: String!, $fy: Int!) { eServiceSurvey(laoCode: $lao, fiscalYear: $fy) { status history { action } } }`,
        { lao: code, fy },
        { token: province },
      );
      expect(history.data!.eServiceSurvey.status).toBe('PROVINCE_CERTIFIED');
      expect(history.data!.eServiceSurvey.history.at(-1)!.action).toBe('CERTIFY_PROVINCE');
    }
  });

  it('reports adoption per item matching a hand-computed fixture', async () => {
    // A past year without a cycle: three LAOs of province 13 answer it through the department (no window).
    const year = fy - 2;
    const admin = (await make.departmentUser()).token;
    const three = [await make.lao({ provinceCode: '13' }), await make.lao({ provinceCode: '13' }), await make.lao({ provinceCode: '13' })];
    const items = (await survey(three[0]!.code, admin, year)).sides[0]!.items;
    const [a, b] = [items[0]!, items[1]!];
    const answers = [
      [{ itemId: a.id, offered: true, steps: [1, 2, 4], channels: ['WEBSITE', 'LINE'], users: 100 }, no(b.id, true)],
      [{ itemId: a.id, offered: true, steps: [1], channels: ['LINE', 'OTHER'], otherChannels: 'Traffy', users: 50 }, no(b.id, false)],
      [no(a.id, true), { itemId: b.id, offered: true, steps: [1, 5], channels: ['FACEBOOK'], users: 7 }],
    ];
    for (const [i, lao] of three.entries()) {
      const res = await sut.gql(SAVE, { input: { laoCode: lao.code, fiscalYear: year, side: 1, answers: answers[i] } }, { token: admin });
      expect(res.errors).toBeUndefined();
    }
    const report = await sut.gql<{ eServiceAdoption: { itemCode: string; answered: number; offered: number; offeredShare: number; needed: number; notNeeded: number; totalUsers: number; steps: { step: number; count: number }[]; channels: { channel: string; count: number }[] }[] }>(
      `query($y: Int!) { eServiceAdoption(fiscalYear: $y, provinceCode: "13") { itemCode answered offered offeredShare needed notNeeded totalUsers steps { step count } channels { channel count } } }`,
      { y: year },
      { apiKey: (await make.apiKey()).key },
    );
    const rowA = report.data!.eServiceAdoption.find((r) => r.itemCode === a.code)!;
    expect(rowA).toMatchObject({ answered: 3, offered: 2, needed: 1, notNeeded: 0, totalUsers: 150 });
    expect(rowA.offeredShare).toBeCloseTo(2 / 3);
    expect(rowA.steps).toEqual([{ step: 1, count: 2 }, { step: 2, count: 1 }, { step: 3, count: 0 }, { step: 4, count: 1 }, { step: 5, count: 0 }, { step: 6, count: 0 }]);
    expect(Object.fromEntries(rowA.channels.map((c) => [c.channel, c.count]))).toEqual({ WEBSITE: 1, FACEBOOK: 0, LINE: 2, MOBILE_APP: 0, EMAIL: 0, OTHER: 1 });
    const rowB = report.data!.eServiceAdoption.find((r) => r.itemCode === b.code)!;
    expect(rowB).toMatchObject({ answered: 3, offered: 1, needed: 1, notNeeded: 1, totalUsers: 7 });
    const untouched = report.data!.eServiceAdoption.find((r) => r.itemCode !== a.code && r.itemCode !== b.code)!;
    expect(untouched).toMatchObject({ answered: 0, offered: 0, offeredShare: 0 });

    const national = await sut.gql<{ eServiceAdoption: { itemCode: string; answered: number }[] }>(`query($y: Int!) { eServiceAdoption(fiscalYear: $y) { itemCode answered } }`, { y: year }, { apiKey: (await make.apiKey()).key });
    expect(national.data!.eServiceAdoption.find((r) => r.itemCode === a.code)!.answered).toBe(3);
  });
});
