import { fiscalMonthStart, fiscalYearOf, monthlyAmount } from '@lao/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import type { ApiKeyActor, UserActor } from '../auth/actor';
import type { RequestContext } from '../common/context';
import { factories } from '../testing/factories';
import { startTestApp, type TestApp } from '../testing/test-app';
import { seedInBulk, subdistrictOf } from '../testing/welfare-fixtures';
import { WelfareRepository } from './welfare.repository';

/**
 * What keeps the long lists fast without changing what they answer (issue 15): the payment list's amounts by the
 * whole-month arithmetic equal welfare_monthly_amount, and personal fields are resolved without a promise per field.
 */
describe('Welfare lists (payment list amounts, personal fields resolved synchronously)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('pays the amounts and the people welfare_monthly_amount and the shared rules pay, at every tier edge', async () => {
    const lao = await factories(sut).lao({ provinceCode: '12' });
    const subdistrict = await subdistrictOf(sut, lao.code);
    // Birthdays every 5 days over 45 years (ages 55–101 in the months below, 29 February among them), some on the 1st
    // of a month; disabled people of 6 to 30; some AIDS enrolments. Everybody registered in 2021.
    await seedInBulk(
      sut,
      `WITH d AS (SELECT i, CASE WHEN i % 7 = 0 THEN date_trunc('month', date '1926-01-01' + i * 5)::date ELSE date '1926-01-01' + i * 5 END AS birth,
                         CASE WHEN i % 10 = 0 THEN 'DISABILITY' WHEN i % 10 = 1 THEN 'AIDS' ELSE 'ELDERLY' END AS type
                    FROM generate_series(0, 3300) i),
            people AS (INSERT INTO welfare_person (national_id, title, first_name, last_name, birth_date, sex)
                       SELECT '4' || lpad(i::text, 12, '0'), 'นาง', 'ชื่อ' || i, 'สกุล', CASE WHEN type = 'DISABILITY' THEN date '1996-01-01' + (i * 5) % 9000 ELSE birth END, 'FEMALE' FROM d
                       RETURNING id, national_id)
       INSERT INTO welfare_beneficiary (person_id, lao_code, allowance_type, status, registered_on, payment_method, address, updated_by)
       SELECT people.id, $1, d.type, 'ACTIVE', date '2021-01-10', 'CASH', jsonb_build_object('houseNo', '1', 'subdistrictCode', $2::text), 'test'
         FROM people JOIN d ON people.national_id = '4' || lpad(d.i::text, 12, '0')`,
      [lao.code, subdistrict],
    );
    const repository = sut.app.get(WelfareRepository);
    const fy = fiscalYearOf(new Date());
    const amounts = new Set<number>();
    for (const month of [1, 5, 6, 12]) {
      const monthStart = fiscalMonthStart(fy, month);
      const list = await repository.paymentList(lao.code, monthStart);
      // The list as it was computed before: by the SQL function, paid when it pays more than nothing.
      const byFunction = (await sut.db.query(
        `SELECT b.id, welfare_monthly_amount(b.allowance_type, p.birth_date, $2::date) AS amount
           FROM welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id
          WHERE b.lao_code = $1 AND welfare_first_paid_month(b.allowance_type, p.birth_date, b.registered_on) <= $2::date
            AND welfare_monthly_amount(b.allowance_type, p.birth_date, $2::date) > 0
          ORDER BY b.allowance_type, p.first_name, p.last_name, b.id`,
        [lao.code, monthStart],
      )) as { id: string; amount: number }[];
      expect(list.map((r) => ({ id: r.id, amount: r.amount }))).toEqual(byFunction);
      for (const r of list) {
        expect(r.amount).toBe(monthlyAmount(r.allowance_type, r.birth_date, monthStart));
        amounts.add(r.amount);
      }
    }
    // Every amount of the rules is reached, so agreement is not agreement on one tier.
    expect([...amounts].sort((a, b) => a - b)).toEqual([500, 600, 700, 800, 1000]);
  });

  it('masks and collects personal fields without a promise (Nest runs field middleware through async wrappers)', () => {
    const schema = sut.app.get(GraphQLSchemaHost).schema;
    const person = schema.getType('Person') as GraphQLObjectType;
    const source = { laoCode: '5120101', provinceCode: '12', personalSubjectId: 'b-1', personalSubjectType: 'BENEFICIARY', nationalId: '3120100012345', firstName: 'สมศรี' };
    const partner: ApiKeyActor = { kind: 'apiKey', id: 'k', name: 'partner', keyPrefix: 'k', rights: { WELFARE: ['VIEW'] }, provinceCode: null };
    const officer: UserActor = { kind: 'user', id: 'u', username: 'u', displayName: 'u', level: 'PROVINCE', scopeCode: '12', rights: { WELFARE: ['VIEW', 'PERSONAL_DATA'] } };
    const resolve = (field: string, ctx: Partial<RequestContext>) => person.getFields()[field]!.resolve!(source, {}, ctx, {} as GraphQLResolveInfo);

    expect(resolve('nationalId', { actor: partner })).toBe('3-1201-xxxxx-xx-5');
    expect(resolve('firstName', { actor: partner })).toBe('ส…');
    const ctx: Partial<RequestContext> = { actor: officer };
    expect(resolve('nationalId', ctx)).toBe('3120100012345');
    expect(ctx.personalReads?.get('WELFARE')).toEqual({ subjectType: 'BENEFICIARY', subjectIds: new Set(['b-1']), laoCodes: new Set(['5120101']), provinceCodes: new Set(['12']) });
  });
});
