import { bangkokToday, fiscalMonthStart, fiscalYearOf } from '@lao/domain';
import { factories } from '../testing/factories';
import { startTestApp, type TestApp } from '../testing/test-app';
import { monthDay, newNationalId, welfareApi, yearsBefore } from '../testing/welfare-fixtures';
import { ROLLUP_TRIGGERS } from './welfare-rollup.sql';
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
  let otherProvince: string;
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

  /**
   * Differences between the province rollup and a recount from the LAO rows (figures of uncertified LAOs by month,
   * month 0 their years; snapshots of certified ones by class), every horizon year and month.
   */
  async function rollupDifferences(): Promise<string[]> {
    const query = (sql: string) => sut.db.query(sql) as Promise<{ k: string; c: string; y: string }[]>;
    const uncertified = (a: string) =>
      `NOT EXISTS (SELECT 1 FROM submission s WHERE s.module = 'WELFARE' AND s.lao_code = ${a}.lao_code AND s.fiscal_year = ${a}.fiscal_year AND s.status <> 'DRAFT')`;
    const key = `fiscal_year || '/' || province_code || '/' || fiscal_month || '/' || allowance_type || '/' || monthly_amount`;
    const snapshotKey = `fiscal_year || '/' || province_code || '/' || status_class || '/' || allowance_type || '/' || monthly_amount`;
    const kept = await query(
      `SELECT ${key} AS k, count::text AS c, yearly_amount::text AS y FROM welfare_province_figure WHERE count <> 0 OR yearly_amount <> 0
       UNION ALL SELECT ${snapshotKey}, count::text, yearly_amount::text FROM welfare_province_snapshot WHERE count <> 0 OR yearly_amount <> 0`,
    );
    const recount = await query(
      `SELECT ${key} AS k, sum(count)::text AS c, sum(yearly_amount)::text AS y FROM (
         SELECT f.fiscal_year, la.province_code, f.fiscal_month, f.allowance_type, f.monthly_amount, f.count, 0 AS yearly_amount
           FROM welfare_month_figure f JOIN local_authority la ON la.code = f.lao_code WHERE ${uncertified('f')}
         UNION ALL
         SELECT y.fiscal_year, la.province_code, 0, y.allowance_type, 0, 0, y.yearly_amount
           FROM welfare_year_figure y JOIN local_authority la ON la.code = y.lao_code WHERE ${uncertified('y')}) x
        GROUP BY 1 HAVING sum(count) <> 0 OR sum(yearly_amount) <> 0
       UNION ALL
       SELECT ${snapshotKey}, sum(count)::text, sum(yearly_amount)::text FROM (
         SELECT sn.fiscal_year, la.province_code, s.status AS status_class, sn.allowance_type, sn.monthly_amount, sn.count, sn.yearly_amount
           FROM welfare_snapshot sn JOIN local_authority la ON la.code = sn.lao_code
           JOIN submission s ON s.module = 'WELFARE' AND s.lao_code = sn.lao_code AND s.fiscal_year = sn.fiscal_year AND s.status <> 'DRAFT'
          WHERE sn.fiscal_year IN (SELECT fiscal_year FROM welfare_figure_year)) x
        GROUP BY 1 HAVING sum(count) <> 0 OR sum(yearly_amount) <> 0`,
    );
    const keptMap = new Map(kept.map((r) => [r.k, `${r.c}/${r.y}`]));
    const recountMap = new Map(recount.map((r) => [r.k, `${r.c}/${r.y}`]));
    return [
      ...[...recountMap].filter(([k, v]) => keptMap.get(k) !== v).map(([k, v]) => `${k}: kept ${keptMap.get(k)} recount ${v}`),
      ...[...keptMap].filter(([k]) => !recountMap.has(k)).map(([k, v]) => `${k}: kept ${v} recount none`),
    ];
  }

  beforeAll(async () => {
    sut = await startTestApp();
    const make = factories(sut);
    const welfare = welfareApi(sut);
    const laos = [await make.lao({ provinceCode: '34' }), await make.lao({ provinceCode: '34' }), await make.lao()];
    laoCodes = laos.map((l) => l.code);
    otherProvince = laos[2]!.provinceCode;
    const tokens = await Promise.all(laoCodes.map(async (c) => (await make.laoUser(c)).token));
    const province = await make.provinceUser('34');
    const provinces = { '34': province, [laos[2]!.provinceCode]: await make.provinceUser(laos[2]!.provinceCode) };
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
          const op = next(8);
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
          if (op === 7) {
            // The province certifies (refused, INCOMPLETE, while one of its LAOs has not certified: part of the draw).
            const code = laos[pick.lao]!.provinceCode;
            return sut.gql(`mutation($p: String!, $fy: Int!) { certifyProvince(module: WELFARE, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`, { p: code, fy: openYear }, { token: provinces[code]!.token });
          }
          return sut.gql(
            `mutation($l: String!, $fy: Int!) { returnSubmission(module: WELFARE, laoCode: $l, fiscalYear: $fy, reason: "ตรวจสอบอีกครั้ง") { status } }`,
            { l: laoCodes[pick.lao], fy: openYear },
            { token: province.token },
          );
        }),
      );
    }
    // Whatever the draw left: one province-certified LAO (the classes other provinces' users count), then more writes.
    await sut.gql(`mutation($l: String!, $fy: Int!) { certifyWelfare(laoCode: $l, fiscalYear: $fy) { status } }`, { l: laoCodes[2], fy: openYear }, { token: tokens[2]! });
    await sut.gql(`mutation($p: String!, $fy: Int!) { certifyProvince(module: WELFARE, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`, { p: laos[2]!.provinceCode, fy: openYear }, {
      token: provinces[laos[2]!.provinceCode]!.token,
    });
    for (let i = 0; i < 4; i++) await register(i % 3);
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
    // The national summary reads the province rollup: the same answers as the recount for every kind of caller (the
    // department, a province user in and out of the LAOs' provinces, LAO users certified or not, province keys).
    const scopes = [{}, { ownLao: laoCodes[0]! }, { ownLao: laoCodes[2]! }, { ownProvince: '34' }, { ownProvince: otherProvince }, { ownProvince: '50' }, { onlyProvince: '34' }, { onlyProvince: otherProvince }];
    for (const scope of scopes) {
      for (const province of [null, '34']) {
        const maintained = await repository.grouped(openYear, province, scope, today);
        expect(totals(maintained)).toEqual(totals(await repository.grouped(openYear, province, scope, today, 'live')));
      }
    }
  });

  it('keeps the province rollup equal to the LAO rows, with certified and province-certified classes among them', async () => {
    const classes = await sut.db.query(`SELECT DISTINCT status_class FROM welfare_province_snapshot WHERE count <> 0 ORDER BY 1`);
    expect(classes.map((r: { status_class: string }) => r.status_class)).toContain('PROVINCE_CERTIFIED'); // not agreement on nothing
    const figures = await sut.db.query(`SELECT count(*)::int AS n FROM welfare_province_figure WHERE count <> 0 AND fiscal_month > 0`);
    expect(figures[0].n).toBeGreaterThan(10);
    expect(await rollupDifferences()).toEqual([]);
  });

  it('would fail with a trigger dropped (a suspension then goes uncounted)', async () => {
    await sut.db.query(`DROP TRIGGER welfare_figures_suspension_insert ON welfare_suspension`);
    const [row] = await sut.db.query(`SELECT id FROM welfare_beneficiary WHERE status = 'ACTIVE' AND registered_on < $1 ORDER BY id LIMIT 1`, [monthDay(-2)]);
    await sut.db.query(`INSERT INTO welfare_suspension (beneficiary_id, from_date) VALUES ($1, $2)`, [row.id, monthDay(-1)]);
    expect(await differences()).not.toEqual([]);
  });

  it('would fail with a rollup trigger dropped (a return, or a change of figures, then moves nothing), and a rebuild refills it', async () => {
    const drop = async (name: string) => sut.db.query(`DROP TRIGGER ${name} ON ${ROLLUP_TRIGGERS.find(([n]) => n === name)![1]}`);
    await drop('welfare_rollup_submission_update');
    const province = await sut.db.query(`SELECT lao_code FROM submission WHERE module = 'WELFARE' AND status = 'PROVINCE_CERTIFIED' ORDER BY lao_code LIMIT 1`);
    await sut.db.query(`UPDATE submission SET status = 'DRAFT' WHERE module = 'WELFARE' AND lao_code = $1`, [province[0].lao_code]);
    expect(await rollupDifferences()).not.toEqual([]);
    // A rebuild's last step (the years written into the horizon) refills the rollup exactly.
    await sut.db.query(`UPDATE welfare_figure_year SET built_at = now()`);
    expect(await rollupDifferences()).toEqual([]);
    // Without the month figures' triggers, a change of an uncertified LAO's figures goes unnoticed.
    await drop('welfare_rollup_month_insert');
    await drop('welfare_rollup_month_update');
    await sut.db.query(
      `UPDATE welfare_month_figure f SET count = count + 1 WHERE (fiscal_year, fiscal_month, lao_code, allowance_type, monthly_amount) IN (
         SELECT fiscal_year, fiscal_month, lao_code, allowance_type, monthly_amount FROM welfare_month_figure m
          WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.module = 'WELFARE' AND s.lao_code = m.lao_code AND s.fiscal_year = m.fiscal_year AND s.status <> 'DRAFT')
          ORDER BY 1, 2, 3, 4, 5 LIMIT 1)`,
    );
    expect(await rollupDifferences()).not.toEqual([]);
  });
});
