import { AUDIT_ACTIONS } from '@lao/domain';
import { factories, type Factories } from '../testing/factories';
import { demoValueFor, type IndicatorDefinition } from '../testing/info-fixtures';
import { codeOf, startTestApp, type Caller, type TestApp } from '../testing/test-app';
import { AuditService } from './audit.service';

const TRAIL = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditTrail(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id at actor actorLevel apiKeyName action module laoCode subjectType subjectId subjectCount purpose } }
  }
}`;
const SAVE = `mutation($input: SaveInfoSectionInput!) { saveInfoSection(input: $input) { complete } }`;
const CERTIFY = `mutation($lao: String!, $fy: Int!) { certifyInfo(laoCode: $lao, fiscalYear: $fy) { status } }`;
const RETURN = `mutation($lao: String!, $fy: Int!, $reason: String!) { returnSubmission(module: INFO, laoCode: $lao, fiscalYear: $fy, reason: $reason) { status } }`;
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!) { certifyProvince(module: INFO, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`;
const EXTEND = `mutation($i: ExtendCertificationCycleInput!) { extendCertificationCycle(input: $i) { fiscalYear } }`;
const REMOVE = `mutation($i: RemoveCycleExtensionInput!) { removeCycleExtension(input: $i) { fiscalYear } }`;
const GRANT = `mutation($input: SubjectGrantInput!) { grantSubjectRecording(input: $input) }`;
const REVOKE = `mutation($input: SubjectGrantInput!) { revokeSubjectRecording(input: $input) }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;

interface Node {
  id: string;
  at: string;
  actor: string;
  actorLevel: string | null;
  apiKeyName: string | null;
  action: string;
  module: string | null;
  laoCode: string | null;
  subjectType: string | null;
  subjectId: string | null;
  subjectCount: number;
  purpose: string | null;
}
interface Trail {
  auditTrail: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Node }[] };
}
/** A row of audit_log as stored. */
interface Row {
  id: string;
  actor: string;
  actor_level: string | null;
  api_key_name: string | null;
  action: string;
  module: string | null;
  lao_code: string | null;
  province_code: string | null;
  subject_type: string | null;
  subject_id: string | null;
  subject_ids: string[];
  subject_count: number;
  purpose: string | null;
  detail: Record<string, unknown> | null;
}

describe('the audit trail (factories on an empty database)', () => {
  let sut: TestApp;
  let make: Factories;
  let catalogue: IndicatorDefinition[];
  let fy: number;
  let department: string;

  /** Entries matching a condition on audit_log, in the order they were written (ids; the cases write one after another). */
  const rows = (where: string, params: unknown[] = []): Promise<Row[]> =>
    sut.db.query(
      `SELECT id::text AS id, actor, actor_level, api_key_name, action, module, lao_code, province_code, subject_type, subject_id,
              subject_ids, subject_count, purpose, detail
         FROM audit_log WHERE ${where} ORDER BY id`,
      params,
    );
  const trail = (caller: Caller, filter: Record<string, unknown> | null = null, first?: number, after?: string) =>
    sut.gql<Trail>(TRAIL, { filter, first, after }, caller);
  const submissionId = async (lao: string) =>
    ((await sut.db.query(`SELECT id FROM submission WHERE module = 'INFO' AND lao_code = $1 AND fiscal_year = $2`, [lao, fy])) as { id: string }[])[0]!.id;
  /** Whether an entry was written by the transaction that last changed the submission (now() is the transaction's start). */
  const sameTransactionAsSubmission = async (entryId: string, lao: string): Promise<boolean> =>
    ((await sut.db.query(
      `SELECT a.at = s.updated_at AS same FROM audit_log a, submission s WHERE a.id = $1 AND s.module = 'INFO' AND s.lao_code = $2 AND s.fiscal_year = $3`,
      [entryId, lao, fy],
    )) as { same: boolean }[])[0]!.same;
  const fullSection = (domain: string) =>
    catalogue.filter((i) => i.domain === domain && !i.linkedFrom).map((i) => ({ indicatorCode: i.code, value: demoValueFor(i) }));
  const domains = () => [...new Set(catalogue.map((i) => i.domain))];
  const save = (lao: string, domain: string, values: unknown[], token: string) =>
    sut.gql(SAVE, { input: { laoCode: lao, fiscalYear: fy, domain, values } }, { token });
  const fillAndCertify = async (lao: string, token: string) => {
    for (const domain of domains()) expect(codeOf(await save(lao, domain, fullSection(domain), token))).toBeUndefined();
    expect(codeOf(await sut.gql(CERTIFY, { lao, fy }, { token }))).toBeUndefined();
  };
  /** Entries written straight into the table (INSERT is all it allows), at given instants. */
  const seed = async (entries: { at: string; laoCode: string | null; provinceCode: string | null; action?: string; module?: string | null; actor?: string; subjectId?: string | null; subjectIds?: string[] }[]) => {
    const ids: string[] = [];
    for (const e of entries) {
      const [row] = (await sut.db.query(
        `INSERT INTO audit_log (at, actor, action, module, lao_code, province_code, subject_type, subject_id, subject_ids, subject_count)
         VALUES ($1, $2, $3, $4, $5, $6, 'SUBMISSION', $7, $8, $9) RETURNING id::text AS id`,
        [e.at, e.actor ?? 'seed', e.action ?? 'UPDATE', e.module ?? 'INFO', e.laoCode, e.provinceCode, e.subjectId ?? null, e.subjectIds ?? [], (e.subjectIds ?? []).length],
      )) as { id: string }[];
      ids.push(row!.id);
    }
    return ids;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    fy = make.fiscalYear();
    await make.cycle({ module: 'INFO', fiscalYear: fy });
    department = (await make.departmentUser()).token;
    catalogue = (await sut.gql<{ infoIndicators: IndicatorDefinition[] }>(
      `query($fy: Int!) { infoIndicators(fiscalYear: $fy) { code domain labelTh labelEn unit valueType required linkedFrom options { value labelTh } min max decimals maxLength } }`,
      { fy },
      { token: department },
    )).data!.infoIndicators;
  });
  afterAll(() => sut.close());

  describe('writes', () => {
    it('a saved section is one UPDATE of the submission, in the same transaction; a refused save writes none', async () => {
      const lao = await make.lao({ provinceCode: '12' });
      const official = await make.laoUser(lao.code);
      expect(codeOf(await save(lao.code, 'DISASTER', fullSection('DISASTER'), official.token))).toBeUndefined();
      const id = await submissionId(lao.code);
      const written = await rows(`lao_code = $1`, [lao.code]);
      expect(written).toEqual([
        expect.objectContaining({
          actor: official.username,
          actor_level: 'LAO',
          api_key_name: null,
          action: 'UPDATE',
          module: 'INFO',
          lao_code: lao.code,
          province_code: '12',
          subject_type: 'SUBMISSION',
          subject_id: id,
          subject_ids: [id],
          subject_count: 1,
        }),
      ]);
      expect(await sameTransactionAsSubmission(written[0]!.id, lao.code)).toBe(true);

      const integer = catalogue.find((i) => i.domain === 'DISASTER' && i.valueType === 'INTEGER' && !i.linkedFrom)!;
      expect(codeOf(await save(lao.code, 'DISASTER', [{ indicatorCode: integer.code, value: -1 }], official.token))).toBe('BAD_USER_INPUT');
      const neighbour = await make.laoUser((await make.lao({ provinceCode: '12' })).code);
      expect(codeOf(await save(lao.code, 'DISASTER', fullSection('DISASTER'), neighbour.token))).toBe('FORBIDDEN');
      const key = (await make.apiKey()).key;
      const input = { laoCode: lao.code, fiscalYear: fy, domain: 'DISASTER', values: fullSection('DISASTER') };
      expect(codeOf(await sut.gql(SAVE, { input }, { apiKey: key }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(SAVE, { input }))).toBe('UNAUTHENTICATED');
      expect(await rows(`lao_code = $1`, [lao.code])).toHaveLength(1);
    });

    it('a certification is one TRANSITION (its action as purpose) in the same transaction; a return carries its reason; a refused certify writes none', async () => {
      const lao = await make.lao({ provinceCode: '12' });
      const official = await make.laoUser(lao.code);
      expect(codeOf(await sut.gql(CERTIFY, { lao: lao.code, fy }, { token: official.token }))).toBe('INCOMPLETE');
      expect(await rows(`lao_code = $1`, [lao.code])).toEqual([]);

      await fillAndCertify(lao.code, official.token);
      const id = await submissionId(lao.code);
      expect((await rows(`lao_code = $1 AND action = 'UPDATE'`, [lao.code])).length).toBe(domains().length);
      const [certified, ...more] = await rows(`lao_code = $1 AND action = 'TRANSITION'`, [lao.code]);
      expect(more).toEqual([]);
      expect(certified).toMatchObject({ actor: official.username, module: 'INFO', subject_type: 'SUBMISSION', subject_id: id, purpose: 'CERTIFY' });
      expect(certified!.detail).toMatchObject({ action: 'CERTIFY', from: 'DRAFT', to: 'LAO_CERTIFIED', fiscalYear: fy });
      expect(await sameTransactionAsSubmission(certified!.id, lao.code)).toBe(true);

      const province = await make.provinceUser('12');
      const reason = 'ขอให้ตรวจสอบจำนวนประชากรอีกครั้ง';
      expect(codeOf(await sut.gql(RETURN, { lao: lao.code, fy, reason }, { token: (await make.provinceUser('50')).token }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(RETURN, { lao: lao.code, fy, reason }, { token: province.token }))).toBeUndefined();
      const transitions = await rows(`lao_code = $1 AND action = 'TRANSITION'`, [lao.code]);
      expect(transitions).toHaveLength(2);
      expect(transitions[1]).toMatchObject({ actor: province.username, actor_level: 'PROVINCE', purpose: `RETURN: ${reason}`, subject_id: id });
      expect(await sameTransactionAsSubmission(transitions[1]!.id, lao.code)).toBe(true);
    });

    it("the province's certify-all is one TRANSITION naming every submission it moved", async () => {
      // Province 34 belongs to this case alone: certify-all needs every LAO of the province certified.
      const laos = [await make.lao({ provinceCode: '34' }), await make.lao({ provinceCode: '34' })];
      for (const lao of laos) await fillAndCertify(lao.code, (await make.laoUser(lao.code)).token);
      const ids = await Promise.all(laos.map((l) => submissionId(l.code)));
      const province = await make.provinceUser('34');
      const res = await sut.gql<{ certifyProvince: { certifiedCount: number } }>(CERTIFY_PROVINCE, { p: '34', fy }, { token: province.token });
      expect(res.data?.certifyProvince.certifiedCount).toBe(2);

      const entries = await rows(`purpose = 'CERTIFY_PROVINCE' AND province_code = '34'`);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'TRANSITION', actor: province.username, module: 'INFO', lao_code: null, subject_type: 'SUBMISSION', subject_count: 2 });
      expect([...entries[0]!.subject_ids].sort()).toEqual([...ids].sort());
      const [{ same }] = (await sut.db.query(
        `SELECT bool_and(a.at = s.province_certified_at) AS same FROM audit_log a, submission s WHERE a.id = $1 AND s.id = ANY($2::uuid[])`,
        [entries[0]!.id, ids],
      )) as [{ same: boolean }];
      expect(same).toBe(true);

      // The entry is found by any submission it moved; a second certify-all moves nothing and writes nothing.
      const found = await trail({ token: department }, { subjectId: ids[1], action: 'TRANSITION' });
      expect(found.data!.auditTrail.edges.map((e) => e.node.id)).toContain(entries[0]!.id);
      expect(codeOf(await sut.gql(CERTIFY_PROVINCE, { p: '34', fy }, { token: province.token }))).toBeUndefined();
      expect(await rows(`purpose = 'CERTIFY_PROVINCE' AND province_code = '34'`)).toHaveLength(1);
    });

    it("a cycle's changes and its extensions are entries about the cycle", async () => {
      const year = make.fiscalYear();
      const lao = await make.lao({ provinceCode: '12' });
      const cycle = await make.cycle({ module: 'WASTE', fiscalYear: year });
      const subject = `WASTE:${year}`;
      const until = new Date(new Date(cycle.deadline).getTime() + 7 * 86_400_000).toISOString();
      expect(codeOf(await sut.gql(EXTEND, { i: { module: 'WASTE', fiscalYear: year, scopeCode: lao.code, until } }, { token: department }))).toBeUndefined();
      expect(codeOf(await sut.gql(EXTEND, { i: { module: 'WASTE', fiscalYear: year, scopeCode: '50', until } }, { token: department }))).toBeUndefined();
      expect(codeOf(await sut.gql(REMOVE, { i: { module: 'WASTE', fiscalYear: year, scopeCode: lao.code } }, { token: department }))).toBeUndefined();
      expect(codeOf(await sut.gql(REMOVE, { i: { module: 'WASTE', fiscalYear: year, scopeCode: lao.code } }, { token: department }))).toBe('NOT_FOUND');

      const entries = await rows(`subject_type = 'CYCLE' AND subject_id = $1`, [subject]);
      expect(entries.map((e) => [e.action, e.lao_code, e.province_code])).toEqual([
        ['UPDATE', null, null],
        ['CREATE', lao.code, '12'],
        ['CREATE', null, '50'],
        ['DELETE', lao.code, '12'],
      ]);
      expect(entries.every((e) => e.module === 'WASTE' && e.actor_level === 'DEPARTMENT')).toBe(true);
      expect(entries[0]!.detail).toMatchObject({ fiscalYear: year, created: true, before: [] });
    });

    it('granting and revoking recording on a record are entries about the record', async () => {
      const lao = await make.lao({ provinceCode: '12' });
      const head = await make.laoUser(lao.code);
      const [{ id: subjectId }] = (await sut.db.query(
        `INSERT INTO submission_subject (module, lao_code, kind, name_th, created_by) VALUES ('LEC', $1, 'CENTRE', 'ศพด. ทดสอบ', 'test') RETURNING id`,
        [lao.code],
      )) as [{ id: string }];
      const input = { module: 'LEC', subjectId, username: head.username };
      expect(codeOf(await sut.gql(GRANT, { input }, { token: department }))).toBeUndefined();
      expect(codeOf(await sut.gql(REVOKE, { input }, { token: department }))).toBeUndefined();
      expect(codeOf(await sut.gql(REVOKE, { input }, { token: department }))).toBe('NOT_FOUND');
      const entries = await rows(`subject_type = 'SUBJECT_GRANT' AND subject_id = $1`, [subjectId]);
      expect(entries.map((e) => [e.action, e.module, e.lao_code, e.detail?.username])).toEqual([
        ['CREATE', 'LEC', lao.code, head.username],
        ['DELETE', 'LEC', lao.code, head.username],
      ]);
    });

    it('a failed login is an entry with the username tried, in lower case, and never the password', async () => {
      const user = await make.laoUser((await make.lao()).code);
      const password = 'Wrong-Secret-Audit-42';
      const tried = `Nobody.Audit.${user.id.slice(0, 8)}`;
      expect(codeOf(await sut.gql(LOGIN, { u: user.username.toUpperCase(), p: password }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await sut.gql(LOGIN, { u: tried, p: password }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await sut.gql(LOGIN, { u: user.username, p: user.password }))).toBeUndefined();

      const failed = await rows(`action = 'LOGIN_FAILED' AND actor = ANY($1)`, [[user.username, tried.toLowerCase()]]);
      expect(failed.map((e) => [e.actor, e.actor_level, e.detail?.reason])).toEqual([
        [user.username, null, 'WRONG_PASSWORD'],
        [tried.toLowerCase(), null, 'UNKNOWN_USER'],
      ]);
      const all = JSON.stringify(await rows(`true`));
      expect(all).not.toContain(password);
      expect(all).not.toContain(user.password);
    });

    it('the table takes every action of the shared list', async () => {
      const lao = await make.lao({ provinceCode: '12' });
      const audit = sut.app.get(AuditService);
      const user = { kind: 'user' as const, id: '0', username: 'list.check', displayName: '', level: 'LAO' as const, scopeCode: lao.code, rights: {} };
      for (const action of AUDIT_ACTIONS) await audit.recordNow(user, { action, laoCode: lao.code, subjectType: 'TEST' });
      expect((await rows(`lao_code = $1`, [lao.code])).map((e) => e.action).sort()).toEqual([...AUDIT_ACTIONS].sort());
    });
  });

  describe('the database keeps the table append-only', () => {
    it('refuses UPDATE, DELETE and TRUNCATE through the API\'s own connection and role, the table\'s owner', async () => {
      const lao = await make.lao();
      await seed([{ at: '2020-01-01T00:00:00Z', laoCode: lao.code, provinceCode: lao.provinceCode }]);
      const [{ owner }] = (await sut.db.query(`SELECT tableowner = current_user AS owner FROM pg_tables WHERE tablename = 'audit_log'`)) as [{ owner: boolean }];
      expect(owner).toBe(true);
      const before = await rows(`true`);
      // The refusals are expected: keep TypeORM from logging each as a failed query.
      const logger = sut.db.logger;
      const logQueryError = logger.logQueryError.bind(logger);
      logger.logQueryError = () => undefined;
      try {
        for (const statement of [
          `UPDATE audit_log SET actor = 'someone else' WHERE lao_code = '${lao.code}'`,
          `UPDATE audit_log SET detail = NULL`,
          `DELETE FROM audit_log WHERE lao_code = '${lao.code}'`,
          `DELETE FROM audit_log WHERE false`,
          `TRUNCATE audit_log`,
        ]) {
          await expect(sut.db.query(statement)).rejects.toMatchObject({ code: '42501', message: expect.stringContaining('append-only') });
        }
        // Not even with triggers switched off for replication (where the role may do that).
        const [{ superuser }] = (await sut.db.query(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`)) as [{ superuser: boolean }];
        if (superuser) {
          await expect(
            sut.db.transaction(async (manager) => {
              await manager.query(`SET LOCAL session_replication_role = replica`);
              await manager.query(`DELETE FROM audit_log`);
            }),
          ).rejects.toMatchObject({ code: '42501' });
        }
      } finally {
        logger.logQueryError = logQueryError;
      }
      expect(await rows(`true`)).toEqual(before);
    });
  });

  describe('reading the trail', () => {
    it('is scoped: the department reads everything, a province its province, an LAO its own; keys are refused and recorded', async () => {
      const a = await make.lao({ provinceCode: '12' });
      const b = await make.lao({ provinceCode: '50' });
      const [inA] = await seed([{ at: '2020-02-01T00:00:00Z', laoCode: a.code, provinceCode: '12' }]);
      const [inB] = await seed([{ at: '2020-02-01T00:00:00Z', laoCode: b.code, provinceCode: '50' }]);
      const [national] = await seed([{ at: '2020-02-01T00:00:00Z', laoCode: null, provinceCode: null }]);
      const ids = async (caller: Caller) => {
        const res = await trail(caller, { to: '2020-12-31T00:00:00Z' }, 500);
        expect(res.errors).toBeUndefined();
        return res.data!.auditTrail.edges.map((e) => e.node.id);
      };
      expect(await ids({ token: department })).toEqual(expect.arrayContaining([inA, inB, national]));

      const province = await ids({ token: (await make.provinceUser('12')).token });
      expect(province).toContain(inA);
      expect(province).not.toContain(inB);
      expect(province).not.toContain(national);
      const outside = await rows(`id = ANY($1::bigint[]) AND province_code IS DISTINCT FROM '12'`, [province]);
      expect(outside).toEqual([]);

      expect(await ids({ token: (await make.laoUser(a.code)).token })).toEqual([inA]);
      expect(await ids({ token: (await make.laoUser(b.code)).token })).toEqual([inB]);

      const key = await make.apiKey({ name: 'หน่วยงานพันธมิตรตรวจประวัติ' });
      const refused = await trail({ apiKey: key.key });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
      expect(await rows(`action = 'ACCESS_DENIED' AND api_key_name = $1`, ['หน่วยงานพันธมิตรตรวจประวัติ'])).toEqual([
        expect.objectContaining({ actor: expect.stringMatching(/^apikey:/), actor_level: null, subject_type: 'AUDIT_TRAIL' }),
      ]);
      expect(codeOf(await trail({}))).toBe('UNAUTHENTICATED');
    });

    it('refuses a filter outside the caller\'s scope as FORBIDDEN, and records the attempt although the request fails', async () => {
      const own = await make.lao({ provinceCode: '12' });
      const neighbour = await make.lao({ provinceCode: '12' });
      const far = await make.lao({ provinceCode: '50' });
      const official = await make.laoUser(own.code);
      const province = await make.provinceUser('12');
      const denied = (actor: string) => rows(`action = 'ACCESS_DENIED' AND actor = $1`, [actor]);

      expect(codeOf(await trail({ token: official.token }, { laoCode: neighbour.code }, 5, undefined))).toBe('FORBIDDEN');
      expect(codeOf(await trail({ token: official.token }, { provinceCode: '50' }))).toBe('FORBIDDEN');
      expect(codeOf(await trail({ token: province.token }, { laoCode: far.code }))).toBe('FORBIDDEN');
      expect(codeOf(await trail({ token: province.token }, { provinceCode: '50' }))).toBe('FORBIDDEN');
      const lang = await trail({ token: province.token, lang: 'en' }, { laoCode: far.code });
      expect(lang.errors![0]!.message).toBe("This organisation's audit trail is outside your scope");

      expect((await denied(official.username)).map((e) => [e.subject_type, e.subject_id, e.detail?.filter])).toEqual([
        ['AUDIT_TRAIL', neighbour.code, { laoCode: neighbour.code }],
        ['AUDIT_TRAIL', '50', { provinceCode: '50' }],
      ]);
      expect((await denied(province.username)).map((e) => e.subject_id)).toEqual([far.code, '50', far.code]);
      // Nothing was read: no read entry for any refusal.
      expect(await rows(`action = 'READ_PERSONAL' AND actor = ANY($1)`, [[official.username, province.username]])).toEqual([]);

      // Inside the scope the same filters answer; a malformed filter is bad input and records nothing.
      expect((await trail({ token: official.token }, { laoCode: own.code, provinceCode: '12' })).errors).toBeUndefined();
      expect((await trail({ token: province.token }, { laoCode: neighbour.code })).errors).toBeUndefined();
      const before = (await rows(`actor = $1`, [province.username])).length;
      expect(codeOf(await trail({ token: province.token }, { laoCode: '123' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await trail({ token: province.token }, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await trail({ token: province.token }, null, 501))).toBe('BAD_USER_INPUT');
      expect(codeOf(await trail({ token: province.token }, null, 5, 'bm90LWEtY3Vyc29y'))).toBe('BAD_USER_INPUT');
      expect(await rows(`actor = $1`, [province.username])).toHaveLength(before);
    });

    it('is itself recorded: one READ_PERSONAL entry per request, naming the entries it showed', async () => {
      const lao = await make.lao({ provinceCode: '12' });
      const official = await make.laoUser(lao.code);
      const seeded = await seed([
        { at: '2020-03-01T00:00:00Z', laoCode: lao.code, provinceCode: '12' },
        { at: '2020-03-02T00:00:00Z', laoCode: lao.code, provinceCode: '12' },
      ]);
      const first = await trail({ token: official.token });
      expect(first.data!.auditTrail.edges.map((e) => e.node.id)).toEqual([...seeded].reverse());
      const reads = await rows(`action = 'READ_PERSONAL' AND actor = $1`, [official.username]);
      expect(reads).toEqual([
        expect.objectContaining({ actor_level: 'LAO', lao_code: lao.code, province_code: '12', subject_type: 'AUDIT_TRAIL', subject_count: 2, subject_ids: [...seeded].reverse() }),
      ]);

      // The next read shows the first read's entry (it is the LAO's), and records itself.
      const second = await trail({ token: official.token });
      expect(second.data!.auditTrail.edges[0]!.node).toMatchObject({ id: reads[0]!.id, action: 'READ_PERSONAL', actor: official.username, subjectType: 'AUDIT_TRAIL', subjectCount: 2, laoCode: lao.code });
      expect(await rows(`action = 'READ_PERSONAL' AND actor = $1`, [official.username])).toHaveLength(2);
    });

    it('filters narrow the trail and pages follow (at, id), newest first, without gaps or repeats', async () => {
      const lao = await make.lao({ provinceCode: '12' });
      const subject = 'a1b2c3d4-0000-4000-8000-00000000aud1';
      const ids = await seed([
        { at: '2020-04-01T00:00:00Z', laoCode: lao.code, provinceCode: '12', actor: 'lao.a', action: 'UPDATE', module: 'INFO', subjectId: subject },
        { at: '2020-04-02T00:00:00Z', laoCode: lao.code, provinceCode: '12', actor: 'lao.a', action: 'TRANSITION', module: 'INFO', subjectId: subject },
        // Two entries of the same instant: the id decides.
        { at: '2020-04-03T00:00:00Z', laoCode: lao.code, provinceCode: '12', actor: 'prov.12', action: 'TRANSITION', module: 'ESERVICE' },
        { at: '2020-04-03T00:00:00Z', laoCode: lao.code, provinceCode: '12', actor: 'prov.12', action: 'UPDATE', module: 'ESERVICE' },
        { at: '2020-04-04T00:00:00Z', laoCode: lao.code, provinceCode: '12', actor: 'lao.a', action: 'READ_PERSONAL', module: null, subjectIds: ['x', subject] },
        { at: '2020-04-05T00:00:00.000001Z', laoCode: lao.code, provinceCode: '12', actor: 'lao.a', action: 'UPDATE', module: 'INFO' },
        { at: '2020-04-05T00:00:00.000002Z', laoCode: lao.code, provinceCode: '12', actor: 'lao.a', action: 'UPDATE', module: 'INFO' },
      ]);
      const newestFirst = [ids[6], ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]];
      const within = { laoCode: lao.code, to: '2020-12-31T00:00:00Z' };

      // Pages of 3 (the microsecond apart pair straddles nothing: the cursor keeps microseconds).
      const seen: string[] = [];
      let after: string | undefined;
      const pages: boolean[] = [];
      for (let page = 0; page < 4; page++) {
        const res = await trail({ token: department }, within, 3, after);
        expect(res.errors).toBeUndefined();
        const connection = res.data!.auditTrail;
        expect(connection.totalCount).toBe(7);
        seen.push(...connection.edges.map((e) => e.node.id));
        pages.push(connection.pageInfo.hasNextPage);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor!;
      }
      expect(seen).toEqual(newestFirst);
      expect(pages).toEqual([true, true, false]);
      const pairPage = await trail({ token: department }, within, 1);
      const next = await trail({ token: department }, within, 1, pairPage.data!.auditTrail.pageInfo.endCursor!);
      expect(next.data!.auditTrail.edges.map((e) => e.node.id)).toEqual([ids[5]]);

      const filtered = async (filter: Record<string, unknown>) =>
        (await trail({ token: department }, { ...within, ...filter }, 50)).data!.auditTrail.edges.map((e) => e.node.id);
      expect(await filtered({ module: 'ESERVICE' })).toEqual([ids[3], ids[2]]);
      expect(await filtered({ action: 'TRANSITION' })).toEqual([ids[2], ids[1]]);
      expect(await filtered({ module: 'INFO', action: 'UPDATE' })).toEqual([ids[6], ids[5], ids[0]]);
      expect(await filtered({ actor: 'prov.12' })).toEqual([ids[3], ids[2]]);
      expect(await filtered({ subjectId: subject })).toEqual([ids[4], ids[1], ids[0]]);
      expect(await filtered({ from: '2020-04-02T00:00:00Z', to: '2020-04-03T00:00:00Z' })).toEqual([ids[3], ids[2], ids[1]]);
      expect(await filtered({ from: '2020-04-05T00:00:00.000Z' })).toEqual([ids[6], ids[5]]);
      expect(await filtered({ provinceCode: '12', actor: 'nobody' })).toEqual([]);

      const node = (await trail({ token: department }, { ...within, subjectId: subject, action: 'UPDATE' })).data!.auditTrail.edges[0]!.node;
      expect(node).toEqual({
        id: ids[0],
        at: '2020-04-01T00:00:00.000Z',
        actor: 'lao.a',
        actorLevel: null,
        apiKeyName: null,
        action: 'UPDATE',
        module: 'INFO',
        laoCode: lao.code,
        subjectType: 'SUBMISSION',
        subjectId: subject,
        subjectCount: 0,
        purpose: null,
      });
    });
  });
});
