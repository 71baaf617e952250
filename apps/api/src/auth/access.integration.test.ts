import type { PlatformModule } from '@lao/domain';
import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type Caller, type TestApp } from '../testing/test-app';

/**
 * Access before personal data (api-contract.md, "Access"): keys read only what they name, personal fields are
 * masked unless the caller holds PERSONAL_DATA in scope and unmasked reads are on the audit trail, aggregates keep
 * to the caller's scope, and every caller has a rate limit shared by the API's replicas.
 */
const INFO = `query($lao: String!, $fy: Int!) { infoSubmission(laoCode: $lao, fiscalYear: $fy) { laoCode status } }`;
const SURVEY = `query($lao: String!, $fy: Int!) { eServiceSurvey(laoCode: $lao, fiscalYear: $fy) { laoCode status } }`;
const ADMINS = `query($lao: String!) { localAuthority(code: $lao) { code infoAdmins { name position phone } } }`;
const ADMINS_OF_PROVINCE = `query($p: String!) { localAuthorities(filter: { provinceCode: $p }, first: 50) { edges { node { code infoAdmins { name phone } } } } }`;
const SAVE = `mutation($input: SaveInfoSectionInput!) { saveInfoSection(input: $input) { complete } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id rights { module rights } provinceCode expiresAt } } }`;

const ADMIN = { name: 'สมศรี ใจดี', position: 'นักวิชาการคอมพิวเตอร์', phone: '0812345678' };

describe('access: keys with rights, personal data, scoped aggregates, rate limits', () => {
  let sut: TestApp;
  let make: Factories;
  let fy: number;

  const readPersonalEntries = (subjectId: string) =>
    sut.db.query(`SELECT actor, module, lao_code, subject_type, subject_ids, subject_count FROM audit_log WHERE action = 'READ_PERSONAL' AND $1 = ANY(subject_ids) ORDER BY id`, [subjectId]);

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    fy = make.fiscalYear();
    await make.cycle({ module: 'INFO', fiscalYear: fy });
  });
  afterAll(() => sut.close());

  describe('the matrix: every caller × every module read × own and other scope', () => {
    // 'data': the read answers; 'masked': it answers with the phone withheld; 'FORBIDDEN': refused.
    type Outcome = 'data' | 'masked' | 'FORBIDDEN';
    const callers = ['department', 'province', 'lao', 'key: every module', 'key: INFO only', 'key: this province'] as const;
    const expected: Record<(typeof callers)[number], Record<'info' | 'survey' | 'admins', [own: Outcome, other: Outcome]>> = {
      department: { info: ['data', 'data'], survey: ['data', 'data'], admins: ['data', 'data'] },
      province: { info: ['data', 'FORBIDDEN'], survey: ['data', 'FORBIDDEN'], admins: ['masked', 'FORBIDDEN'] },
      lao: { info: ['data', 'FORBIDDEN'], survey: ['data', 'FORBIDDEN'], admins: ['data', 'FORBIDDEN'] },
      'key: every module': { info: ['data', 'data'], survey: ['data', 'data'], admins: ['masked', 'masked'] },
      'key: INFO only': { info: ['data', 'data'], survey: ['FORBIDDEN', 'FORBIDDEN'], admins: ['FORBIDDEN', 'FORBIDDEN'] },
      'key: this province': { info: ['data', 'FORBIDDEN'], survey: ['data', 'FORBIDDEN'], admins: ['masked', 'FORBIDDEN'] },
    };
    it.each(callers)('%s', async (who) => {
      const own = await make.lao({ provinceCode: '34', infoAdmins: [ADMIN] });
      const other = await make.lao({ provinceCode: '35', infoAdmins: [ADMIN] });
      const callerOf: Record<(typeof callers)[number], () => Promise<Caller>> = {
        department: async () => ({ token: (await make.departmentUser()).token }),
        province: async () => ({ token: (await make.provinceUser('34')).token }),
        lao: async () => ({ token: (await make.laoUser(own.code)).token }),
        'key: every module': async () => ({ apiKey: (await make.apiKey()).key }),
        'key: INFO only': async () => ({ apiKey: (await make.apiKey({ modules: ['INFO'] })).key }),
        'key: this province': async () => ({ apiKey: (await make.apiKey({ provinceCode: '34' })).key }),
      };
      const as = await callerOf[who]();
      const read = async (query: string, lao: string, pick: (data: Record<string, unknown>) => unknown): Promise<Outcome> => {
        const res = await sut.gql<Record<string, unknown>>(query, { lao, fy }, as);
        const code = codeOf(res);
        if (code) return code as Outcome;
        return pick(res.data!) as Outcome;
      };
      const outcomeOf = (lao: string) =>
        Promise.all([
          read(INFO, lao, (d) => ((d.infoSubmission as { laoCode: string }).laoCode === lao ? 'data' : 'wrong')),
          read(SURVEY, lao, (d) => ((d.eServiceSurvey as { laoCode: string }).laoCode === lao ? 'data' : 'wrong')),
          read(ADMINS, lao, (d) => {
            const admins = (d.localAuthority as { infoAdmins: { phone: string | null }[] | null }).infoAdmins;
            return admins === null ? 'FORBIDDEN' : admins[0]!.phone === ADMIN.phone ? 'data' : admins[0]!.phone === null ? 'masked' : 'wrong';
          }),
        ]);
      const [ownOutcome, otherOutcome] = [await outcomeOf(own.code), await outcomeOf(other.code)];
      const want = expected[who];
      expect({ info: [ownOutcome[0], otherOutcome[0]], survey: [ownOutcome[1], otherOutcome[1]], admins: [ownOutcome[2], otherOutcome[2]] }).toEqual(want);
    });
  });

  describe('API keys read only what they name', () => {
    it.each([
      ['a key with VIEW on INFO only', { modules: ['INFO'], provinceCode: null }, { info: 'ok', survey: 'FORBIDDEN', other: 'ok' }],
      ['a key with VIEW on e-Service only', { modules: ['ESERVICE'], provinceCode: null }, { info: 'FORBIDDEN', survey: 'ok', other: 'FORBIDDEN' }],
      ['a key for province 21 only', { modules: ['INFO', 'ESERVICE'], provinceCode: '21' }, { info: 'ok', survey: 'ok', other: 'FORBIDDEN' }],
    ] as [string, { modules: PlatformModule[]; provinceCode: string | null }, Record<string, string>][])('%s', async (_name, key, expected) => {
      const own = await make.lao({ provinceCode: '21' });
      const other = await make.lao({ provinceCode: '22' });
      const caller: Caller = { apiKey: (await make.apiKey(key)).key };
      const outcome = async (query: string, lao: string) => {
        const res = await sut.gql<Record<string, { laoCode: string }>>(query, { lao, fy }, caller);
        return codeOf(res) ?? (Object.values(res.data!)[0]!.laoCode === lao ? 'ok' : 'wrong');
      };
      expect({ info: await outcome(INFO, own.code), survey: await outcome(SURVEY, own.code), other: await outcome(INFO, other.code) }).toEqual(expected);
      // Never a write, whatever it names.
      expect(codeOf(await sut.gql(SAVE, { input: { laoCode: own.code, fiscalYear: fy, domain: 'DISASTER', values: [] } }, caller))).toBe('FORBIDDEN');
    });

    it('keeps a province key to its province in progress counts, and refuses an expired key', async () => {
      await make.lao({ provinceCode: '23' });
      const key = (await make.apiKey({ modules: ['INFO'], provinceCode: '23' })).key;
      const PROGRESS = `query($fy: Int!, $p: String) { certificationProgress(module: INFO, fiscalYear: $fy, provinceCode: $p) { provinceCode total } }`;
      const national = await sut.gql<{ certificationProgress: { provinceCode: string }[] }>(PROGRESS, { fy, p: null }, { apiKey: key });
      expect(national.data!.certificationProgress.map((p) => p.provinceCode)).toEqual(['23']);
      expect(codeOf(await sut.gql(PROGRESS, { fy, p: '21' }, { apiKey: key }))).toBe('FORBIDDEN');
      const expired = (await make.apiKey({ expiresAt: new Date(Date.now() - 1000) })).key;
      expect(codeOf(await sut.gql(PROGRESS, { fy, p: null }, { apiKey: expired }))).toBe('UNAUTHENTICATED');
    });

    it('creates keys with VIEW on the modules chosen, a province and an expiry; refuses anything else, creating nothing', async () => {
      const { token } = await make.departmentUser();
      const count = async () => (await sut.db.query(`SELECT count(*)::int AS n FROM api_key`))[0].n as number;
      const before = await count();
      for (const input of [
        { name: 'กรมอนามัย', rights: [{ module: 'INFO', rights: ['RECORD'] }] },
        { name: 'กรมอนามัย', rights: [{ module: 'INFO', rights: ['VIEW', 'PERSONAL_DATA'] }] },
        { name: 'กรมอนามัย', rights: [{ module: 'NOT_A_MODULE', rights: ['VIEW'] }] },
        { name: 'กรมอนามัย', provinceCode: '99' },
        { name: 'กรมอนามัย', expiresAt: new Date(Date.now() - 86_400_000).toISOString() },
        { name: '' },
      ]) {
        expect([input, codeOf(await sut.gql(CREATE_KEY, { input }, { token }))]).toEqual([input, 'BAD_USER_INPUT']);
      }
      expect(await count()).toBe(before);
      const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
      const made = await sut.gql<{ createApiKey: { key: string; apiKey: { id: string; rights: unknown; provinceCode: string; expiresAt: string } } }>(
        CREATE_KEY,
        { input: { name: 'สำนักงานสถิติแห่งชาติ', rights: [{ module: 'INFO', rights: ['VIEW'] }], provinceCode: '24', expiresAt: until } },
        { token },
      );
      expect(made.data!.createApiKey.apiKey).toMatchObject({ rights: [{ module: 'INFO', rights: ['VIEW'] }], provinceCode: '24', expiresAt: until });
      const defaults = await sut.gql<{ createApiKey: { apiKey: { rights: { module: string }[] } } }>(CREATE_KEY, { input: { name: 'กรมควบคุมมลพิษ' } }, { token });
      expect(defaults.data!.createApiKey.apiKey.rights.map((r) => r.module)).toEqual(['REGISTRY', 'INFO', 'ESERVICE', 'WASTE']);
      // The new key reads INFO of its province, and its use shows on the keys page.
      const lao = await make.lao({ provinceCode: '24' });
      expect(codeOf(await sut.gql(INFO, { lao: lao.code, fy }, { apiKey: made.data!.createApiKey.key }))).toBeUndefined();
      expect(codeOf(await sut.gql(SURVEY, { lao: lao.code, fy }, { apiKey: made.data!.createApiKey.key }))).toBe('FORBIDDEN');
      const usage = await sut.gql<{ apiKeys: { id: string; usage: { requests: number; refusals: number }[] }[] }>(`{ apiKeys { id usage { day requests refusals } } }`, {}, { token });
      const used = usage.data!.apiKeys.find((k) => k.id === made.data!.createApiKey.apiKey.id)!;
      expect(used.usage.reduce((n, d) => n + d.requests, 0)).toBe(2);
      expect(used.usage.reduce((n, d) => n + d.refusals, 0)).toBe(1);
      const created = await sut.db.query(`SELECT actor, subject_id FROM audit_log WHERE action = 'KEY_CREATED' AND subject_id = $1`, [made.data!.createApiKey.apiKey.id]);
      expect(created).toHaveLength(1);
    });
  });

  describe('personal data: the INFO administrators\' phone numbers', () => {
    it.each([
      ['the LAO itself', 'own', ADMIN.phone, 1],
      ['the department', 'department', ADMIN.phone, 1],
      ['its province office (no PERSONAL_DATA by default)', 'province', null, 0],
      ['a province office granted PERSONAL_DATA on the registry', 'provinceWithRight', ADMIN.phone, 1],
      ['a partner key (never personal data)', 'key', null, 0],
    ] as const)('%s reads the phone as %s, with %s audit entries', async (_who, who, phone, entries) => {
      const lao = await make.lao({ provinceCode: '25', infoAdmins: [ADMIN] });
      const caller: Caller =
        who === 'own'
          ? { token: (await make.laoUser(lao.code)).token }
          : who === 'department'
            ? { token: (await make.departmentUser()).token }
            : who === 'province'
              ? { token: (await make.provinceUser('25')).token }
              : who === 'provinceWithRight'
                ? { token: (await make.provinceUser('25', { REGISTRY: ['VIEW', 'PERSONAL_DATA'] })).token }
                : { apiKey: (await make.apiKey()).key };
      const res = await sut.gql<{ localAuthority: { infoAdmins: { name: string; position: string; phone: string | null }[] } }>(ADMINS, { lao: lao.code }, caller);
      expect(res.errors).toBeUndefined();
      expect(res.data!.localAuthority.infoAdmins).toEqual([{ name: ADMIN.name, position: ADMIN.position, phone }]);
      const trail = await readPersonalEntries(lao.code);
      expect(trail).toHaveLength(entries);
      expect(trail.map((t: { module: string; lao_code: string; subject_count: number }) => [t.module, t.lao_code, t.subject_count])).toEqual(entries ? [['REGISTRY', lao.code, 1]] : []);
    });

    it('writes one entry per request naming every LAO whose phones it showed', async () => {
      const laos = [await make.lao({ provinceCode: '26', infoAdmins: [ADMIN] }), await make.lao({ provinceCode: '26', infoAdmins: [ADMIN, { ...ADMIN, name: 'ประเสริฐ บุญมา' }] }), await make.lao({ provinceCode: '26' })];
      const department = await make.departmentUser();
      const res = await sut.gql<{ localAuthorities: { edges: { node: { infoAdmins: { phone: string | null }[] } }[] } }>(ADMINS_OF_PROVINCE, { p: '26' }, { token: department.token });
      expect(res.data!.localAuthorities.edges.flatMap((e) => e.node.infoAdmins.map((a) => a.phone))).toEqual([ADMIN.phone, ADMIN.phone, ADMIN.phone]);
      const entries = await sut.db.query(`SELECT subject_ids, subject_count, lao_code, province_code FROM audit_log WHERE action = 'READ_PERSONAL' AND actor = $1`, [department.username]);
      expect(entries).toHaveLength(1);
      expect([entries[0].lao_code, entries[0].province_code]).toEqual([null, '26']); // two LAOs of one province
      expect([...entries[0].subject_ids].sort()).toEqual([laos[0]!.code, laos[1]!.code].sort());
      expect(entries[0].subject_count).toBe(2);
      // A refused read writes no "read" entry.
      const outsider = await make.laoUser((await make.lao({ provinceCode: '27' })).code);
      const before = (await sut.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'READ_PERSONAL'`))[0].n;
      const masked = await sut.gql<{ localAuthorities: { edges: { node: { infoAdmins: unknown } }[] } }>(ADMINS_OF_PROVINCE, { p: '26' }, { token: outsider.token });
      expect(masked.data!.localAuthorities.edges.map((e) => e.node.infoAdmins)).toEqual([null, null, null]);
      expect((await sut.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'READ_PERSONAL'`))[0].n).toBe(before);
    });
  });

  describe('aggregates keep to the scope of the caller', () => {
    it("counts another province's e-Service answers only once the province has certified them", async () => {
      await make.cycle({ module: 'ESERVICE', fiscalYear: fy });
      const lao = await make.lao({ provinceCode: '32' });
      const official = await make.laoUser(lao.code);
      const SIDES = `query($lao: String!, $fy: Int!) { eServiceSurvey(laoCode: $lao, fiscalYear: $fy) { sides { side items { id code } } } }`;
      const sides = (await sut.gql<{ eServiceSurvey: { sides: { side: number; items: { id: string; code: string | null }[] }[] } }>(SIDES, { lao: lao.code, fy }, { token: official.token })).data!.eServiceSurvey.sides;
      for (const side of sides) {
        const answers = side.items.map((i) => ({ itemId: i.id, offered: false, needed: true }));
        const res = await sut.gql(`mutation($input: SaveEServiceSideInput!) { saveEServiceSide(input: $input) { side } }`, { input: { laoCode: lao.code, fiscalYear: fy, side: side.side, answers } }, { token: official.token });
        expect(res.errors).toBeUndefined();
      }
      const item = sides[0]!.items[0]!.code!;
      const ADOPTION = `query($fy: Int!) { eServiceAdoption(fiscalYear: $fy) { itemCode answered } eServiceProvinceAdoption(fiscalYear: $fy) { provinceCode respondents } }`;
      type Adoption = { eServiceAdoption: { itemCode: string; answered: number }[]; eServiceProvinceAdoption: { provinceCode: string; respondents: number }[] };
      const seen = async (caller: Caller) => {
        const data = (await sut.gql<Adoption>(ADOPTION, { fy }, caller)).data!;
        return [data.eServiceAdoption.find((r) => r.itemCode === item)!.answered, data.eServiceProvinceAdoption.find((p) => p.provinceCode === '32')?.respondents ?? 0];
      };
      const otherProvince = { token: (await make.provinceUser('33')).token };
      const ownProvince = { token: (await make.provinceUser('32')).token };
      const otherLao = { token: (await make.laoUser((await make.lao({ provinceCode: '33' })).code)).token };
      const department = { token: (await make.departmentUser()).token };
      expect(await seen(department)).toEqual([1, 1]);
      expect(await seen(ownProvince)).toEqual([1, 1]);
      expect(await seen(otherProvince)).toEqual([0, 0]); // a draft of another province
      expect(await seen(otherLao)).toEqual([0, 0]);
      expect(await seen({ apiKey: (await make.apiKey({ modules: ['ESERVICE'], provinceCode: '33' })).key })).toEqual([0, 0]);

      expect(codeOf(await sut.gql(`mutation($lao: String!, $fy: Int!) { certifyEServiceSurvey(laoCode: $lao, fiscalYear: $fy) { status } }`, { lao: lao.code, fy }, { token: official.token }))).toBeUndefined();
      expect(await seen(otherProvince)).toEqual([0, 0]); // certified by the LAO only
      expect(codeOf(await sut.gql(`mutation($fy: Int!) { certifyProvince(module: ESERVICE, provinceCode: "32", fiscalYear: $fy) { certifiedCount } }`, { fy }, ownProvince))).toBeUndefined();
      expect(await seen(otherProvince)).toEqual([1, 1]);
      expect(await seen(otherLao)).toEqual([1, 1]);
    });
  });

  describe('rate limits', () => {
    it('spends one budget per user across two API replicas on one database, then answers RATE_LIMITED with a retry time', async () => {
      const first = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '5' } });
      const second = await startTestApp({ replicaOf: first, env: { RATE_LIMIT_USER_PER_MINUTE: '5' } });
      try {
        const user = await factories(first).departmentUser();
        const results = [];
        for (let i = 0; i < 12; i++) results.push(await (i % 2 ? second : first).gql(`{ me { username } }`, {}, { token: user.token }));
        const refused = results.filter((r) => codeOf(r) === 'RATE_LIMITED');
        // Twelve requests span at most two minutes' budgets of five: at least two are refused, whichever replica.
        expect(refused.length).toBeGreaterThanOrEqual(2);
        expect(results.length - refused.length).toBeLessThanOrEqual(10);
        for (const r of refused) {
          expect(r.status).toBe(429);
          expect(r.errors![0]!.extensions.retryAfterSeconds).toEqual(expect.any(Number));
          expect(r.errors![0]!.extensions.retryAfterSeconds as number).toBeGreaterThanOrEqual(1);
          expect(r.errors![0]!.extensions.retryAfterSeconds as number).toBeLessThanOrEqual(60);
        }
        const [{ requests }] = await first.db.query(`SELECT sum(requests)::int AS requests FROM request_counter WHERE caller = $1`, [`user:${user.id}`]);
        // Every request, on both replicas, spent from the same budget.
        expect(requests).toBe(12);
      } finally {
        await second.close();
        await first.close();
      }
    });
  });
});
