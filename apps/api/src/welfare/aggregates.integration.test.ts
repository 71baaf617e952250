import { bangkokToday, fiscalMonthStart, fiscalYearOf } from '@lao/domain';
import { factories } from '../testing/factories';
import { startTestApp, type TestApp } from '../testing/test-app';
import { monthDay, newNationalId, welfareApi, yearsBefore } from '../testing/welfare-fixtures';
import { WelfareSummaryRepository } from './welfare-summary.repository';

/** A fixed pseudo-random draw (the same every run). */
function draw(seed: number) {
  return (n: number) => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return (seed >>> 8) % n;
  };
}

/**
 * The maintained figures (welfare_month_figure, welfare_year_figure) after a random burst of registry writes through
 * the API, compared with the live arithmetic (the recount) for every LAO, horizon year and month.
 */
describe('Welfare maintained figures equal the live recount after a burst of writes (factories on an empty database)', () => {
  let sut: TestApp;
  let laoCodes: string[];
  const openYear = fiscalYearOf(new Date());
  const years = [openYear - 1, openYear, openYear + 1];

  /** Differences between the maintained figures and the recount, as readable lines (none: equal). */
  async function differences(): Promise<string[]> {
    const live = sut.app.get(WelfareSummaryRepository);
    const out: string[] = [];
    for (const fy of years) {
      const kept = new Map<string, number>();
      const rows: { k: string; v: string }[] = await sut.db.query(
        `SELECT fiscal_month || '/' || lao_code || '/' || allowance_type || '/' || monthly_amount AS k, count::text AS v FROM welfare_month_figure WHERE fiscal_year = $1 AND count <> 0
         UNION ALL SELECT 'year/' || lao_code || '/' || allowance_type, yearly_amount::text FROM welfare_year_figure WHERE fiscal_year = $1 AND yearly_amount <> 0`,
        [fy],
      );
      for (const r of rows) kept.set(r.k, Number(r.v));
      const recount = new Map<string, number>();
      for (let month = 1; month <= 12; month++) {
        // The live figures depend on the day only through the reference month: any day of that month.
        for (const r of await live.live(sut.db.manager, laoCodes, fy, fiscalMonthStart(fy, month))) {
          if (r.count > 0) recount.set(`${month}/${r.lao_code}/${r.allowance_type}/${r.monthly_amount}`, r.count);
          if (month === 1) {
            const key = `year/${r.lao_code}/${r.allowance_type}`;
            recount.set(key, (recount.get(key) ?? 0) + Number(r.yearly_amount));
          }
        }
      }
      for (const [k, v] of recount) if (v !== 0 && kept.get(k) !== v) out.push(`${fy} ${k}: kept ${kept.get(k)} recount ${v}`);
      for (const [k, v] of kept) if (!recount.has(k)) out.push(`${fy} ${k}: kept ${v} recount 0`);
    }
    return out;
  }

  beforeAll(async () => {
    sut = await startTestApp();
    const make = factories(sut);
    const welfare = welfareApi(sut);
    const laos = [await make.lao({ provinceCode: '34' }), await make.lao({ provinceCode: '34' }), await make.lao()];
    laoCodes = laos.map((l) => l.code);
    const tokens = await Promise.all(laoCodes.map(async (c) => (await make.laoUser(c)).token));
    const province = await make.provinceUser('34');
    await make.cycle({ module: 'WELFARE', fiscalYear: openYear });
    const next = draw(20_261_202);
    const live: { id: string; lao: number; nationalId: string; status: string }[] = [];
    const register = async (lao: number, change: Record<string, unknown> = {}) => {
      const nationalId = (change.nationalId as string) ?? newNationalId();
      const type = change.allowanceType ?? (['ELDERLY', 'ELDERLY', 'DISABILITY', 'AIDS'] as const)[next(4)];
      // Birthdays around every tier's edge in the horizon, registrations from a year back to next month.
      const age = type === 'ELDERLY' ? [59, 60, 69, 70, 79, 80, 89, 90][next(8)]! : [17, 18, 40][next(3)]!;
      const input = await welfare.input(laoCodes[lao]!, {
        nationalId,
        allowanceType: type as 'ELDERLY',
        birthDate: yearsBefore(monthDay(next(30) - 15, 1 + next(28)), age),
        registeredOn: monthDay(-next(14), 1 + next(28)),
        disabilityCardNo: type === 'DISABILITY' ? 'พก.1' : null,
        ...change,
      });
      const res = await welfare.register(input, { token: tokens[lao]! });
      if (res.data?.registerBeneficiary) live.push({ id: res.data.registerBeneficiary.id, lao, nationalId, status: 'ACTIVE' });
    };
    for (let i = 0; i < 30; i++) await register(next(3));
    // The burst: four writers at a time, each drawing an operation; refusals (a conflict) are part of the draw.
    for (let round = 0; round < 20; round++) {
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          const pick = live.filter((e) => e.status !== 'ENDED')[next(Math.max(1, live.length))];
          const op = next(7);
          if (op === 0 || !pick) return register(next(3));
          const caller = { token: tokens[pick.lao]! };
          if (op === 1) {
            pick.status = 'ENDED';
            return welfare.end({ id: pick.id, reason: 'DIED', endedOn: monthDay(-next(6), 1 + next(28)) }, caller);
          }
          if (op === 2 && pick.status === 'ACTIVE') {
            pick.status = 'SUSPENDED';
            return welfare.suspend(pick.id, monthDay(-next(8), 1 + next(28)), caller);
          }
          const suspended = live.filter((e) => e.status === 'SUSPENDED');
          if (op === 3 && suspended.length > 0) {
            const s = suspended[next(suspended.length)]!;
            s.status = 'ACTIVE';
            return welfare.resume(s.id, monthDay(-next(3), 1 + next(28)), { token: tokens[s.lao]! });
          }
          if (op === 4) {
            // A transfer: ended here, registered in another LAO (the person's row rewritten, birth date corrected).
            pick.status = 'ENDED';
            await welfare.end({ id: pick.id, reason: 'MOVED', endedOn: monthDay(-1, 1 + next(28)) }, caller);
            return register((pick.lao + 1) % 3, { nationalId: pick.nationalId });
          }
          if (op === 5) {
            const res = await sut.gql(`mutation($l: String!, $fy: Int!) { certifyWelfare(laoCode: $l, fiscalYear: $fy) { status } }`, { l: laoCodes[pick.lao], fy: openYear }, caller);
            return res;
          }
          return sut.gql(
            `mutation($l: String!, $fy: Int!) { returnSubmission(module: WELFARE, laoCode: $l, fiscalYear: $fy, reason: "ตรวจสอบอีกครั้ง") { status } }`,
            { l: laoCodes[pick.lao], fy: openYear },
            { token: province.token },
          );
        }),
      );
    }
    // Beside the API, statements a data correction would run: birth dates of several people at once (tiers move),
    // an enrolment with its suspensions deleted, and suspensions rewritten in one statement.
    await sut.db.query(`UPDATE welfare_person SET birth_date = birth_date - 400 WHERE id IN (SELECT person_id FROM welfare_beneficiary ORDER BY id LIMIT 6)`);
    await sut.db.query(`DELETE FROM welfare_beneficiary WHERE id = (SELECT beneficiary_id FROM welfare_suspension ORDER BY id LIMIT 1)`);
    await sut.db.query(`UPDATE welfare_suspension SET from_date = from_date - 45`);
  }, 240_000);
  afterAll(() => sut.close());

  it('equal the recount for every LAO, horizon year and month, and the summaries read them with the same answers', async () => {
    const kept = await sut.db.query(`SELECT count(*)::int AS n FROM welfare_month_figure WHERE count <> 0`);
    expect(kept[0].n).toBeGreaterThan(50); // not agreement on nothing
    expect(await differences()).toEqual([]);
    const repository = sut.app.get(WelfareSummaryRepository);
    const today = bangkokToday();
    const totals = (rows: { code: string; allowance_type: string; monthly_amount: number; count: number; yearly_amount: string }[]) => {
      const m = new Map<string, number>();
      for (const r of rows) {
        m.set(`${r.code}/${r.allowance_type}/${r.monthly_amount}`, (m.get(`${r.code}/${r.allowance_type}/${r.monthly_amount}`) ?? 0) + r.count);
        m.set(`${r.code}/${r.allowance_type}/budget`, (m.get(`${r.code}/${r.allowance_type}/budget`) ?? 0) + Number(r.yearly_amount));
      }
      return Object.fromEntries([...m].filter(([, v]) => v !== 0).sort());
    };
    for (const scope of [{}, { ownLao: laoCodes[2]! }, { ownProvince: '34' }]) {
      for (const province of [null, '34']) {
        const maintained = await repository.grouped(openYear, province, scope, today);
        expect(totals(maintained)).toEqual(totals(await repository.grouped(openYear, province, scope, today, 'live')));
      }
    }
  });

  it('would fail with a trigger dropped (a suspension then goes uncounted)', async () => {
    await sut.db.query(`DROP TRIGGER welfare_figures_suspension_insert ON welfare_suspension`);
    const [row] = await sut.db.query(`SELECT id FROM welfare_beneficiary WHERE status = 'ACTIVE' AND registered_on < $1 ORDER BY id LIMIT 1`, [monthDay(-2)]);
    await sut.db.query(`INSERT INTO welfare_suspension (beneficiary_id, from_date) VALUES ($1, $2)`, [row.id, monthDay(-1)]);
    expect(await differences()).not.toEqual([]);
  });
});
