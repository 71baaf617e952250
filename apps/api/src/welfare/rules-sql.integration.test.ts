import { type AllowanceType, ALLOWANCE_TYPES, firstPaidMonth, monthlyAmount } from '@lao/domain';
import { startTestApp, type TestApp } from '../testing/test-app';

interface Case {
  type: AllowanceType;
  birthDate: string;
  monthStart: string;
  registeredOn: string;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Cases at the edges: birthdays on the 1st at each tier, 29 February in leap and common years, a century. */
const EDGES: Case[] = [
  ...[59, 60, 69, 70, 79, 80, 89, 90].flatMap((age) => [
    { type: 'ELDERLY' as const, birthDate: iso(2026 - age, 12, 1), monthStart: '2026-12-01', registeredOn: iso(2026 - age + 59, 12, 1) },
    { type: 'ELDERLY' as const, birthDate: iso(2026 - age, 12, 2), monthStart: '2026-12-01', registeredOn: '2026-11-30' },
  ]),
  { type: 'ELDERLY', birthDate: '1964-02-29', monthStart: '2024-03-01', registeredOn: '2023-06-01' },
  { type: 'ELDERLY', birthDate: '1964-02-29', monthStart: '2024-02-01', registeredOn: '2024-02-29' },
  { type: 'ELDERLY', birthDate: '1956-02-29', monthStart: '2026-03-01', registeredOn: '2026-02-28' },
  { type: 'ELDERLY', birthDate: '1956-02-29', monthStart: '2026-02-01', registeredOn: '2016-03-01' },
  { type: 'ELDERLY', birthDate: '2040-02-29', monthStart: '2100-03-01', registeredOn: '2099-03-01' }, // 2100 is no leap year
  { type: 'DISABILITY', birthDate: '2008-02-29', monthStart: '2026-03-01', registeredOn: '2026-02-28' },
  { type: 'DISABILITY', birthDate: '2008-12-01', monthStart: '2026-12-01', registeredOn: '2026-12-31' },
  { type: 'AIDS', birthDate: '1980-02-29', monthStart: '2026-12-01', registeredOn: '2024-02-29' },
];

/** A fixed pseudo-random draw of ordinary cases (the same every run). */
function generated(count: number): Case[] {
  let seed = 20_261_201;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return (seed >>> 8) % n;
  };
  return Array.from({ length: count }, () => {
    const by = 1925 + next(100);
    const bm = 1 + next(12);
    const birthDate = iso(by, bm, 1 + next(daysIn(by, bm)));
    const my = 2020 + next(10);
    const ry = Math.max(by, my - 3 + next(4));
    const rm = 1 + next(12);
    return { type: ALLOWANCE_TYPES[next(3)]!, birthDate, monthStart: iso(my, 1 + next(12), 1), registeredOn: iso(ry, rm, 1 + next(daysIn(ry, rm))) };
  });
}

describe('Welfare rules in SQL (welfare_monthly_amount, welfare_first_paid_month) equal the shared TypeScript rules', () => {
  let sut: TestApp;
  const cases = [...EDGES, ...generated(30)];

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it(`agrees on all ${cases.length} cases`, async () => {
    const rows = (await sut.db.query(
      `SELECT welfare_monthly_amount(t, b::date, m::date) AS amount, to_char(welfare_first_paid_month(t, b::date, r::date), 'YYYY-MM-DD') AS first
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS x(t, b, m, r, n) ORDER BY n`,
      [cases.map((c) => c.type), cases.map((c) => c.birthDate), cases.map((c) => c.monthStart), cases.map((c) => c.registeredOn)],
    )) as { amount: number; first: string }[];
    const sql = cases.map((c, i) => ({ ...c, ...rows[i] }));
    const ts = cases.map((c) => ({ ...c, amount: monthlyAmount(c.type, c.birthDate, c.monthStart), first: firstPaidMonth(c.type, c.birthDate, c.registeredOn) }));
    expect(sql).toEqual(ts);
    // The draw reaches every amount, so agreement is not agreement on zeros.
    expect(new Set(ts.map((c) => c.amount))).toEqual(new Set([0, 500, 600, 700, 800, 1000]));
  });
});
