import { bangkokToday, fiscalMonthStart, fiscalYearOf, referenceMonth, toChristianYear as toChristian } from '@lao/domain';
import { factories } from '../testing/factories';
import { startTestApp, type TestApp } from '../testing/test-app';
import { WelfareSummaryRepository } from './welfare-summary.repository';

/** A fixed pseudo-random draw (the same every run). */
function draw(seed: number) {
  return (n: number) => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return (seed >>> 8) % n;
  };
}
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The recount the arithmetic must equal: every enrolment × every month of the year, each month's amount from the
 * rules' SQL functions (welfare_monthly_amount, welfare_first_paid_month), suspended months dropped one by one.
 */
const RECOUNT = `
  SELECT lao_code, allowance_type, monthly_amount, count(*) FILTER (WHERE monthly_amount > 0)::int AS count, sum(yearly)::bigint AS yearly_amount
    FROM (SELECT b.lao_code, b.allowance_type,
                 coalesce(max(welfare_monthly_amount(b.allowance_type, p.birth_date, g.m::date)) FILTER (WHERE g.m = $4::date), 0) AS monthly_amount,
                 sum(welfare_monthly_amount(b.allowance_type, p.birth_date, g.m::date)) AS yearly
            FROM welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id
            JOIN generate_series($2::date, $3::date, interval '1 month') AS g(m)
              ON g.m >= welfare_first_paid_month(b.allowance_type, p.birth_date, b.registered_on) AND (b.ended_on IS NULL OR b.ended_on > g.m)
           WHERE b.lao_code = ANY($1::bpchar[])
             AND NOT EXISTS (SELECT 1 FROM welfare_suspension s WHERE s.beneficiary_id = b.id AND s.from_date <= g.m AND (s.until_date IS NULL OR s.until_date > g.m))
           GROUP BY b.id, b.lao_code, b.allowance_type) per_enrolment
   GROUP BY 1, 2, 3`;

const sorted = <T extends { lao_code: string; allowance_type: string; monthly_amount: number }>(rows: T[]) =>
  rows
    .map((r) => ({ ...r, yearly_amount: String((r as unknown as { yearly_amount: string | number }).yearly_amount) }))
    .sort((a, b) => `${a.lao_code}${a.allowance_type}${String(a.monthly_amount).padStart(5, '0')}`.localeCompare(`${b.lao_code}${b.allowance_type}${String(b.monthly_amount).padStart(5, '0')}`));

describe('Welfare figures: whole-month arithmetic equals the month-by-month recount (rows built on an empty database)', () => {
  let sut: TestApp;
  let laoCodes: string[];
  const today = bangkokToday(new Date());
  const openYear = fiscalYearOf(new Date());

  beforeAll(async () => {
    sut = await startTestApp();
    const make = factories(sut);
    laoCodes = [(await make.lao()).code, (await make.lao()).code];
    const next = draw(20_261_201);
    const people: { birth: string }[] = [];
    const enrolments: { person: number; lao: string; type: string; registered: string; ended: string | null; suspensions: [string, string | null][] }[] = [];
    // Birthdays on the 1st and the 29th of February at every tier's edge, then an ordinary draw.
    const births = [
      ...[60, 69, 70, 79, 80, 89, 90, 17, 18].flatMap((age) => [1, 2].map((day) => iso(toChristian(openYear) - 1 - age, 10 + next(3), day))),
      '1956-02-29',
      '1948-02-29',
      '2008-02-29',
      ...Array.from({ length: 260 }, () => {
        const y = 1925 + next(90);
        const m = 1 + next(12);
        return iso(y, m, 1 + next(daysIn(y, m)));
      }),
    ];
    const christian = toChristian(openYear);
    for (const birth of births) {
      const person = people.push({ birth }) - 1;
      const by = Number(birth.slice(0, 4));
      const types = by <= christian - 59 ? ['ELDERLY', ...(next(4) === 0 ? ['DISABILITY'] : [])] : [next(5) === 0 ? 'AIDS' : 'DISABILITY'];
      for (const type of types) {
        const ry = Math.max(by + (type === 'ELDERLY' ? 59 : 1), christian - 4 + next(4));
        const rm = 1 + next(12);
        const registered = iso(ry, rm, 1 + next(daysIn(ry, rm)));
        const endDraw = next(6);
        const ended = endDraw === 0 ? iso(christian - 1 + next(2), 1 + next(12), 1 + next(28)) : endDraw === 1 ? iso(christian - 1, 10, 1 + next(2)) : null;
        const suspensions: [string, string | null][] = [];
        if (next(4) === 0) suspensions.push([iso(christian - 1, 11 + next(2), 1 + next(2)), next(2) ? iso(christian, 2 + next(5), 1 + next(28)) : null]);
        if (next(8) === 0) suspensions.push([iso(christian - 3, 1, 1), iso(christian - 2, 1, 1)]);
        enrolments.push({ person, lao: laoCodes[next(2)]!, type, registered, ended: ended && ended > registered ? ended : null, suspensions });
      }
    }
    const ids: { id: string }[] = await sut.db.query(
      `INSERT INTO welfare_person (national_id, title, first_name, last_name, birth_date, sex)
       SELECT '8' || lpad(n::text, 12, '0'), 'นาย', 'ทดสอบ', 'ตัวเลข', b::date, 'MALE' FROM unnest($1::text[]) WITH ORDINALITY AS t(b, n) ORDER BY n RETURNING id`,
      [people.map((p) => p.birth)],
    );
    const rows: { id: string }[] = await sut.db.query(
      `INSERT INTO welfare_beneficiary (person_id, lao_code, allowance_type, status, registered_on, ended_on, end_reason, payment_method, address, updated_by)
       SELECT person, lao, type, CASE WHEN ended IS NULL THEN 'ACTIVE' ELSE 'ENDED' END, registered::date, ended::date,
              CASE WHEN ended IS NULL THEN NULL ELSE 'DIED' END, 'CASH', '{"houseNo": "1", "villageNo": 1, "street": null, "subdistrictCode": "100101"}'::jsonb, 'test'
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(person, lao, type, registered, ended, n) ORDER BY n RETURNING id`,
      [enrolments.map((e) => ids[e.person]!.id), enrolments.map((e) => e.lao), enrolments.map((e) => e.type), enrolments.map((e) => e.registered), enrolments.map((e) => e.ended)],
    );
    const suspended = enrolments.flatMap((e, i) => e.suspensions.map(([from, until]) => ({ id: rows[i]!.id, from, until })));
    await sut.db.query(
      `INSERT INTO welfare_suspension (beneficiary_id, from_date, until_date) SELECT id, f::date, u::date FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, f, u)`,
      [suspended.map((s) => s.id), suspended.map((s) => s.from), suspended.map((s) => s.until)],
    );
  }, 120_000);
  afterAll(() => sut.close());

  it.each([
    ['the open year', 0],
    ['the year before', -1],
    ['the next year (the budget)', 1],
  ])('agrees for %s, by LAO, type and amount', async (_label, offset) => {
    const fiscalYear = openYear + offset;
    const repository = sut.app.get(WelfareSummaryRepository);
    const arithmetic = await repository.live(sut.db.manager, laoCodes, fiscalYear, today);
    const recount = await sut.db.query(RECOUNT, [laoCodes, fiscalMonthStart(fiscalYear, 1), fiscalMonthStart(fiscalYear, 12), referenceMonth(fiscalYear, today)]);
    expect(sorted(arithmetic)).toEqual(sorted(recount));
    // Not agreement on nothing: both LAOs, every type, every elderly tier and a suspended or ended total are in it.
    const amounts = new Set(arithmetic.map((r) => `${r.allowance_type}/${r.monthly_amount}`));
    expect([...amounts].sort()).toEqual(expect.arrayContaining(['AIDS/500', 'DISABILITY/1000', 'DISABILITY/800', 'ELDERLY/1000', 'ELDERLY/600', 'ELDERLY/700', 'ELDERLY/800']));
    expect(new Set(arithmetic.map((r) => r.lao_code))).toEqual(new Set(laoCodes));
  });
});

