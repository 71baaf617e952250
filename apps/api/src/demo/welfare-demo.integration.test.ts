import { ageOn, bangkokToday, ELDERLY_TIER_AMOUNTS, fiscalYearOf, isValidThaiNationalId, monthlyAmount, registerBeneficiarySchema } from '@lao/domain';
import { thaiGeography } from '../registry/thai-geography';
import { factories, type Factories } from '../testing/factories';
import { startTestApp, type TestApp } from '../testing/test-app';
import { fiscalMonthOf } from '../testing/welfare-fixtures';
import { WelfareSummaryRepository } from '../welfare/welfare-summary.repository';
import { generateLaos, type GeneratedLao } from './lao-generator';
import { seedWelfareDemo, type WelfareDemoSummary, welfareDemoPlan } from './welfare-demo';

/** Phuket: 20 LAOs of every kind but Bangkok's, about 28,000 enrolments: seeded in a few seconds. */
const PROVINCE = '83';
const FIGURES = 'code nameTh elderly disabled aids elderlyByTier { monthlyAmount count } monthlyTotal yearlyBudget';

interface PersonRow {
  lao_code: string;
  district_code: string;
  allowance_type: 'ELDERLY' | 'DISABILITY' | 'AIDS';
  status: string;
  registered_on: string;
  ended_on: string | null;
  end_reason: string | null;
  payment_method: 'BANK_TRANSFER' | 'CASH' | 'PROXY';
  bank_account: string | null;
  address: { houseNo: string; villageNo: number | null; street: string | null; subdistrictCode: string };
  phone: string | null;
  disability_card_no: string | null;
  person_id: string;
  national_id: string;
  title: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  sex: 'MALE' | 'FEMALE';
}

interface TierRow {
  lao_code: string;
  fiscal_year: number;
  allowance_type: string;
  monthly_amount: number;
  count: number;
  yearly_amount: string;
}

describe('Welfare demo seed: the allowance registry of a province, set-based (empty database)', () => {
  let sut: TestApp;
  let make: Factories;
  let laos: GeneratedLao[];
  let summary: WelfareDemoSummary;
  let rows: PersonRow[];
  let seedMs: number;
  const now = new Date();
  const today = bangkokToday(now);
  const openYear = fiscalYearOf(now);

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    const geography = await thaiGeography();
    laos = generateLaos(geography).filter((l) => l.provinceCode === PROVINCE);
    const started = Date.now();
    summary = await sut.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO local_authority (code, name_th, name_en, type, province_code, district_code, updated_by)
         SELECT code, name_th, name_en, type, province_code, district_code, 'test'
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(code, name_th, name_en, type, province_code, district_code)`,
        [laos.map((l) => l.code), laos.map((l) => l.nameTh), laos.map((l) => l.nameEn), laos.map((l) => l.type), laos.map((l) => l.provinceCode), laos.map((l) => l.districtCode)],
      );
      return seedWelfareDemo(manager, laos, now, { provinceCodes: [PROVINCE], geography });
    });
    seedMs = Date.now() - started;
    rows = await sut.db.query(
      `SELECT b.lao_code, l.district_code, b.allowance_type, b.status, to_char(b.registered_on, 'YYYY-MM-DD') AS registered_on,
              to_char(b.ended_on, 'YYYY-MM-DD') AS ended_on, b.end_reason, b.payment_method, b.bank_account, b.address, b.phone, b.disability_card_no,
              p.id AS person_id, p.national_id, p.title, p.first_name, p.last_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.sex
         FROM welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id JOIN local_authority l ON l.code = b.lao_code`,
    );
  }, 120_000);
  afterAll(() => sut.close());

  it('seeds every LAO but the PAO, in seconds, and says what it wrote', async () => {
    const [{ people, enrolments }] = (await sut.db.query(
      `SELECT (SELECT count(*) FROM welfare_person)::int AS people, (SELECT count(*) FROM welfare_beneficiary)::int AS enrolments`,
    )) as [{ people: number; enrolments: number }];
    expect(summary).toEqual({ people, enrolments, provinces: [PROVINCE] });
    expect(enrolments).toBeGreaterThan(20_000);
    expect(new Set(rows.map((r) => r.lao_code))).toEqual(new Set(laos.filter((l) => l.type !== 'PAO').map((l) => l.code)));
    // About 30,000 rows per table: 2–5 s on an idle machine of two cores; the bound is for a loaded one.
    expect(seedMs).toBeLessThan(60_000);
  });

  it('gives every person a valid national ID of their own, once, and never two live enrolments of one type', async () => {
    const ids: { national_id: string }[] = await sut.db.query(`SELECT national_id FROM welfare_person`);
    expect(ids.filter((r) => !isValidThaiNationalId(r.national_id))).toEqual([]);
    expect(new Set(ids.map((r) => r.national_id)).size).toBe(ids.length);
    const [{ doubled }] = (await sut.db.query(
      `SELECT count(*)::int AS doubled FROM (SELECT 1 FROM welfare_beneficiary WHERE status <> 'ENDED' GROUP BY person_id, allowance_type HAVING count(*) > 1) d`,
    )) as [{ doubled: number }];
    expect(doubled).toBe(0);
    // A few of the elderly also draw the disability allowance: one person, one home and account, two enrolments.
    const elderly = new Set(rows.filter((r) => r.allowance_type === 'ELDERLY').map((r) => r.person_id));
    const both = rows.filter((r) => r.allowance_type === 'DISABILITY' && elderly.has(r.person_id));
    expect(both.length).toBeGreaterThan(20);
  });

  it('holds only what a registration through the API would accept (dates before today, in order; IDs, accounts, phones, cards)', () => {
    const schema = registerBeneficiarySchema(today);
    const refused = rows.filter((r) => {
      const input = {
        laoCode: r.lao_code,
        nationalId: r.national_id,
        title: r.title,
        firstName: r.first_name,
        lastName: r.last_name,
        birthDate: r.birth_date,
        sex: r.sex,
        address: r.address,
        phone: r.phone,
        allowanceType: r.allowance_type,
        registeredOn: r.registered_on,
        paymentMethod: r.payment_method,
        bankAccount: r.bank_account,
        disabilityCardNo: r.disability_card_no,
      };
      return !schema.safeParse(input).success;
    });
    expect(refused.slice(0, 3)).toEqual([]);
    expect(rows.every((r) => r.registered_on < today && (r.ended_on === null || (r.ended_on > r.registered_on && r.ended_on <= today)))).toBe(true);
    const share = (predicate: (r: PersonRow) => boolean) => rows.filter(predicate).length / rows.length;
    expect(share((r) => r.status === 'ENDED')).toBeCloseTo(0.03, 2);
    expect(share((r) => r.status === 'SUSPENDED')).toBeCloseTo(0.01, 2);
    expect(share((r) => r.payment_method === 'BANK_TRANSFER')).toBeCloseTo(0.75, 1);
    expect(share((r) => r.payment_method === 'CASH')).toBeCloseTo(0.2, 1);
    expect(share((r) => r.phone !== null)).toBeCloseTo(0.7, 1);
    expect(rows.filter((r) => r.allowance_type === 'DISABILITY').every((r) => r.disability_card_no)).toBe(true);
    expect(new Set(rows.filter((r) => r.status === 'ENDED').map((r) => r.end_reason))).toEqual(new Set(['DIED', 'MOVED', 'WAIVED', 'INELIGIBLE', 'OTHER']));
  });

  it('has elderly recipients of about 15 % of each LAO’s population (INFO’s), in the national age pyramid', async () => {
    const plans = welfareDemoPlan(laos, await thaiGeography(), openYear);
    const elderly = rows.filter((r) => r.allowance_type === 'ELDERLY' && r.status !== 'ENDED' && ageOn(r.birth_date, today) >= 60);
    // Each LAO's share is drawn in 14.25–15.75 %; the enrolments that ended (3 %, by hash) move the smallest LAO's
    // (3,000 people) by at most about 0.4 points, three standard deviations.
    const shares = plans.map((p) => elderly.filter((r) => r.lao_code === p.code).length / p.population);
    expect(shares.filter((s) => s < 0.138 || s > 0.162)).toEqual([]);
    expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeCloseTo(0.15, 2);

    const ages = elderly.map((r) => ageOn(r.birth_date, today));
    const band = (from: number, to: number) => ages.filter((a) => a >= from && a <= to).length / ages.length;
    // About 5,000 people: a share moves by less than a point by chance.
    expect(Math.abs(band(60, 69) - 0.55)).toBeLessThan(0.02);
    expect(Math.abs(band(70, 79) - 0.3)).toBeLessThan(0.02);
    expect(Math.abs(band(80, 89) - 0.12)).toBeLessThan(0.015);
    expect(Math.abs(band(90, 200) - 0.03)).toBeLessThan(0.01);

    // Registered ahead, turning 60 in the coming months; the disabled of every age; people with AIDS 25–65.
    expect(rows.filter((r) => r.allowance_type === 'ELDERLY' && ageOn(r.birth_date, today) === 59 && r.status === 'ACTIVE').length).toBeGreaterThanOrEqual(laos.length - 1);
    const disabledAges = rows.filter((r) => r.allowance_type === 'DISABILITY').map((r) => ageOn(r.birth_date, today));
    expect(disabledAges.filter((a) => a < 18).length / disabledAges.length).toBeGreaterThan(0.08);
    expect(rows.filter((r) => r.allowance_type === 'AIDS').every((r) => ageOn(r.birth_date, today) >= 25 && ageOn(r.birth_date, today) <= 65)).toBe(true);
    expect(plans.every((p) => p.aids >= 1)).toBe(true);
  });

  it('gives every address a subdistrict of the LAO’s district, most in the LAO’s own', async () => {
    const districts = new Map((await thaiGeography()).flatMap((p) => p.districts.map((d) => [d.code, new Set(d.subdistricts.map((s) => s.code))] as const)));
    expect(rows.filter((r) => !districts.get(r.district_code)?.has(r.address.subdistrictCode))).toEqual([]);
    expect(rows.every((r) => r.address.villageNo !== null && r.address.villageNo >= 1 && r.address.villageNo <= 20)).toBe(true);
  });

  it('writes each enrolment’s history: registered, then suspended (an open suspension) or ended', async () => {
    const [counts] = (await sut.db.query(
      `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM welfare_event e WHERE e.beneficiary_id = b.id AND e.kind = 'REGISTERED' AND e.effective_on = b.registered_on))::int AS unregistered,
              count(*) FILTER (WHERE b.status = 'ENDED' AND NOT EXISTS (SELECT 1 FROM welfare_event e WHERE e.beneficiary_id = b.id AND e.kind = 'ENDED' AND e.effective_on = b.ended_on))::int AS unended,
              count(*) FILTER (WHERE b.status = 'SUSPENDED' AND NOT EXISTS (SELECT 1 FROM welfare_suspension s JOIN welfare_event e ON e.beneficiary_id = s.beneficiary_id AND e.kind = 'SUSPENDED' AND e.effective_on = s.from_date
                                                                             WHERE s.beneficiary_id = b.id AND s.until_date IS NULL AND s.from_date > b.registered_on))::int AS unsuspended,
              (SELECT count(*) FROM welfare_event)::int - count(*)::int - count(*) FILTER (WHERE b.status <> 'ACTIVE')::int AS extra,
              count(*) FILTER (WHERE (SELECT max(e.at) FROM welfare_event e WHERE e.beneficiary_id = b.id) <> b.updated_at)::int AS stale
         FROM welfare_beneficiary b`,
    )) as [Record<string, number>];
    expect(counts).toEqual({ unregistered: 0, unended: 0, unsuspended: 0, extra: 0, stale: 0 });
  });

  it('pays the current month at the tiers’ amounts (welfarePaymentList as the LAO’s official)', async () => {
    const [{ lao_code: code }] = (await sut.db.query(
      `SELECT lao_code FROM welfare_beneficiary GROUP BY lao_code ORDER BY count(*) DESC, lao_code LIMIT 1`,
    )) as [{ lao_code: string }];
    const { fiscalYear, month } = fiscalMonthOf(today);
    const res = await sut.gql<{ welfarePaymentList: { monthStart: string; count: number; total: number; rows: { amount: number; beneficiary: { id: string; allowanceType: string } }[] } }>(
      `query($lao: String!, $fy: Int!, $month: Int!) { welfarePaymentList(laoCode: $lao, fiscalYear: $fy, month: $month) { monthStart count total rows { amount beneficiary { id allowanceType } } } }`,
      { lao: code, fy: fiscalYear, month },
      { token: (await make.laoUser(code)).token },
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.welfarePaymentList;
    expect(list.count).toBeGreaterThan(1000);
    expect(list.rows).toHaveLength(list.count);
    expect(list.total).toBe(list.rows.reduce((sum, r) => sum + r.amount, 0));
    const births = new Map(
      ((await sut.db.query(`SELECT b.id, to_char(p.birth_date, 'YYYY-MM-DD') AS birth FROM welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id WHERE b.lao_code = $1`, [
        code,
      ])) as { id: string; birth: string }[]).map((r) => [r.id, r.birth]),
    );
    const wrong = list.rows.filter((r) => r.amount !== monthlyAmount(r.beneficiary.allowanceType as 'ELDERLY', births.get(r.beneficiary.id)!, list.monthStart));
    expect(wrong).toEqual([]);
    const elderlyAmounts = new Set(list.rows.filter((r) => r.beneficiary.allowanceType === 'ELDERLY').map((r) => r.amount));
    expect([...elderlyAmounts].sort((a, b) => a - b)).toEqual(ELDERLY_TIER_AMOUNTS);
    // Everyone live and due is on the list: the suspended, the ended and the not-yet-60 are not.
    const live = rows.filter((r) => r.lao_code === code && r.status === 'ACTIVE' && r.registered_on < list.monthStart);
    expect(list.count).toBeLessThanOrEqual(live.length);
    expect(list.count).toBeGreaterThan(live.length * 0.95);
  });

  it('certifies the past years by the province with their frozen figures, and mixes the open year', async () => {
    const submissions: { lao_code: string; fiscal_year: number; status: string; complete: boolean; recorded_count: number; events: string[] }[] = await sut.db.query(
      `SELECT s.lao_code, s.fiscal_year, s.status, s.complete, s.recorded_count, array(SELECT e.action FROM submission_event e WHERE e.submission_id = s.id ORDER BY e.id) AS events
         FROM submission s WHERE s.module = 'WELFARE' ORDER BY s.fiscal_year, s.lao_code`,
    );
    const past = submissions.filter((s) => s.fiscal_year < openYear);
    expect(new Set(past.map((s) => s.fiscal_year))).toEqual(new Set([openYear - 3, openYear - 2, openYear - 1]));
    expect(past).toHaveLength(3 * laos.length);
    expect(past.every((s) => s.status === 'PROVINCE_CERTIFIED' && s.complete && s.events.join() === 'CERTIFY,CERTIFY_PROVINCE')).toBe(true);
    const open = submissions.filter((s) => s.fiscal_year === openYear);
    expect(new Set(open.map((s) => s.status))).toEqual(new Set(['DRAFT', 'LAO_CERTIFIED']));
    expect(open.length).toBeLessThan(laos.length);

    // Every certified year's snapshot is what the API's own statement computes for it (its certification freezes that).
    const snapshots: TierRow[] = await sut.db.query(`SELECT lao_code, fiscal_year, allowance_type, monthly_amount, count, yearly_amount::text FROM welfare_snapshot`);
    const repository = sut.app.get(WelfareSummaryRepository);
    const key = (r: { lao_code: string; allowance_type: string; monthly_amount: number; count: number; yearly_amount: string | number }) =>
      `${r.lao_code}/${r.allowance_type}/${r.monthly_amount}:${r.count}:${r.yearly_amount}`;
    let compared = 0;
    for (const fiscalYear of new Set(submissions.map((s) => s.fiscal_year))) {
      const ofYear = submissions.filter((s) => s.fiscal_year === fiscalYear);
      const live = await repository.live(sut.db.manager, ofYear.map((s) => s.lao_code), fiscalYear, today);
      for (const s of ofYear) {
        const liveRows = live.filter((r) => r.lao_code === s.lao_code);
        // A DRAFT stores what the workflow stores for Welfare: complete, and who is paid in the reference month.
        expect([s.lao_code, s.complete, s.recorded_count]).toEqual([s.lao_code, true, liveRows.reduce((n, r) => n + r.count, 0)]);
        if (s.status === 'DRAFT') continue;
        const frozen = snapshots.filter((r) => r.lao_code === s.lao_code && r.fiscal_year === fiscalYear);
        expect(frozen.map(key).sort()).toEqual(liveRows.map(key).sort());
        compared += frozen.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('answers the past year’s welfareSummary from the snapshot: figures by tier, the month’s total, the year’s budget', async () => {
    const fy = openYear - 1;
    const res = await sut.gql<{ welfareSummary: Record<string, unknown>[] }>(
      `query($fy: Int!, $p: String) { welfareSummary(fiscalYear: $fy, provinceCode: $p) { ${FIGURES} } }`,
      { fy, p: PROVINCE },
      { token: (await make.provinceUser(PROVINCE)).token },
    );
    expect(res.errors).toBeUndefined();
    const snapshots: TierRow[] = await sut.db.query(`SELECT lao_code, allowance_type, monthly_amount, count, yearly_amount FROM welfare_snapshot WHERE fiscal_year = $1`, [fy]);
    const expected = laos.map((l) => {
      const tiers = snapshots.filter((r) => r.lao_code === l.code);
      const count = (type: string) => tiers.filter((t) => t.allowance_type === type && t.monthly_amount > 0).reduce((n, t) => n + t.count, 0);
      return {
        code: l.code,
        nameTh: l.nameTh,
        elderly: count('ELDERLY'),
        disabled: count('DISABILITY'),
        aids: count('AIDS'),
        elderlyByTier: ELDERLY_TIER_AMOUNTS.map((amount) => ({
          monthlyAmount: amount,
          count: tiers.filter((t) => t.allowance_type === 'ELDERLY' && t.monthly_amount === amount).reduce((n, t) => n + t.count, 0),
        })),
        monthlyTotal: tiers.reduce((sum, t) => sum + t.count * t.monthly_amount, 0),
        yearlyBudget: tiers.reduce((sum, t) => sum + Number(t.yearly_amount), 0),
      };
    });
    expect(res.data!.welfareSummary).toEqual(expected.sort((a, b) => a.code.localeCompare(b.code)));
    const pao = expected.find((e) => laos.find((l) => l.code === e.code)!.type === 'PAO')!;
    expect([pao.elderly, pao.yearlyBudget]).toEqual([0, 0]);
    expect(expected.filter((e) => e.elderly > 0).length).toBe(laos.length - 1);
  });

  it('rebuilds the maintained figures once at its end (no trigger row by row): the summaries read them, equal to the live arithmetic', async () => {
    const repository = sut.app.get(WelfareSummaryRepository);
    const years: { fiscal_year: number }[] = await sut.db.query(`SELECT fiscal_year FROM welfare_figure_year ORDER BY 1`);
    expect(years.map((y) => y.fiscal_year)).toEqual(expect.arrayContaining([openYear - 1, openYear, openYear + 1]));
    const totals = (rows: { code: string; allowance_type: string; monthly_amount: number; count: number; yearly_amount: string }[]) => {
      const m = new Map<string, number>();
      const add = (k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
      for (const r of rows) {
        add(`${r.code}/${r.allowance_type}/${r.monthly_amount}`, r.count);
        add(`${r.code}/${r.allowance_type}/budget`, Number(r.yearly_amount));
      }
      return Object.fromEntries([...m].filter(([, v]) => v !== 0).sort());
    };
    for (const fy of [openYear - 1, openYear, openYear + 1]) {
      const maintained = totals(await repository.grouped(fy, PROVINCE, {}, today));
      expect(Object.keys(maintained).length).toBeGreaterThan(20);
      expect(maintained).toEqual(totals(await repository.grouped(fy, PROVINCE, {}, today, 'live')));
    }
  });
});
