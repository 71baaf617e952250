import { factories, type Factories } from '../testing/factories';
import { type IndicatorDefinition, demoValueFor } from '../testing/info-fixtures';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';

const SUBMISSION = `query($lao: String!, $fy: Int!) {
  infoSubmission(laoCode: $lao, fiscalYear: $fy) {
    module laoCode fiscalYear status complete lpaScore laoCertifiedAt provinceCertifiedAt allowedActions editable windowOpen closesAt
    history { action fromStatus toStatus actor at comment }
    sections { domain complete missing values { indicatorCode value } }
  }
}`;
const SAVE = `mutation($input: SaveInfoSectionInput!) { saveInfoSection(input: $input) { domain complete missing values { indicatorCode value } } }`;
const CERTIFY = `mutation($lao: String!, $fy: Int!) { certifyInfo(laoCode: $lao, fiscalYear: $fy) { status complete lpaScore allowedActions } }`;
const WITHDRAW = `mutation($lao: String!, $fy: Int!) { withdrawCertification(module: INFO, laoCode: $lao, fiscalYear: $fy) { status } }`;
const RETURN = `mutation($lao: String!, $fy: Int!, $reason: String!) { returnSubmission(module: INFO, laoCode: $lao, fiscalYear: $fy, reason: $reason) { status history { action comment actor } } }`;
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!) { certifyProvince(module: INFO, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`;
const PROGRESS = `query($fy: Int!, $p: String) { certificationProgress(module: INFO, fiscalYear: $fy, provinceCode: $p) { provinceCode total draft laoCertified provinceCertified } }`;
const LPA = `query($fy: Int!, $p: String) {
  lpaScores(fiscalYear: $fy, filter: { provinceCode: $p }, first: 50) { edges { node { laoCode score status complete } } }
  lpaDistribution(fiscalYear: $fy, provinceCode: $p) { score count }
}`;

type Section = { domain: string; complete: boolean; missing: string[]; values: { indicatorCode: string; value: unknown }[] };
type Submission = {
  status: string;
  complete: boolean;
  lpaScore: number;
  allowedActions: string[];
  editable: boolean;
  windowOpen: boolean;
  closesAt: string | null;
  history: { action: string; comment: string | null; actor: string }[];
  sections: Section[];
};

describe('INFO: recording, certification, province certify-all, partner reads (factories on an empty database)', () => {
  let sut: TestApp;
  let make: Factories;
  let catalogue: IndicatorDefinition[];
  /**
   * The open year: one cycle opened here and never changed by a case (windows lie within their fiscal year ±1, so
   * a cycle open now exists only for the years around today); a case that changes windows owns another year.
   */
  let openFy: number;
  /** An LAO of a province with its official. */
  const laoWithOfficial = async (provinceCode = '12') => {
    const lao = await make.lao({ provinceCode });
    return { code: lao.code, token: (await make.laoUser(lao.code)).token };
  };
  const submission = async (lao: string, fy: number, token: string) =>
    (await sut.gql<{ infoSubmission: Submission }>(SUBMISSION, { lao, fy }, { token })).data!.infoSubmission;
  /** A complete, valid section for a domain, from the catalogue. */
  const fullSection = (domain: string) =>
    catalogue.filter((i) => i.domain === domain && !i.linkedFrom).map((i) => ({ indicatorCode: i.code, value: demoValueFor(i) }));
  const save = (lao: string, fy: number, domain: string, values: unknown[], token: string, lang?: string) =>
    sut.gql<{ saveInfoSection: Section }>(SAVE, { input: { laoCode: lao, fiscalYear: fy, domain, values } }, { token, lang });
  const fillAll = async (lao: string, fy: number, token: string) => {
    for (const domain of new Set(catalogue.map((i) => i.domain))) expect((await save(lao, fy, domain, fullSection(domain), token)).errors).toBeUndefined();
  };
  const certifyAll = async (lao: string, fy: number, token: string) => {
    await fillAll(lao, fy, token);
    expect(codeOf(await sut.gql(CERTIFY, { lao, fy }, { token }))).toBeUndefined();
  };
  const snapshot = (lao: string, fy: number) =>
    sut.db.query(
      `SELECT (SELECT json_agg(s ORDER BY section) FROM catalogue_section s WHERE module = 'INFO' AND lao_code = $1 AND fiscal_year = $2) AS sections,
              (SELECT row_to_json(x) FROM submission x WHERE module = 'INFO' AND lao_code = $1 AND fiscal_year = $2) AS submission,
              (SELECT count(*) FROM submission_event) AS events`,
      [lao, fy],
    );

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    openFy = make.fiscalYear();
    await make.cycle({ module: 'INFO', fiscalYear: openFy });
    const { token } = await make.departmentUser();
    catalogue = (await sut.gql<{ infoIndicators: IndicatorDefinition[] }>(
      `query($fy: Int!) { infoIndicators(fiscalYear: $fy) { code domain labelTh labelEn unit valueType required linkedFrom options { value labelTh } min max decimals maxLength } }`,
      { fy: openFy },
      { token },
    )).data!.infoIndicators;
  });
  afterAll(() => sut.close());

  it('has a catalogue of the 8 domains, at least 8 indicators each, typed and versioned by year', async () => {
    const byDomain = new Map<string, IndicatorDefinition[]>();
    for (const i of catalogue) byDomain.set(i.domain, [...(byDomain.get(i.domain) ?? []), i]);
    expect(byDomain.size).toBe(8);
    for (const list of byDomain.values()) expect(list.length).toBeGreaterThanOrEqual(8);
    expect(new Set(catalogue.map((i) => i.valueType))).toEqual(new Set(['INTEGER', 'DECIMAL', 'BOOLEAN', 'CHOICE', 'MULTI_CHOICE', 'TEXT']));
    expect(catalogue.filter((i) => i.linkedFrom).map((i) => i.linkedFrom)).toEqual(expect.arrayContaining(['LEC', 'WELFARE', 'WASTE']));
    const { token } = await make.departmentUser();
    const old = (await sut.gql<{ infoIndicators: { code: string }[] }>(`{ infoIndicators(fiscalYear: 2568) { code } }`, {}, { token })).data!.infoIndicators.map((i) => i.code);
    const now = catalogue.map((i) => i.code);
    expect(old.filter((c) => !now.includes(c)).length).toBeGreaterThan(0); // retired since
    expect(now.filter((c) => !old.includes(c)).length).toBeGreaterThan(0); // added since
  });

  it('saves a section, lists what is missing, keeps values not sent, clears with null; linked values are shown read-only', async () => {
    const fy = openFy;
    const { code: lao, token } = await laoWithOfficial();
    const linked = catalogue.filter((i) => i.domain === 'INNOVATION_EDUCATION' && i.linkedFrom);
    // What the source module (LEC, Welfare, Waste) reports for the LAO.
    for (const [n, i] of linked.entries()) {
      await sut.db.query(`INSERT INTO info_linked_value (lao_code, fiscal_year, indicator_code, value, source_module) VALUES ($1, $2, $3, $4::jsonb, $5)`, [lao, fy, i.code, String(n + 7), i.linkedFrom]);
    }
    const domain = 'DISASTER';
    const full = fullSection(domain);
    const required = catalogue.filter((i) => i.domain === domain && i.required && !i.linkedFrom);
    expect((await save(lao, fy, domain, full.slice(0, 1), token)).errors).toBeUndefined();
    const partial = await save(lao, fy, domain, full.slice(1), token);
    expect(partial.data!.saveInfoSection).toMatchObject({ complete: true, missing: [] });
    expect(partial.data!.saveInfoSection.values.find((v) => v.indicatorCode === full[0]!.indicatorCode)!.value).toEqual(full[0]!.value);

    const cleared = await save(lao, fy, domain, [{ indicatorCode: required[0]!.code, value: null }], token);
    expect(cleared.data!.saveInfoSection).toMatchObject({ complete: false, missing: [required[0]!.code] });

    const sub = await submission(lao, fy, token);
    const education = sub.sections.find((s) => s.domain === 'INNOVATION_EDUCATION')!;
    expect(linked.length).toBeGreaterThan(0);
    for (const [n, i] of linked.entries()) expect(education.values.find((v) => v.indicatorCode === i.code)!.value).toBe(n + 7);
    expect(sub).toMatchObject({ allowedActions: [], editable: true, windowOpen: true }); // incomplete: nothing to certify yet
  });

  describe('refuses bad values with BAD_USER_INPUT naming each, and changes nothing', () => {
    const cases: [string, (c: IndicatorDefinition[]) => { indicatorCode: string; value: unknown }[], string][] = [
      ['text for a number', (c) => [{ indicatorCode: c.find((i) => i.valueType === 'INTEGER' && !i.linkedFrom)!.code, value: 'สิบ' }], 'values.0.value'],
      ['a fraction for a count', (c) => [{ indicatorCode: c.find((i) => i.valueType === 'INTEGER' && !i.linkedFrom)!.code, value: 2.5 }], 'values.0.value'],
      ['a negative count', (c) => [{ indicatorCode: c.find((i) => i.valueType === 'INTEGER' && !i.linkedFrom)!.code, value: -1 }], 'values.0.value'],
      ['an unknown option', (c) => [{ indicatorCode: c.find((i) => i.valueType === 'CHOICE')!.code, value: 'NOT_AN_OPTION' }], 'values.0.value'],
      ['a string for yes/no', (c) => [{ indicatorCode: c.find((i) => i.valueType === 'BOOLEAN')!.code, value: 'yes' }], 'values.0.value'],
      ['an indicator of another domain', (c) => [{ indicatorCode: c.find((i) => i.domain === 'ECONOMY_TOURISM')!.code, value: 1 }], 'values.0.indicatorCode'],
      ['a linked indicator', (c) => [{ indicatorCode: c.find((i) => i.linkedFrom && i.domain === 'INNOVATION_EDUCATION')!.code, value: 3 }], 'values.0.value'],
    ];
    it.each(cases)('%s', async (_name, values, path) => {
      const fy = openFy;
      const { code: lao, token } = await laoWithOfficial();
      const domainOf = (code: string) => catalogue.find((i) => i.code === code)!.domain;
      const list = values(catalogue);
      const domain = path.endsWith('indicatorCode') ? 'DISASTER' : domainOf(list[0]!.indicatorCode);
      const before = await snapshot(lao, fy);
      const res = await save(lao, fy, domain, [...list, fullSection(domain)[0]!], token, 'en');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const fields = res.errors![0]!.extensions.fields as { path: string; message: string }[];
      expect(fields.map((f) => f.path)).toContain(path);
      expect(await snapshot(lao, fy)).toEqual(before); // the good value in the same call was not saved either
    });
  });

  it.each([
    ['a year far outside the Buddhist Era (40000)', 40000],
    ['a Christian-Era year', 2026],
  ])('refuses %s on every read and write as BAD_USER_INPUT', async (_name, fy) => {
    const { code: lao, token } = await laoWithOfficial();
    for (const res of [
      await sut.gql(SUBMISSION, { lao, fy }, { token }),
      await save(lao, fy, 'DISASTER', fullSection('DISASTER'), token),
      await sut.gql(CERTIFY, { lao, fy }, { token }),
      await sut.gql(PROGRESS, { fy }, { token }),
      await sut.gql(LPA, { fy, p: '12' }, { token }),
    ]) {
      expect(res.status).toBe(200);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
  });

  describe("scope: nobody writes another LAO's INFO", () => {
    it.each([
      ['an LAO on another LAO of its province', async (m: Factories) => ({ token: (await m.laoUser((await m.lao()).code)).token }), 'FORBIDDEN'],
      ['a province office (views and certifies, never records)', async (m: Factories) => ({ token: (await m.provinceUser('12')).token }), 'FORBIDDEN'],
      ['another province office', async (m: Factories) => ({ token: (await m.provinceUser('50')).token }), 'FORBIDDEN'],
      ['a partner API key', async (m: Factories) => ({ apiKey: (await m.apiKey()).key }), 'FORBIDDEN'],
      ['anonymous', async () => ({}), 'UNAUTHENTICATED'],
    ] as const)('%s → %s', async (_who, caller, code) => {
      const fy = openFy;
      const lao = (await make.lao()).code;
      const before = await snapshot(lao, fy);
      const as = await caller(make);
      const res = await sut.gql(SAVE, { input: { laoCode: lao, fiscalYear: fy, domain: 'DISASTER', values: fullSection('DISASTER') } }, as);
      expect(codeOf(res)).toBe(code);
      expect(codeOf(await sut.gql(CERTIFY, { lao, fy }, as))).toBe(code);
      expect(await snapshot(lao, fy)).toEqual(before);
    });

    it("an LAO cannot read another LAO's INFO; its province and partners can", async () => {
      const fy = openFy;
      const lao = (await make.lao()).code;
      const neighbour = await laoWithOfficial();
      expect(codeOf(await sut.gql(SUBMISSION, { lao, fy }, { token: neighbour.token }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(SUBMISSION, { lao, fy }, { token: (await make.provinceUser('50')).token }))).toBe('FORBIDDEN');
      expect((await sut.gql(SUBMISSION, { lao, fy }, { token: (await make.provinceUser('12')).token })).errors).toBeUndefined();
      expect((await sut.gql(SUBMISSION, { lao, fy }, { apiKey: (await make.apiKey()).key })).errors).toBeUndefined();
    });
  });

  it('certifies only when complete (INCOMPLETE lists what is missing, labelled), then the data is read-only until withdrawn', async () => {
    const fy = openFy;
    const { code: lao, token } = await laoWithOfficial();
    await save(lao, fy, 'DISASTER', fullSection('DISASTER'), token);
    const early = await sut.gql(CERTIFY, { lao, fy }, { token });
    expect(codeOf(early)).toBe('INCOMPLETE');
    const missing = early.errors![0]!.extensions.missing as { section: string; labelTh: string; domain: string; indicatorCodes: string[]; items: { code: string; labelTh: string }[] }[];
    expect(missing.map((m) => m.domain)).toEqual(['PUBLIC_HEALTH_ENVIRONMENT', 'INNOVATION_EDUCATION', 'INFRASTRUCTURE', 'WATER_MANAGEMENT', 'INTERNAL_GOVERNANCE', 'SOCIETY_RELIGION_CULTURE', 'ECONOMY_TOURISM']);
    for (const m of missing) {
      expect(m.section).toBe(m.domain);
      expect(m.labelTh).toMatch(/^ด้าน/);
      expect(m.items.map((i) => i.code)).toEqual(m.indicatorCodes);
      const required = catalogue.filter((i) => i.domain === m.domain && i.required && !i.linkedFrom).map((i) => i.code);
      expect(m.indicatorCodes).toEqual(required);
    }
    expect(early.errors![0]!.message).toMatch(/^กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล/);
    expect((await snapshot(lao, fy))[0].submission.status).toBe('DRAFT');

    await fillAll(lao, fy, token);
    expect((await submission(lao, fy, token)).allowedActions).toEqual(['CERTIFY']);
    const certified = await sut.gql<{ certifyInfo: Submission }>(CERTIFY, { lao, fy }, { token });
    expect(certified.data!.certifyInfo).toMatchObject({ status: 'LAO_CERTIFIED', complete: true, lpaScore: 3, allowedActions: ['WITHDRAW'] });

    expect(codeOf(await save(lao, fy, 'DISASTER', fullSection('DISASTER'), token))).toBe('CONFLICT');
    expect(codeOf(await sut.gql(CERTIFY, { lao, fy }, { token }))).toBe('CONFLICT');
    expect((await submission(lao, fy, token)).editable).toBe(false);

    expect((await sut.gql<{ withdrawCertification: { status: string } }>(WITHDRAW, { lao, fy }, { token })).data!.withdrawCertification.status).toBe('DRAFT');
    const history = (await submission(lao, fy, token)).history;
    const official = history[0]!.actor;
    expect(official).toMatch(/^lao/);
    expect(history.map((h) => [h.action, h.actor])).toEqual([['CERTIFY', official], ['WITHDRAW', official]]);
  });

  it('lets the province return a certified submission with a reason, which the LAO reads in the history', async () => {
    const fy = openFy;
    const { code: lao, token } = await laoWithOfficial();
    await certifyAll(lao, fy, token);
    const province = await make.provinceUser('12');
    expect((await submission(lao, fy, province.token)).allowedActions).toEqual(['CERTIFY_PROVINCE', 'RETURN']);
    expect(codeOf(await sut.gql(RETURN, { lao, fy, reason: '   ' }, { token: province.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await sut.gql(RETURN, { lao, fy, reason: 'x' }, { token: (await make.provinceUser('50')).token }))).toBe('FORBIDDEN');
    expect(codeOf(await sut.gql(RETURN, { lao, fy, reason: 'x' }, { token }))).toBe('FORBIDDEN');
    const returned = await sut.gql<{ returnSubmission: Submission }>(RETURN, { lao, fy, reason: 'จำนวนประชากรไม่ตรงกับทะเบียนราษฎร' }, { token: province.token });
    expect(returned.data!.returnSubmission.status).toBe('DRAFT');
    expect(returned.data!.returnSubmission.history.at(-1)).toEqual({ action: 'RETURN', comment: 'จำนวนประชากรไม่ตรงกับทะเบียนราษฎร', actor: province.username });
  });

  it('closes LAO writes after the deadline unless the department extended it for the LAO or its province', async () => {
    const fy = openFy + 1; // this case's own cycle
    const admin = await make.departmentUser();
    const { code: lao, token } = await laoWithOfficial();
    const other = await make.lao({ provinceCode: '50' });
    const openCycle = (windows: { opensAt: string; closesAt: string }[]) =>
      sut.gql(`mutation($i: OpenCertificationCycleInput!) { openCertificationCycle(input: $i) { deadline } }`, { i: { module: 'INFO', fiscalYear: fy, deadline: windows.at(-1)!.closesAt, windows } }, { token: admin.token });
    const extend = (scopeCode: string, until: string) =>
      sut.gql(`mutation($i: ExtendCertificationCycleInput!) { extendCertificationCycle(input: $i) { extensions { scopeCode } } }`, { i: { module: 'INFO', fiscalYear: fy, scopeCode, until } }, { token: admin.token });
    const day = 86_400_000;
    const past = { opensAt: new Date(Date.now() - 30 * day).toISOString(), closesAt: new Date(Date.now() - day).toISOString() };
    const future = new Date(Date.now() + 7 * day).toISOString();
    expect(codeOf(await openCycle([past]))).toBeUndefined();
    const closed = await save(lao, fy, 'DISASTER', fullSection('DISASTER'), token, 'en');
    expect(codeOf(closed)).toBe('WINDOW_CLOSED');
    expect(closed.errors![0]!.message).toMatch(/^Recording and certifying for fiscal year \d{4} closed on /);
    expect(await submission(lao, fy, token)).toMatchObject({ allowedActions: [], editable: false, windowOpen: false, closesAt: past.closesAt });
    // An extension for another LAO does not help; one for the province does, and says until when.
    expect(codeOf(await extend(other.code, future))).toBeUndefined();
    expect(codeOf(await save(lao, fy, 'DISASTER', fullSection('DISASTER'), token))).toBe('WINDOW_CLOSED');
    expect(codeOf(await extend('12', future))).toBeUndefined();
    expect(codeOf(await save(lao, fy, 'DISASTER', fullSection('DISASTER'), token))).toBeUndefined();
    expect(await submission(lao, fy, token)).toMatchObject({ editable: true, windowOpen: true, closesAt: future });
    expect(codeOf(await extend('1', future))).toBe('BAD_USER_INPUT');
    // Only the department sets cycles.
    const province = await make.provinceUser('12');
    expect(codeOf(await sut.gql(`mutation { openCertificationCycle(input: { module: INFO, fiscalYear: ${fy}, deadline: "${future}" }) { deadline } }`, {}, { token: province.token }))).toBe('FORBIDDEN');
  });

  it('certifies a province all-or-nothing: refuses with the pending count while one LAO has not certified, and records each LAO\'s step', async () => {
    const fy = openFy;
    const provinceCode = '95'; // ยะลา: this case's only LAOs there
    const laos = [await laoWithOfficial(provinceCode), await laoWithOfficial(provinceCode), await laoWithOfficial(provinceCode)];
    for (const l of laos.slice(0, 2)) await certifyAll(l.code, fy, l.token);
    const province = await make.provinceUser(provinceCode);
    const statuses = () => sut.db.query(`SELECT lao_code, status FROM submission WHERE module = 'INFO' AND fiscal_year = $1 ORDER BY 1`, [fy]);
    const before = await statuses();

    const refused = await sut.gql(CERTIFY_PROVINCE, { p: provinceCode, fy }, { token: province.token });
    expect(codeOf(refused)).toBe('INCOMPLETE');
    expect(refused.errors![0]!.extensions.pendingCount).toBe(1);
    expect(refused.errors![0]!.message).toBe('จังหวัดไม่สามารถรับรองข้อมูลได้ เนื่องจาก มี 1 อปท. ภายใต้จังหวัด ยังไม่ได้ดำเนินการรับรองข้อมูล');
    expect(await statuses()).toEqual(before);
    expect(codeOf(await sut.gql(CERTIFY_PROVINCE, { p: provinceCode, fy }, { token: (await make.provinceUser('12')).token }))).toBe('FORBIDDEN');
    expect((await sut.gql<{ certificationProgress: unknown[] }>(PROGRESS, { fy, p: provinceCode }, { token: province.token })).data!.certificationProgress).toEqual([
      { provinceCode, total: 3, draft: 1, laoCertified: 2, provinceCertified: 0 },
    ]);

    await certifyAll(laos[2]!.code, fy, laos[2]!.token);
    const done = await sut.gql<{ certifyProvince: { certifiedCount: number } }>(CERTIFY_PROVINCE, { p: provinceCode, fy }, { token: province.token });
    expect(done.data!.certifyProvince.certifiedCount).toBe(3);
    expect((await sut.gql<{ certificationProgress: unknown[] }>(PROGRESS, { fy, p: provinceCode }, { token: province.token })).data!.certificationProgress).toEqual([
      { provinceCode, total: 3, draft: 0, laoCertified: 0, provinceCertified: 3 },
    ]);
    for (const l of laos) {
      const sub = await submission(l.code, fy, l.token);
      expect(sub).toMatchObject({ status: 'PROVINCE_CERTIFIED', lpaScore: 5, allowedActions: [] });
      expect(sub.history.map((h) => [h.action, h.actor])).toEqual([
        ['CERTIFY', sub.history[0]!.actor],
        ['CERTIFY_PROVINCE', province.username],
      ]);
    }
  });

  it('serializes racing saves, certifications and withdrawals on one submission: no lost update, no 500', async () => {
    const fy = openFy;
    const { code: lao, token } = await laoWithOfficial();
    await fillAll(lao, fy, token);
    const integer = catalogue.find((i) => i.domain === 'ECONOMY_TOURISM' && i.valueType === 'INTEGER' && !i.linkedFrom && (i.max ?? 1e9) > 100)!;
    const operations = Array.from({ length: 24 }, (_, n) => {
      if (n % 3 === 0) return sut.gql(CERTIFY, { lao, fy }, { token });
      if (n % 3 === 1) return sut.gql(WITHDRAW, { lao, fy }, { token });
      return save(lao, fy, 'ECONOMY_TOURISM', [{ indicatorCode: integer.code, value: n }], token);
    });
    const results = await Promise.all(operations);
    for (const r of results) expect([undefined, 'CONFLICT']).toContain(codeOf(r));
    // The history is one unbroken chain of transitions ending in the current status.
    const final = await submission(lao, fy, token);
    let status = 'DRAFT';
    for (const h of final.history) {
      expect(h.action === 'CERTIFY' ? status === 'DRAFT' : status === 'LAO_CERTIFIED').toBe(true);
      status = h.action === 'CERTIFY' ? 'LAO_CERTIFIED' : 'DRAFT';
    }
    expect(final.status).toBe(status);
    // Every successful save is the last word at the moment it ran: the stored value is one of them, or the
    // value filled before when no save found a DRAFT.
    const savedValues = results.map((r, n) => (n % 3 === 2 && !r.errors ? n : null)).filter((n) => n !== null);
    const stored = final.sections.find((s) => s.domain === 'ECONOMY_TOURISM')!.values.find((v) => v.indicatorCode === integer.code)!.value;
    expect([...savedValues, demoValueFor(integer)]).toContain(stored);
  });

  it("answers partner tables in a constant number of SQL queries (no N+1), within the caller's scope", async () => {
    const fy = openFy;
    const provinceCode = '94'; // ปัตตานี: this case's only LAOs there
    const laos = [];
    for (let i = 0; i < 12; i++) laos.push(await laoWithOfficial(provinceCode));
    for (const l of laos.slice(0, 3)) await fillAll(l.code, fy, l.token);
    const codes = catalogue.filter((i) => i.valueType === 'INTEGER').slice(0, 10).map((i) => i.code);
    const query = `query($fy: Int!, $codes: [String!]!, $first: Int, $p: String) { infoValues(fiscalYear: $fy, indicatorCodes: $codes, filter: { provinceCode: $p }, first: $first) { totalCount edges { node { laoCode localAuthority { nameTh district { nameTh } } values { indicatorCode value } } } } }`;
    const key = (await make.apiKey()).key;
    const counted = async (first: number) => {
      let queries = 0;
      const logger = sut.db.logger;
      const original = logger.logQuery.bind(logger);
      logger.logQuery = (...args: Parameters<typeof original>) => {
        queries++;
        return original(...args);
      };
      try {
        const res = await sut.gql<{ infoValues: { edges: { node: { laoCode: string; values: { value: unknown }[] } }[] } }>(query, { fy, codes, first, p: provinceCode }, { apiKey: key });
        expect(res.data!.infoValues.edges).toHaveLength(first);
        for (const e of res.data!.infoValues.edges) expect(e.node.values).toHaveLength(10);
        expect(res.data!.infoValues.edges[0]!.node.values.filter((v) => v.value !== null).length).toBeGreaterThan(0);
      } finally {
        logger.logQuery = original;
      }
      return queries;
    };
    await counted(3); // warm-up: the key's first use of the minute also records when it was last used
    const few = await counted(3);
    const many = await counted(12);
    expect(many).toBe(few);
    // key lookup, the key's rate-limit count, page, count, sections, linked values, LAO names: seven, whatever the page size
    expect(many).toBeLessThanOrEqual(7);

    const laoView = await sut.gql<{ infoValues: { totalCount: number } }>(query, { fy, codes, first: 5 }, { token: laos[0]!.token });
    expect(laoView.data!.infoValues.totalCount).toBe(1);
    const provinceView = await sut.gql<{ infoValues: { totalCount: number } }>(query, { fy, codes, first: 5 }, { token: (await make.provinceUser(provinceCode)).token });
    expect(provinceView.data!.infoValues.totalCount).toBe(12);
  });

  it('scores LPA indicator 7 as 5/3/1/0 from status and completeness, per LAO and in the distribution', async () => {
    const fy = openFy;
    // One province where an LAO scores each of 3, 1 and 0; another whose only LAO the province certified (5).
    const [nothing, recorded, certified] = [await laoWithOfficial('93'), await laoWithOfficial('93'), await laoWithOfficial('93')];
    await save(recorded.code, fy, 'DISASTER', fullSection('DISASTER').slice(0, 1), recorded.token);
    await certifyAll(certified.code, fy, certified.token);
    const top = await laoWithOfficial('92');
    await certifyAll(top.code, fy, top.token);
    expect(codeOf(await sut.gql(CERTIFY_PROVINCE, { p: '92', fy }, { token: (await make.provinceUser('92')).token }))).toBeUndefined();

    const key = (await make.apiKey()).key;
    type Lpa = { lpaScores: { edges: { node: { laoCode: string; score: number } }[] }; lpaDistribution: { score: number; count: number }[] };
    const mixed = (await sut.gql<Lpa>(LPA, { fy, p: '93' }, { apiKey: key })).data!;
    expect(Object.fromEntries(mixed.lpaScores.edges.map((e) => [e.node.laoCode, e.node.score]))).toEqual({ [nothing.code]: 0, [recorded.code]: 1, [certified.code]: 3 });
    expect(mixed.lpaDistribution).toEqual([
      { score: 5, count: 0 },
      { score: 3, count: 1 },
      { score: 1, count: 1 },
      { score: 0, count: 1 },
    ]);
    const best = (await sut.gql<Lpa>(LPA, { fy, p: '92' }, { apiKey: key })).data!;
    expect(best.lpaScores.edges.map((e) => e.node.score)).toEqual([5]);
    expect(best.lpaDistribution).toEqual([
      { score: 5, count: 1 },
      { score: 3, count: 0 },
      { score: 1, count: 0 },
      { score: 0, count: 0 },
    ]);
    // An LAO sees only its own.
    expect((await sut.gql<Lpa>(LPA, { fy, p: null }, { token: recorded.token })).data!.lpaDistribution.find((d) => d.score === 1)!.count).toBe(1);
  });
});
