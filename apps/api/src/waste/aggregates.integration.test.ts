import { DISPOSAL_METHODS, type IndicatorValue } from '@lao/domain';
import type { AggregateScope } from '../auth/access-policy.service';
import { seededRandom } from '../demo/info-demo';
import { factories, type Factories, type MadeDisposalSite } from '../testing/factories';
import { type Caller, startTestApp, type TestApp } from '../testing/test-app';
import { FULL_REPORT, WASTE_SECTION_CODES, wasteApi } from '../testing/waste-fixtures';
import { ROLLUP_REFILL_SQL, ROLLUP_TRIGGERS, rollupTriggersSql } from './waste-rollup.sql';
import { type SummaryRow, WasteSummaryRepository } from './waste-summary.repository';

/**
 * issue 15: the Waste summaries read per-LAO figures kept by triggers (waste_lao_figures) in the same transaction
 * as the writes. After a seeded-random burst of section saves, disposal uses, site edits, certifications and returns
 * over two provinces and two years, several at a time, the kept figures give exactly what the live recount gives,
 * for the national and province summaries, several scopes, both certifiedOnly values. The national summary reads the
 * province rollup (waste-rollup.sql.ts), checked against the live recount and against the per-LAO figures; with one of
 * its triggers dropped, it no longer is.
 */
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!) { certifyProvince(module: WASTE, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`;
const RETURN = `mutation($lao: String!, $fy: Int!, $reason: String!) { returnSubmission(module: WASTE, laoCode: $lao, fiscalYear: $fy, reason: $reason) { status } }`;
const SAVE_SITE = `mutation($input: SaveDisposalSiteInput!) { saveDisposalSite(input: $input) { id } }`;

const PROVINCES = ['12', '13'] as const;
const LAOS_PER_PROVINCE = 3;
/** Scales keeping every cross-field rule (all are ratios); a year-to-year move beyond ±50 % is a warning. */
const SCALES = [0.5, 1, 2, 3];

/**
 * Sums as numbers: the rollup adds and subtracts exact numerics, whose scale (trailing zeros) is the largest any
 * delta had, where a recount's is the largest of the rows now.
 */
const numeric = (rows: SummaryRow[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && k !== 'code' && k !== 'name_th' && k !== 'status' ? Number(v) : v])));

interface Official {
  lao: string;
  province: string;
  caller: Caller;
}

describe('Waste summaries: the kept figures equal the live recount after a burst of writes', () => {
  let sut: TestApp;
  let make: Factories;
  let waste: ReturnType<typeof wasteApi>;
  let years: number[];
  let officials: Official[];
  let provinceCallers: Record<string, Caller>;
  let department: Caller;
  let sites: MadeDisposalSite[];
  const random = seededRandom('waste-aggregates');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  /** A section's values: FULL_REPORT scaled, the generated (and collected) waste sometimes off the plausible kg/person. */
  const sectionValues = (section: (typeof WASTE_SECTION_CODES)[number], scale = pick(SCALES), perPerson = pick([1, 1, 1, 4, 0.15])): Record<string, IndicatorValue> => {
    return Object.fromEntries(
      Object.entries(FULL_REPORT[section]).map(([code, value]) => {
        if (typeof value !== 'number') return [code, value];
        const factor = code === 'WC05' || code === 'WC06' ? scale * perPerson : scale;
        return [code, Number.isInteger(value) && code !== 'WC05' && code !== 'WC06' ? Math.round(value * factor) : Math.round(value * factor * 100) / 100];
      }),
    );
  };
  const gql = (query: string, variables: Record<string, unknown>, caller: Caller) => sut.gql(query, variables, caller);
  const moveSite = (site: MadeDisposalSite, method: string = pick(DISPOSAL_METHODS)) =>
    gql(
      SAVE_SITE,
      {
        input: {
          id: site.id,
          operatorLaoCode: site.operatorLaoCode,
          nameTh: site.nameTh,
          method,
          status: 'OPERATING',
          latitude: Math.round((13 + random()) * 1e5) / 1e5,
          longitude: Math.round((100 + random()) * 1e5) / 1e5,
        },
      },
      department,
    );
  const uses = () =>
    sites.filter(() => random() < 0.5).map((s) => ({ siteId: s.id, tonnesPerDay: Math.round(random() * 30) / 100 }));
  const certifyAll = async (province: string, fy: number) => {
    for (const o of officials.filter((x) => x.province === province)) await waste.certify(o.lao, fy, o.caller);
    await gql(CERTIFY_PROVINCE, { p: province, fy }, provinceCallers[province]!);
  };
  const returnReport = (o: Official, fy: number) => gql(RETURN, { lao: o.lao, fy, reason: 'ตรวจสอบตัวเลขอีกครั้ง' }, provinceCallers[o.province]!);

  /** One random write; a refused one (a certified report, a rule) is part of the burst too. */
  const randomWrite = async (): Promise<unknown> => {
    const o = pick(officials);
    const fy = pick(years);
    const kind = random();
    if (kind < 0.4) {
      const section = pick(WASTE_SECTION_CODES);
      return waste.saveSection(o.lao, fy, section, sectionValues(section), o.caller);
    }
    if (kind < 0.55) return waste.saveDisposal(o.lao, fy, uses(), o.caller);
    if (kind < 0.65) return moveSite(pick(sites));
    if (kind < 0.8) return waste.certify(o.lao, fy, o.caller);
    if (kind < 0.88) return certifyAll(o.province, fy);
    return returnReport(o, fy);
  };

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    waste = wasteApi(sut);
    years = [make.fiscalYear(), make.fiscalYear()];
    for (const fy of years) await make.cycle({ module: 'WASTE', fiscalYear: fy });
    officials = [];
    for (const province of PROVINCES) {
      for (let i = 0; i < LAOS_PER_PROVINCE; i++) {
        const lao = await make.lao({ provinceCode: province });
        officials.push({ lao: lao.code, province, caller: { token: (await make.laoUser(lao.code)).token } });
      }
    }
    provinceCallers = Object.fromEntries(await Promise.all(PROVINCES.map(async (p) => [p, { token: (await make.provinceUser(p)).token }] as const)));
    department = { token: (await make.departmentUser()).token };
    sites = [];
    for (const o of officials.slice(0, 3)) sites.push(await make.disposalSite({ operatorLaoCode: o.lao, method: pick(DISPOSAL_METHODS) }));
    sites.push(await make.disposalSite({ operatorLaoCode: officials[4]!.lao, method: 'OPEN_DUMP', latitude: 14.01, longitude: 100.6 }));
  }, 120_000);
  afterAll(() => sut.close());

  it('after section saves, disposal uses, site edits, certifications and returns, several at once', async () => {
    // Every LAO reports both years (the second one's warnings compare with the first), each waste going somewhere.
    for (const fy of years) {
      await Promise.all(
        officials.map(async (o) => {
          const scale = pick(SCALES);
          for (const section of WASTE_SECTION_CODES) await waste.saveSection(o.lao, fy, section, sectionValues(section, scale), o.caller);
          await waste.saveDisposal(o.lao, fy, [{ siteId: pick(sites).id, tonnesPerDay: 0.5 }], o.caller);
        }),
      );
    }
    for (let round = 0; round < 20; round++) await Promise.all([randomWrite(), randomWrite(), randomWrite(), randomWrite()]);
    // A last round in which each kind of write is the last to touch some figures, so that each trigger's work shows
    // in the comparison (a later write recomputes the whole row of its LAO-year).
    const [first, second] = years as [number, number];
    const all = (work: (o: Official) => Promise<unknown>, list = officials) => Promise.all(list.map(work));
    const inProvince = (p: string) => officials.filter((o) => o.province === p);
    for (const fy of years) await all((o) => returnReport(o, fy));
    // Last year's collection is what this year's warnings compare with: the same values both years (collection raised
    // first, so the other sections' households stay within it), then the first year's tripled (every second-year
    // report then moves by more than 50 %).
    const collection = (scale: number) => sectionValues('COLLECTION', scale, 1);
    for (const fy of years) {
      await all(async (o) => {
        for (const [section, values] of [
          ['COLLECTION', collection(3)],
          ['SEPARATION_RECYCLING', sectionValues('SEPARATION_RECYCLING', 1)],
          ['FEES_COSTS', sectionValues('FEES_COSTS', 1)],
          ['COLLECTION', collection(1)],
        ] as const) {
          expect((await waste.saveSection(o.lao, fy, section, values, o.caller)).errors).toBeUndefined();
        }
      });
    }
    await all((o) => waste.saveSection(o.lao, first, 'COLLECTION', collection(3), o.caller));
    // One statement over many LAOs and both years (as a seed writes).
    await sut.db.query(
      `UPDATE catalogue_section SET values = jsonb_set(values, '{WF03}', to_jsonb((values->>'WF03')::numeric + 1000))
        WHERE module = 'WASTE' AND section = 'FEES_COSTS' AND lao_code = ANY($1::bpchar[])`,
      [inProvince('12').map((o) => o.lao)],
    );
    // Disposal in two parts (tonnages no earlier write used); the last LAO sends to a new site, then moved.
    const last = await make.disposalSite({ operatorLaoCode: officials[5]!.lao, method: 'SANITARY_LANDFILL', latitude: 15.5, longitude: 101.5 });
    const twoSites = (o: Official) => [
      { siteId: o === officials[5] ? last.id : sites[0]!.id, tonnesPerDay: 0.77 },
      { siteId: sites[3]!.id, tonnesPerDay: 0.11 },
    ];
    await all((o) => waste.saveDisposal(o.lao, first, twoSites(o), o.caller));
    await all((o) => waste.saveDisposal(o.lao, second, twoSites(o), o.caller), inProvince('12'));
    expect((await moveSite(last, 'OPEN_DUMP')).errors).toBeUndefined();
    // Certified and draft reports side by side.
    await certifyAll('13', first);
    await certifyAll('12', second);
    await waste.certify(officials[0]!.lao, first, officials[0]!.caller);

    const repository = sut.app.get(WasteSummaryRepository);
    const scopes: AggregateScope[] = [{}, { ownProvince: '12' }, { ownProvince: '13' }, { ownLao: officials[1]!.lao }, { ownLao: officials[4]!.lao }, { onlyProvince: '13' }];
    let compared = 0;
    for (const fy of years) {
      for (const scope of scopes) {
        for (const province of [null, ...PROVINCES]) {
          for (const certifiedOnly of [false, true]) {
            const recount = await repository.summary(fy, province, certifiedOnly, scope, 'recount');
            const kept = await repository.summary(fy, province, certifiedOnly, scope, 'maintained');
            expect({ fy, scope, province, certifiedOnly, rows: numeric(kept) }).toEqual({ fy, scope, province, certifiedOnly, rows: numeric(recount) });
            if (!province) expect(numeric(await repository.summary(fy, null, certifiedOnly, scope, 'figures'))).toEqual(numeric(recount));
            compared += recount.filter((r) => r.reporting > 0).length;
          }
        }
      }
    }
    // The comparison was over reported figures, warnings and certified reports, not empty rows.
    const national = await repository.summary(second, null, false, {}, 'recount');
    expect(national.filter((r) => PROVINCES.includes(r.code as '12')).map((r) => r.reporting)).toEqual([LAOS_PER_PROVINCE, LAOS_PER_PROVINCE]);
    expect(compared).toBeGreaterThan(50);
    const statuses: { status: string }[] = await sut.db.query(`SELECT DISTINCT status FROM submission WHERE module = 'WASTE' AND fiscal_year = $1 ORDER BY status`, [first]);
    expect(statuses.map((s) => s.status)).toEqual(expect.arrayContaining(['DRAFT', 'PROVINCE_CERTIFIED']));
    // Population, generated and collected each a third of last year's, in every LAO.
    expect(national.reduce((n, r) => n + r.warnings, 0)).toBe(3 * officials.length);
  }, 300_000);

  /** Whether the national rollup still equals its recount over the per-LAO figures, for every scope compared above. */
  const rollupExact = async (fy: number) => {
    const repository = sut.app.get(WasteSummaryRepository);
    for (const scope of [{}, { ownProvince: '12' }, { ownLao: officials[1]!.lao }, { onlyProvince: '13' }] as AggregateScope[]) {
      for (const certifiedOnly of [false, true]) {
        const recount = numeric(await repository.summary(fy, null, certifiedOnly, scope, 'figures'));
        if (JSON.stringify(numeric(await repository.summary(fy, null, certifiedOnly, scope))) !== JSON.stringify(recount)) return false;
      }
    }
    return true;
  };
  /** Runs a write with one rollup trigger dropped, then puts the trigger back and refills the rollup. */
  const without = async (trigger: string, write: () => Promise<unknown>) => {
    const [, table] = ROLLUP_TRIGGERS.find(([name]) => name === trigger)!;
    await sut.db.query(`DROP TRIGGER ${trigger} ON ${table}`);
    try {
      await write();
      return await rollupExact(years[1]!);
    } finally {
      await sut.db.query(rollupTriggersSql().find((sql) => sql.startsWith(`CREATE TRIGGER ${trigger} `))!);
      await sut.db.transaction(async (m) => {
        for (const sql of ROLLUP_REFILL_SQL) await m.query(sql);
      });
    }
  };

  it('is no longer exact without its triggers on the figures and on submissions', async () => {
    const fy = years[1]!;
    const o = officials.find((x) => x.province === '13')!;
    expect(await rollupExact(fy)).toBe(true);
    const done = async (write: Promise<{ errors?: unknown }>) => expect((await write).errors).toBeUndefined();
    // A draft's fee revenue raised (the cost recovery's numerator), later another's.
    const fees = (revenue: number) => ({ ...sectionValues('FEES_COSTS', 1), WF03: revenue });
    expect(await without('waste_rollup_figures_update', () => done(waste.saveSection(o.lao, fy, 'FEES_COSTS', fees(456_789), o.caller)))).toBe(false);
    // A certification (draft → certified) and a province's return (province-certified → draft).
    expect(await without('waste_rollup_submission_update', () => done(waste.certify(o.lao, fy, o.caller)))).toBe(false);
    const certified = officials.find((x) => x.province === '12')!;
    expect(await without('waste_rollup_submission_update', () => done(returnReport(certified, fy)))).toBe(false);
    // Statements as a seed or a repair writes them: a figures row deleted and put back, a submission deleted and made again.
    const other = officials.filter((x) => x.province === '13')[1]!;
    const key = [other.lao, fy];
    const [row] = await sut.db.query(`SELECT * FROM waste_lao_figures WHERE lao_code = $1 AND fiscal_year = $2`, key);
    const putBack = `INSERT INTO waste_lao_figures SELECT * FROM jsonb_populate_record(NULL::waste_lao_figures, $1)`;
    expect(await without('waste_rollup_figures_delete', () => sut.db.query(`DELETE FROM waste_lao_figures WHERE lao_code = $1 AND fiscal_year = $2`, key))).toBe(false);
    await sut.db.query(putBack, [JSON.stringify(row)]);
    await sut.db.query(`DELETE FROM waste_lao_figures WHERE lao_code = $1 AND fiscal_year = $2`, key);
    expect(await without('waste_rollup_figures_insert', () => sut.db.query(putBack, [JSON.stringify(row)]))).toBe(false);
    // A certified report's submission (a draft's and none count alike in every scope).
    await done(waste.certify(other.lao, fy, other.caller));
    const [submission] = await sut.db.query(`SELECT * FROM submission WHERE module = 'WASTE' AND lao_code = $1 AND fiscal_year = $2`, key);
    const deleteSubmission = `WITH e AS (DELETE FROM submission_event WHERE submission_id = $1) DELETE FROM submission WHERE id = $1`;
    expect(await without('waste_rollup_submission_delete', () => sut.db.query(deleteSubmission, [submission.id]))).toBe(false);
    const insertSubmission = `INSERT INTO submission (module, lao_code, fiscal_year, status) VALUES ('WASTE', $1, $2, 'PROVINCE_CERTIFIED')`;
    expect(await without('waste_rollup_submission_insert', () => sut.db.query(insertSubmission, key))).toBe(false);
    // Each write kept by the triggers: exact again.
    await done(waste.saveSection(certified.lao, fy, 'FEES_COSTS', fees(123_456), certified.caller));
    await done(waste.certify(certified.lao, fy, certified.caller));
    expect(await rollupExact(fy)).toBe(true);
  }, 120_000);
});
