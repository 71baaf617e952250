import { translate } from '@lao/domain';
import { CertifiedModules } from './certified-modules';
import { featureModules, MODULE_FOLDERS, migrationsOf, moduleTables, resolversOf } from '../modules';
import { factories, type Factories } from '../testing/factories';
import { SampleCentresModule } from '../testing/sample-centres/sample-centres.module';
import { SAMPLE_CENTRES_TABLES } from '../testing/sample-centres/sample-centres.tables';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';

/**
 * The module kit, shown with a certified module written for this test (testing/sample-centres: LEC-like
 * child-development centres, records below the LAO's submission): module registry, entry windows, the shared
 * workflow, records and grants.
 */
const SUBMISSION = `query($lao: String!, $fy: Int!) {
  sampleCentres(laoCode: $lao, fiscalYear: $fy) { status complete editable windowOpen opensAt closesAt allowedActions values { indicatorCode value } centres { id nameTh values { indicatorCode value } } }
}`;
const SAVE = `mutation($input: SaveSampleSectionInput!) { saveSampleSection(input: $input) }`;
const ADD = `mutation($input: AddSampleCentreInput!) { addSampleCentre(input: $input) }`;
const SAVE_CENTRE = `mutation($input: SaveSampleCentreInput!) { saveSampleCentre(input: $input) }`;
const CERTIFY = `mutation($lao: String!, $fy: Int!) { certifySampleCentres(laoCode: $lao, fiscalYear: $fy) { status } }`;
const GRANT = `mutation($input: SubjectGrantInput!) { grantSubjectRecording(input: $input) }`;
const REVOKE = `mutation($input: SubjectGrantInput!) { revokeSubjectRecording(input: $input) }`;
const OPEN = `mutation($i: OpenCertificationCycleInput!) { openCertificationCycle(input: $i) { deadline windows { opensAt closesAt } extensions { scopeCode until } } }`;
const EXTEND = `mutation($i: ExtendCertificationCycleInput!) { extendCertificationCycle(input: $i) { extensions { scopeCode until } } }`;
const REMOVE = `mutation($i: RemoveCycleExtensionInput!) { removeCycleExtension(input: $i) { extensions { scopeCode } } }`;

const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Math.floor(Date.now() / 1000) * 1000 + offsetDays * DAY).toISOString();

describe('the module kit (a sample certified module with records below the submission)', () => {
  let sut: TestApp;
  let make: Factories;
  let admin: string;
  let fy: number;

  const overview = (laoCode: string, year: number) => ({ laoCode, fiscalYear: year, section: 'OVERVIEW', values: [{ indicatorCode: 'CD01', value: 125000.5 }] });
  const children = (subjectId: string, year: number) => ({ subjectId, fiscalYear: year, section: 'CHILDREN', values: [{ indicatorCode: 'CD11', value: 14 }, { indicatorCode: 'CD12', value: 12 }] });
  const staff = (subjectId: string, year: number) => ({ subjectId, fiscalYear: year, section: 'STAFF', values: [{ indicatorCode: 'CD21', value: 3 }] });
  const open = (year: number, windows: { opensAt: string; closesAt: string }[], deadline = windows.at(-1)?.closesAt) =>
    sut.gql<{ openCertificationCycle: { deadline: string; windows: { opensAt: string; closesAt: string }[] } }>(OPEN, { i: { module: 'LEC', fiscalYear: year, deadline, windows } }, { token: admin });

  beforeAll(async () => {
    sut = await startTestApp({ extra: { modules: [SampleCentresModule], tables: [SAMPLE_CENTRES_TABLES] } });
    make = factories(sut);
    admin = (await make.departmentUser()).token;
    fy = make.fiscalYear();
    await make.cycle({ module: 'LEC', fiscalYear: fy });
  });
  afterAll(() => sut.close());

  describe('module registry', () => {
    it('finds a module file and a tables file in every listed folder, and every migration once, in timestamp order', () => {
      expect(featureModules()).toHaveLength(MODULE_FOLDERS.length);
      expect(moduleTables()).toHaveLength(MODULE_FOLDERS.length);
      const names = migrationsOf().map((m) => m.name);
      expect(new Set(names).size).toBe(names.length);
      const stamps = names.map((n) => Number(n.slice(-13)));
      expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
      expect(resolversOf().map((r) => r.name)).toEqual(expect.arrayContaining(['InfoResolver', 'EServiceResolver', 'CertificationResolver', 'SubjectsResolver']));
      expect(resolversOf().map((r) => r.name)).not.toContain('SampleCentresResolver');
    });

    it('knows each certified module once, the test module included, and refuses a second registration', () => {
      const modules = sut.app.get(CertifiedModules);
      expect(modules.modules().sort()).toEqual(['ESERVICE', 'INFO', 'LEC', 'WASTE', 'WELFARE']);
      expect(() => modules.register({ module: 'INFO', completeness: async () => ({ complete: true, recordedCount: 0, missing: [] }) })).toThrow('INFO is registered twice');
    });
  });

  describe('records below the submission, and recording granted on one of them', () => {
    it('counts every centre in completeness, lets the granted head record only that centre, and locks all once certified', async () => {
      const lao = await make.lao({ provinceCode: '50' });
      const official = await make.laoUser(lao.code);
      const head = await make.laoUser(lao.code, { LEC: ['VIEW'] }); // a centre head: no recording right of the LAO's own
      const outsider = await make.laoUser((await make.lao({ provinceCode: '50' })).code, { LEC: ['VIEW'] });
      const [a, b] = [
        (await sut.gql<{ addSampleCentre: string }>(ADD, { input: { laoCode: lao.code, fiscalYear: fy, nameTh: 'ศพด. บ้านหนองบัว' } }, { token: official.token })).data!.addSampleCentre,
        (await sut.gql<{ addSampleCentre: string }>(ADD, { input: { laoCode: lao.code, fiscalYear: fy, nameTh: 'ศพด. วัดป่าตึง' } }, { token: official.token })).data!.addSampleCentre,
      ];
      expect((await sut.gql<{ saveSampleSection: boolean }>(SAVE, { input: overview(lao.code, fy) }, { token: official.token })).data!.saveSampleSection).toBe(false);

      const early = await sut.gql(CERTIFY, { lao: lao.code, fy }, { token: official.token });
      expect(codeOf(early)).toBe('INCOMPLETE');
      const missing = early.errors![0]!.extensions.missing as { section: string; labelTh: string; items: { code: string }[] }[];
      expect(missing.map((m) => [m.section, m.labelTh, m.items.map((i) => i.code)])).toEqual(
        expect.arrayContaining([
          [`${a}:CHILDREN`, 'ศพด. บ้านหนองบัว — เด็กเล็ก', ['CD11', 'CD12']],
          [`${a}:STAFF`, 'ศพด. บ้านหนองบัว — บุคลากร', ['CD21']],
          [`${b}:CHILDREN`, 'ศพด. วัดป่าตึง — เด็กเล็ก', ['CD11', 'CD12']],
          [`${b}:STAFF`, 'ศพด. วัดป่าตึง — บุคลากร', ['CD21']],
        ]),
      );
      expect(missing).toHaveLength(4);
      expect(early.errors![0]!.message).toMatch(/^กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล \(ยังไม่ครบ: /);

      // Before a grant the head records nothing; the LAO's own official grants without ADMINISTER neither.
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: children(a, fy) }, { token: head.token }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(GRANT, { input: { module: 'LEC', subjectId: a, username: head.username } }, { token: official.token }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(GRANT, { input: { module: 'LEC', subjectId: a, username: outsider.username } }, { token: admin }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await sut.gql(GRANT, { input: { module: 'INFO', subjectId: a, username: head.username } }, { token: admin }))).toBe('NOT_FOUND');
      expect((await sut.gql<{ grantSubjectRecording: string[] }>(GRANT, { input: { module: 'LEC', subjectId: a, username: head.username } }, { token: admin })).data!.grantSubjectRecording).toEqual([head.username]);

      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: children(a, fy) }, { token: head.token }))).toBeUndefined();
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: staff(a, fy) }, { token: head.token }))).toBeUndefined();
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: children(b, fy) }, { token: head.token }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(SAVE, { input: overview(lao.code, fy) }, { token: head.token }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: children(a, fy) }, { token: outsider.token }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: { ...children(a, fy), values: [{ indicatorCode: 'CD11', value: -2 }] } }, { token: head.token }))).toBe('BAD_USER_INPUT');

      // The LAO's official records the other centre; then the submission is complete and certifies.
      await sut.gql(SAVE_CENTRE, { input: children(b, fy) }, { token: official.token });
      expect((await sut.gql<{ saveSampleCentre: boolean }>(SAVE_CENTRE, { input: staff(b, fy) }, { token: official.token })).data!.saveSampleCentre).toBe(true);
      const read = (await sut.gql<{ sampleCentres: { complete: boolean; centres: { id: string; values: { indicatorCode: string; value: unknown }[] }[] } }>(SUBMISSION, { lao: lao.code, fy }, { token: official.token })).data!.sampleCentres;
      expect(read.complete).toBe(true);
      expect(read.centres.find((c) => c.id === a)!.values).toEqual(expect.arrayContaining([{ indicatorCode: 'CD11', value: 14 }, { indicatorCode: 'CD21', value: 3 }]));
      expect((await sut.gql<{ certifySampleCentres: { status: string } }>(CERTIFY, { lao: lao.code, fy }, { token: official.token })).data!.certifySampleCentres.status).toBe('LAO_CERTIFIED');
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: staff(a, fy) }, { token: head.token }))).toBe('CONFLICT');
      expect(codeOf(await sut.gql(ADD, { input: { laoCode: lao.code, fiscalYear: fy, nameTh: 'ศพด. ใหม่' } }, { token: official.token }))).toBe('CONFLICT');

      // A revoked grant records nothing again.
      expect((await sut.gql<{ revokeSubjectRecording: string[] }>(REVOKE, { input: { module: 'LEC', subjectId: a, username: head.username } }, { token: admin })).data!.revokeSubjectRecording).toEqual([]);
      expect(codeOf(await sut.gql(REVOKE, { input: { module: 'LEC', subjectId: a, username: head.username } }, { token: admin }))).toBe('NOT_FOUND');
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: staff(a, fy) }, { token: head.token }))).toBe('FORBIDDEN');
    });

    it('refuses unknown or malformed records, and API keys writing them', async () => {
      const key = (await make.apiKey()).key;
      const { token } = await make.laoUser((await make.lao()).code);
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: children('not-a-uuid', fy) }, { token }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: children('7d0a4c1e-0000-4000-8000-000000000000', fy) }, { token }))).toBe('NOT_FOUND');
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: children('7d0a4c1e-0000-4000-8000-000000000000', fy) }, { apiKey: key }))).toBe('FORBIDDEN');
      expect(codeOf(await sut.gql(SAVE_CENTRE, { input: children('7d0a4c1e-0000-4000-8000-000000000000', 40000) }, { token }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('entry windows', () => {
    it('holds several windows a year: closed between them (reads still work), open inside; extensions lengthen only the last', async () => {
      const year = fy + 1; // this case's own cycle
      const lao = await make.lao({ provinceCode: '51' });
      const official = await make.laoUser(lao.code);
      const first = { opensAt: iso(-40), closesAt: iso(-10) };
      const second = { opensAt: iso(5), closesAt: iso(35) };
      const cycle = await open(year, [second, first], second.closesAt);
      expect(cycle.errors).toBeUndefined();
      expect(cycle.data!.openCertificationCycle).toEqual({ deadline: second.closesAt, windows: [first, second], extensions: [] });

      const closed = await sut.gql(SAVE, { input: overview(lao.code, year) }, { token: official.token, lang: 'en' });
      expect(codeOf(closed)).toBe('WINDOW_CLOSED');
      expect(closed.errors![0]!.message).toMatch(/^Recording for fiscal year \d{4} opens on /);
      expect(closed.errors![0]!.extensions.opensAt).toBe(second.opensAt);
      const read = await sut.gql<{ sampleCentres: Record<string, unknown> }>(SUBMISSION, { lao: lao.code, fy: year }, { token: official.token });
      expect(read.data!.sampleCentres).toMatchObject({ windowOpen: false, editable: false, opensAt: second.opensAt, closesAt: second.closesAt, allowedActions: [] });
      // The province and the department act outside the windows.
      expect(codeOf(await sut.gql(SAVE, { input: overview(lao.code, year) }, { token: admin }))).toBeUndefined();

      // Now a window is open: the LAO records until its close.
      const current = { opensAt: iso(-2), closesAt: iso(3) };
      expect(codeOf(await open(year, [first, current, second]))).toBeUndefined();
      expect(codeOf(await sut.gql(SAVE, { input: overview(lao.code, year) }, { token: official.token }))).toBeUndefined();
      expect((await sut.gql<{ sampleCentres: Record<string, unknown> }>(SUBMISSION, { lao: lao.code, fy: year }, { token: official.token })).data!.sampleCentres).toMatchObject({
        windowOpen: true,
        editable: true,
        opensAt: current.opensAt,
        closesAt: current.closesAt,
      });

      // An extension for the LAO lengthens the last window only, and can be taken back.
      const until = iso(50);
      expect((await sut.gql<{ extendCertificationCycle: unknown }>(EXTEND, { i: { module: 'LEC', fiscalYear: year, scopeCode: lao.code, until } }, { token: admin })).data!.extendCertificationCycle).toEqual({
        extensions: [{ scopeCode: lao.code, until }],
      });
      expect((await sut.gql<{ sampleCentres: { closesAt: string } }>(SUBMISSION, { lao: lao.code, fy: year }, { token: official.token })).data!.sampleCentres.closesAt).toBe(current.closesAt);
      expect((await sut.gql<{ removeCycleExtension: unknown }>(REMOVE, { i: { module: 'LEC', fiscalYear: year, scopeCode: lao.code } }, { token: admin })).data!.removeCycleExtension).toEqual({ extensions: [] });
      expect(codeOf(await sut.gql(REMOVE, { i: { module: 'LEC', fiscalYear: year, scopeCode: lao.code } }, { token: admin }))).toBe('NOT_FOUND');
    });

    it('opens past the last window only for an LAO with an extension', async () => {
      const year = fy - 1; // this case's own cycle
      const [late, onTime] = [await make.lao({ provinceCode: '52' }), await make.lao({ provinceCode: '52' })];
      const [lateOfficial, onTimeOfficial] = [await make.laoUser(late.code), await make.laoUser(onTime.code)];
      expect(codeOf(await open(year, [{ opensAt: iso(-30), closesAt: iso(-1) }]))).toBeUndefined();
      expect(codeOf(await sut.gql(EXTEND, { i: { module: 'LEC', fiscalYear: year, scopeCode: late.code, until: iso(7) } }, { token: admin }))).toBeUndefined();
      expect(codeOf(await sut.gql(SAVE, { input: overview(late.code, year) }, { token: lateOfficial.token }))).toBeUndefined();
      expect(codeOf(await sut.gql(SAVE, { input: overview(onTime.code, year) }, { token: onTimeOfficial.token }))).toBe('WINDOW_CLOSED');
    });

    it.each([
      ['windows that overlap', () => [{ opensAt: iso(-10), closesAt: iso(10) }, { opensAt: iso(5), closesAt: iso(20) }], undefined, 'window.overlap'],
      ['a window closing before it opens', () => [{ opensAt: iso(10), closesAt: iso(5) }], undefined, 'window.closesBeforeOpens'],
      ['a window years away from its fiscal year', () => [{ opensAt: iso(1200), closesAt: iso(1220) }], undefined, 'window.outsideFiscalYear'],
      ['a deadline that is not the last close', () => [{ opensAt: iso(-10), closesAt: iso(10) }], iso(11), 'window.deadlineMismatch'],
      ['no window at all', () => [], iso(11), 'window.none'],
    ] as const)('refuses %s as BAD_USER_INPUT, changing nothing', async (_name, windows, deadline, message) => {
      const year = fy + 1;
      const before = await sut.db.query(`SELECT opens_at, closes_at FROM certification_window WHERE module = 'LEC' AND fiscal_year = $1 ORDER BY 1`, [year]);
      const res = await open(year, windows(), deadline ?? windows().at(-1)?.closesAt);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toBe(translate(message, 'th'));
      expect(await sut.db.query(`SELECT opens_at, closes_at FROM certification_window WHERE module = 'LEC' AND fiscal_year = $1 ORDER BY 1`, [year])).toEqual(before);
    });

    it('refuses an extension before the deadline, more than a year after it, or for an unknown LAO', async () => {
      const year = fy - 1;
      const lao = await make.lao({ provinceCode: '53' });
      const deadline = (await sut.gql<{ certificationCycle: { deadline: string } }>(`query($fy: Int!) { certificationCycle(module: LEC, fiscalYear: $fy) { deadline } }`, { fy: year }, { token: admin })).data!.certificationCycle.deadline;
      const extend = (scopeCode: string, until: string) => sut.gql(EXTEND, { i: { module: 'LEC', fiscalYear: year, scopeCode, until } }, { token: admin, lang: 'en' });
      const early = await extend(lao.code, new Date(new Date(deadline).getTime() - DAY).toISOString());
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      expect(early.errors![0]!.message).toBe('An extension ends after the deadline it extends');
      const late = await extend(lao.code, new Date(new Date(deadline).getTime() + 400 * DAY).toISOString());
      expect(late.errors![0]!.message).toBe('An extension ends at most a year after the deadline');
      expect(codeOf(await extend('5999999', iso(5)))).toBe('BAD_USER_INPUT');
      expect(codeOf(await sut.gql(EXTEND, { i: { module: 'LEC', fiscalYear: fy + 2, scopeCode: lao.code, until: iso(5) } }, { token: admin }))).toBe('BAD_USER_INPUT');
    });
  });
});
