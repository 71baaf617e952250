import { DISPOSAL_METHODS, type IndicatorValue } from '@lao/domain';
import type { AggregateScope } from '../auth/access-policy.service';
import { seededRandom } from '../demo/info-demo';
import { factories, type Factories, type MadeDisposalSite } from '../testing/factories';
import { type Caller, startTestApp, type TestApp } from '../testing/test-app';
import { FULL_REPORT, WASTE_SECTION_CODES, wasteApi } from '../testing/waste-fixtures';
import { WasteSummaryRepository } from './waste-summary.repository';

/**
 * issue 15: the Waste summaries read per-LAO figures kept by triggers (waste_lao_figures) in the same transaction
 * as the writes. After a seeded-random burst of section saves, disposal uses, site edits, certifications and returns
 * over two provinces and two years, several at a time, the kept figures give exactly what the live recount gives,
 * for the national and province summaries, several scopes, both certifiedOnly values.
 */
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!) { certifyProvince(module: WASTE, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`;
const RETURN = `mutation($lao: String!, $fy: Int!, $reason: String!) { returnSubmission(module: WASTE, laoCode: $lao, fiscalYear: $fy, reason: $reason) { status } }`;
const SAVE_SITE = `mutation($input: SaveDisposalSiteInput!) { saveDisposalSite(input: $input) { id } }`;

const PROVINCES = ['12', '13'] as const;
const LAOS_PER_PROVINCE = 3;
/** Scales keeping every cross-field rule (all are ratios); a year-to-year move beyond ±50 % is a warning. */
const SCALES = [0.5, 1, 2, 3];

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
            expect({ fy, scope, province, certifiedOnly, rows: kept }).toEqual({ fy, scope, province, certifiedOnly, rows: recount });
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
});
