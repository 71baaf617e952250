import { type MessageKey, translate } from '@lao/domain';
import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';
import { fieldsOf, monthDay, newNationalId, type RegisterInput, subdistrictOutside, welfareApi, yearsBefore } from '../testing/welfare-fixtures';

describe('Welfare registry: registering an enrolment (factories on an empty database)', () => {
  let sut: TestApp;
  let make: Factories;
  let welfare: ReturnType<typeof welfareApi>;
  const laoWithOfficial = async (provinceCode = '12') => {
    const lao = await make.lao({ provinceCode });
    return { lao: lao.code, official: await make.laoUser(lao.code) };
  };
  /** What a refused registration might have left behind: the person, enrolments of the LAO, entries by the caller. */
  const traces = async (nationalId: string, laoCode: string, username: string) =>
    (
      await sut.db.query(
        `SELECT (SELECT count(*)::int FROM welfare_person WHERE national_id = $1) AS persons,
                (SELECT count(*)::int FROM welfare_beneficiary WHERE lao_code = $2) AS enrolments,
                (SELECT count(*)::int FROM audit_log WHERE actor = $3 OR lao_code = $2) AS entries`,
        [nationalId, laoCode, username],
      )
    )[0];

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    welfare = welfareApi(sut);
  });
  afterAll(() => sut.close());

  it('registers an ACTIVE enrolment with its history, and its CREATE entry commits in the same transaction', async () => {
    const { lao, official } = await laoWithOfficial();
    const input = await welfare.input(lao, { phone: '081-234-5678' });
    const id = input.nationalId;
    // Typed as printed on the card: 1-2345-67890-12-3.
    const typed = `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`;
    const res = await welfare.register({ ...input, nationalId: typed }, { token: official.token });
    expect(res.errors).toBeUndefined();
    const b = res.data!.registerBeneficiary;
    expect(b).toMatchObject({
      laoCode: lao,
      allowanceType: 'ELDERLY',
      status: 'ACTIVE',
      monthlyAmount: 700,
      registeredOn: input.registeredOn,
      firstPaidMonth: monthDay(-2),
      endedOn: null,
      person: { nationalId: input.nationalId, firstName: input.firstName, birthDate: input.birthDate, phone: '0812345678' },
    });
    expect(b.person.address).toMatch(/^12\/3 หมู่ 4 ตำบล\S+ อำเภอ\S+ จังหวัดนนทบุรี$/);
    const history = (await welfare.one(b.id, { token: official.token })).data!.welfareBeneficiary!.history;
    expect(history).toEqual([{ kind: 'REGISTERED', effectiveOn: input.registeredOn, changes: [], note: null, actor: official.username }]);

    const rows = (await sut.db.query(
      `SELECT 'enrolment' AS row, xmin::text AS tx FROM welfare_beneficiary WHERE id = $1
       UNION ALL SELECT 'event', xmin::text FROM welfare_event WHERE beneficiary_id = $1
       UNION ALL SELECT action || ' ' || module || ' ' || lao_code || ' ' || actor, xmin::text FROM audit_log WHERE subject_id = $1::text AND action <> 'READ_PERSONAL'`,
      [b.id],
    )) as { row: string; tx: string }[];
    expect(rows.map((r) => r.row).sort()).toEqual([`CREATE WELFARE ${lao} ${official.username}`, 'enrolment', 'event']);
    expect(new Set(rows.map((r) => r.tx)).size).toBe(1);
  });

  it.each([
    ['ELDERLY', 61, 600],
    ['ELDERLY', 85, 800],
    ['ELDERLY', 92, 1000],
    ['DISABILITY', 10, 1000],
    ['DISABILITY', 40, 800],
    ['AIDS', 30, 500],
  ] as const)('computes the amount of a %s enrolment at %i: %i baht', async (allowanceType, age, amount) => {
    const { lao, official } = await laoWithOfficial();
    const b = await welfare.registered(lao, { token: official.token }, { allowanceType, birthDate: yearsBefore(monthDay(-6, 15), age), disabilityCardNo: 'พก.12345' });
    expect(b.monthlyAmount).toBe(amount);
  });

  it('answers 0 for this month when registered this month, paid from the next', async () => {
    const { lao, official } = await laoWithOfficial();
    const b = await welfare.registered(lao, { token: official.token }, { registeredOn: monthDay(0) });
    expect(b).toMatchObject({ status: 'ACTIVE', monthlyAmount: 0, firstPaidMonth: monthDay(1) });
  });

  const farFuture = monthDay(2);
  it.each<[string, (i: RegisterInput) => Partial<RegisterInput>, [string, MessageKey][]]>([
    ['a wrong check digit', (i) => ({ nationalId: i.nationalId.slice(0, 12) + String((Number(i.nationalId[12]) + 1) % 10) }), [['nationalId', 'welfare.nationalIdCheckDigit']]],
    ['a 12-digit ID', (i) => ({ nationalId: i.nationalId.slice(0, 12) }), [['nationalId', 'welfare.nationalIdFormat']]],
    ['a 14-digit ID', (i) => ({ nationalId: `${i.nationalId}1` }), [['nationalId', 'welfare.nationalIdFormat']]],
    ['a future birth date', () => ({ allowanceType: 'AIDS', birthDate: farFuture }), [['birthDate', 'welfare.birthDateFuture'], ['registeredOn', 'welfare.registeredBeforeBirth']]],
    ['a Buddhist-Era birth date', () => ({ birthDate: '2509-03-01' }), [['birthDate', 'welfare.dateBuddhistEra']]],
    ['an elderly registration over a year before the 60th birthday', () => ({ birthDate: yearsBefore(monthDay(-6, 15), 58) }), [['registeredOn', 'welfare.elderlyTooEarly']]],
    ['a bank account of 9 digits', () => ({ paymentMethod: 'BANK_TRANSFER', bankAccount: '123456789' }), [['bankAccount', 'welfare.bankAccount']]],
    ['a bank transfer without an account', () => ({ paymentMethod: 'BANK_TRANSFER', bankAccount: null }), [['bankAccount', 'welfare.bankAccountRequired']]],
    ['a disability enrolment without its card', () => ({ allowanceType: 'DISABILITY', disabilityCardNo: null }), [['disabilityCardNo', 'welfare.disabilityCardRequired']]],
    ['a bidirectional override in a name', (i) => ({ firstName: `\u202E${i.firstName}` }), [['firstName', 'input.controlCharacters']]],
  ])('refuses %s as BAD_USER_INPUT naming the field, and writes nothing', async (_case, change, expected) => {
    const { lao, official } = await laoWithOfficial();
    const input = await welfare.input(lao);
    const res = await welfare.register({ ...input, ...change(input) }, { token: official.token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(expected.map(([path, key]) => ({ path, message: translate(key, 'th') })));
    expect(await traces(input.nationalId, lao, official.username)).toEqual({ persons: 0, enrolments: 0, entries: 0 });
  });

  it('refuses an address outside the LAO’s district, naming the field, and writes nothing', async () => {
    const { lao, official } = await laoWithOfficial();
    const input = await welfare.input(lao);
    const res = await welfare.register({ ...input, address: { houseNo: '5', subdistrictCode: await subdistrictOutside(sut, lao) } }, { token: official.token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([{ path: 'address.subdistrictCode', message: translate('welfare.subdistrict', 'th') }]);
    expect(await traces(input.nationalId, lao, official.username)).toEqual({ persons: 0, enrolments: 0, entries: 0 });
  });

  it.each([
    ['an unknown LAO', '6129999', 'welfare.unknownLao'],
    ['a malformed LAO code', '61-2999', 'input.laoCode'],
  ] as const)('refuses %s (the department registering) naming laoCode, and writes nothing', async (_case, laoCode, key) => {
    const { lao } = await laoWithOfficial();
    const department = await make.departmentUser();
    const input = { ...(await welfare.input(lao)), laoCode };
    const res = await welfare.register(input, { token: department.token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([{ path: 'laoCode', message: translate(key, 'th') }]);
    expect(await traces(input.nationalId, laoCode, department.username)).toEqual({ persons: 0, enrolments: 0, entries: 0 });
  });

  it('refuses registering in another LAO as FORBIDDEN, leaving only the refusal on the trail', async () => {
    const { lao } = await laoWithOfficial();
    const other = await laoWithOfficial();
    const input = await welfare.input(lao);
    expect(codeOf(await welfare.register(input, { token: other.official.token }))).toBe('FORBIDDEN');
    expect(await traces(input.nationalId, lao, 'nobody')).toEqual({ persons: 0, enrolments: 0, entries: 0 });
    const entries = await sut.db.query(`SELECT action, subject_ids FROM audit_log WHERE actor = $1`, [other.official.username]);
    expect(entries).toEqual([{ action: 'ACCESS_DENIED', subject_ids: ['registerBeneficiary'] }]);
  });

  it('enrols one person for the elderly and the disability allowance together', async () => {
    const { lao, official } = await laoWithOfficial();
    const elderly = await welfare.registered(lao, { token: official.token });
    const disability = await welfare.registered(lao, { token: official.token }, { nationalId: elderly.person.nationalId!, allowanceType: 'DISABILITY', disabilityCardNo: 'พก.1' });
    expect([elderly.allowanceType, disability.allowanceType]).toEqual(['ELDERLY', 'DISABILITY']);
    const persons = await sut.db.query(`SELECT count(*)::int AS n FROM welfare_person WHERE national_id = $1`, [elderly.person.nationalId]);
    expect(persons).toEqual([{ n: 1 }]);
  });

  it.each<[string, (id: string, token: string) => Promise<unknown>]>([
    ['ACTIVE', async () => undefined],
    ['SUSPENDED', (id, token) => welfare.suspend(id, monthDay(-1), { token })],
  ])('refuses a second enrolment of the type in another LAO while the first is %s: CONFLICT DUPLICATE naming its LAO', async (status, prepare) => {
    const first = await laoWithOfficial();
    const second = await laoWithOfficial('50');
    const b = await welfare.registered(first.lao, { token: first.official.token });
    await prepare(b.id, first.official.token);
    expect(await sut.db.query(`SELECT status FROM welfare_beneficiary WHERE id = $1`, [b.id])).toEqual([{ status }]);
    const input = await welfare.input(second.lao, { nationalId: b.person.nationalId! });
    const res = await welfare.register(input, { token: second.official.token });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions).toMatchObject({ reason: 'DUPLICATE', laoCode: first.lao });
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM welfare_beneficiary WHERE lao_code = $1`, [second.lao])).toEqual([{ n: 0 }]);
  });

  it('lets exactly one of two LAOs racing to register the same person win; the other gets CONFLICT DUPLICATE', async () => {
    const a = await laoWithOfficial();
    const b = await laoWithOfficial('50');
    for (let round = 0; round < 5; round++) {
      const nationalId = newNationalId();
      const inputs = [await welfare.input(a.lao, { nationalId }), await welfare.input(b.lao, { nationalId })] as const;
      const results = await Promise.all([welfare.register(inputs[0], { token: a.official.token }), welfare.register(inputs[1], { token: b.official.token })]);
      const winners = results.filter((r) => r.data?.registerBeneficiary).map((r) => r.data!.registerBeneficiary.laoCode);
      const losers = results.filter((r) => r.errors).map((r) => ({ code: codeOf(r), reason: r.errors![0]!.extensions.reason, laoCode: r.errors![0]!.extensions.laoCode }));
      expect(winners).toHaveLength(1);
      expect(losers).toEqual([{ code: 'CONFLICT', reason: 'DUPLICATE', laoCode: winners[0] }]);
      const live = await sut.db.query(
        `SELECT b.lao_code FROM welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id WHERE p.national_id = $1`,
        [nationalId],
      );
      expect(live).toEqual([{ lao_code: winners[0] }]);
    }
  });
});
