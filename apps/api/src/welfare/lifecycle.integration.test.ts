import { type MessageKey, translate } from '@lao/domain';
import { factories, type Factories } from '../testing/factories';
import { codeOf, type GraphQLResult, startTestApp, type TestApp } from '../testing/test-app';
import { fieldsOf, monthDay, subdistrictOutside, welfareApi } from '../testing/welfare-fixtures';

describe('Welfare registry: the life of an enrolment (factories on an empty database)', () => {
  let sut: TestApp;
  let make: Factories;
  let welfare: ReturnType<typeof welfareApi>;
  const laoWithOfficial = async (provinceCode = '12') => {
    const lao = await make.lao({ provinceCode });
    return { lao: lao.code, official: await make.laoUser(lao.code) };
  };
  const messageOf = (res: { errors?: { message: string }[] }) => res.errors?.[0]?.message;
  /** The enrolment's row as stored, and how many history events it has. */
  const stored = async (id: string) =>
    (
      await sut.db.query(
        `SELECT status, phone, payment_method, bank_account, address->>'houseNo' AS house_no, to_char(ended_on, 'YYYY-MM-DD') AS ended_on,
                (SELECT count(*)::int FROM welfare_event e WHERE e.beneficiary_id = b.id) AS events
           FROM welfare_beneficiary b WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    welfare = welfareApi(sut);
  });
  afterAll(() => sut.close());

  it('suspends (not paid for a month starting after the suspension) and resumes (paid from the next month starting ACTIVE)', async () => {
    const { lao, official } = await laoWithOfficial();
    const caller = { token: official.token };
    const b = await welfare.registered(lao, caller, { registeredOn: monthDay(-4) });

    const suspended = await welfare.suspend(b.id, monthDay(-2, 15), caller);
    expect(suspended.data!.suspendBeneficiary).toMatchObject({ status: 'SUSPENDED', monthlyAmount: 0 });
    expect(await welfare.paid(lao, monthDay(-2), caller)).toEqual({ [b.id]: 700 }); // suspended after its 1st
    expect(await welfare.paid(lao, monthDay(-1), caller)).toEqual({});

    const resumed = await welfare.resume(b.id, monthDay(-1, 10), caller);
    expect(resumed.data!.resumeBeneficiary).toMatchObject({ status: 'ACTIVE', monthlyAmount: 700 });
    expect(await welfare.paid(lao, monthDay(-1), caller)).toEqual({}); // still suspended on its 1st
    expect(await welfare.paid(lao, monthDay(0), caller)).toEqual({ [b.id]: 700 });
  });

  it.each<[string, 'ACTIVE' | 'SUSPENDED', 'suspend' | 'resume', MessageKey]>([
    ['suspending a suspended enrolment', 'SUSPENDED', 'suspend', 'welfare.notActive'],
    ['resuming an active one', 'ACTIVE', 'resume', 'welfare.notSuspended'],
  ])('refuses %s as CONFLICT', async (_case, status, operation, key) => {
    const { lao, official } = await laoWithOfficial();
    const caller = { token: official.token };
    const b = await welfare.registered(lao, caller);
    await sut.db.query(`UPDATE welfare_beneficiary SET status = $2 WHERE id = $1`, [b.id, status]);
    const before = await stored(b.id);
    const res = await welfare[operation](b.id, monthDay(-1, 5), caller);
    expect([codeOf(res), messageOf(res)]).toEqual(['CONFLICT', translate(key, 'th')]);
    expect(await stored(b.id)).toEqual(before);
  });

  it('ends with a reason: ENDED, paid for the month it ended in and not after; ending again is CONFLICT', async () => {
    const { lao, official } = await laoWithOfficial();
    const caller = { token: official.token };
    const b = await welfare.registered(lao, caller, { registeredOn: monthDay(-4) });
    const ended = await welfare.end({ id: b.id, reason: 'DIED', endedOn: monthDay(-1, 20), note: 'มรณบัตรเลขที่ 123' }, caller);
    expect(ended.data!.endBeneficiary).toMatchObject({ status: 'ENDED', endReason: 'DIED', endedOn: monthDay(-1, 20), monthlyAmount: 0 });
    expect(await welfare.paid(lao, monthDay(-1), caller)).toEqual({ [b.id]: 700 });
    expect(await welfare.paid(lao, monthDay(0), caller)).toEqual({});

    const again = await welfare.end({ id: b.id, reason: 'OTHER', endedOn: monthDay(-1, 25) }, caller);
    expect([codeOf(again), messageOf(again)]).toEqual(['CONFLICT', translate('welfare.alreadyEnded', 'th')]);
    expect(codeOf(await welfare.suspend(b.id, monthDay(-1, 25), caller))).toBe('CONFLICT');
    expect(await stored(b.id)).toMatchObject({ status: 'ENDED', ended_on: monthDay(-1, 20), events: 2 });
  });

  it('refuses an end dated before the registration, naming endedOn', async () => {
    const { lao, official } = await laoWithOfficial();
    const b = await welfare.registered(lao, { token: official.token }, { registeredOn: monthDay(-2) });
    const res = await welfare.end({ id: b.id, reason: 'WAIVED', endedOn: monthDay(-3) }, { token: official.token });
    expect(fieldsOf(res)).toEqual([{ path: 'endedOn', message: translate('welfare.endedBeforeRegistration', 'th') }]);
    expect(await stored(b.id)).toMatchObject({ status: 'ACTIVE', events: 1 });
  });

  it('moves a person: refused at the new LAO while live at the old, registered there once the old LAO ends it with MOVED', async () => {
    const from = await laoWithOfficial();
    const to = await laoWithOfficial('50');
    const b = await welfare.registered(from.lao, { token: from.official.token });
    const nationalId = b.person.nationalId!;
    const early = await welfare.register(await welfare.input(to.lao, { nationalId }), { token: to.official.token });
    expect([codeOf(early), early.errors![0]!.extensions.laoCode]).toEqual(['CONFLICT', from.lao]);

    await welfare.end({ id: b.id, reason: 'MOVED', endedOn: monthDay(-1, 28) }, { token: from.official.token });
    const moved = await welfare.register(await welfare.input(to.lao, { nationalId, registeredOn: monthDay(-1, 28) }), { token: to.official.token });
    expect(moved.data!.registerBeneficiary).toMatchObject({ laoCode: to.lao, status: 'ACTIVE', firstPaidMonth: monthDay(0) });
    const enrolments = await sut.gql<{ welfareCheckNationalId: { enrolments: unknown[] } }>(
      `query($id: String!) { welfareCheckNationalId(nationalId: $id) { valid enrolments { allowanceType status laoCode } } }`,
      { id: nationalId },
      { token: to.official.token },
    );
    expect(enrolments.data!.welfareCheckNationalId).toEqual({
      valid: true,
      enrolments: [
        { allowanceType: 'ELDERLY', status: 'ACTIVE', laoCode: to.lao },
        { allowanceType: 'ELDERLY', status: 'ENDED', laoCode: from.lao },
      ],
    });
  });

  it('lists every change in order, each with its actor', async () => {
    const { lao, official } = await laoWithOfficial();
    const colleague = await make.laoUser(lao);
    const department = await make.departmentUser();
    const b = await welfare.registered(lao, { token: official.token }, { registeredOn: monthDay(-4) });
    await welfare.suspend(b.id, monthDay(-3, 5), { token: official.token }, 'ไม่มาแสดงตน');
    await welfare.resume(b.id, monthDay(-2, 5), { token: colleague.token });
    await welfare.update({ id: b.id, phone: '0899999999', paymentMethod: 'BANK_TRANSFER', bankAccount: '9876543210' }, { token: department.token });
    await welfare.end({ id: b.id, reason: 'WAIVED', endedOn: monthDay(-1, 5), note: 'สละสิทธิ์' }, { token: official.token });
    const history = (await welfare.one(b.id, { token: official.token })).data!.welfareBeneficiary!.history;
    expect(history.map((e) => [e.kind, e.effectiveOn, e.changes, e.note, e.actor])).toEqual([
      ['REGISTERED', monthDay(-4), [], null, official.username],
      ['SUSPENDED', monthDay(-3, 5), [], 'ไม่มาแสดงตน', official.username],
      ['RESUMED', monthDay(-2, 5), [], null, colleague.username],
      ['UPDATED', expect.any(String), ['phone', 'paymentMethod', 'bankAccount'], null, department.username],
      ['ENDED', monthDay(-1, 5), ['WAIVED'], 'สละสิทธิ์', official.username],
    ]);
  });

  it.each<[string, (api: ReturnType<typeof welfareApi>, id: string, token: string) => Promise<GraphQLResult<unknown>>]>([
    ['updating', (api, id, token) => api.update({ id, phone: '0899999999' }, { token })],
    ['suspending', (api, id, token) => api.suspend(id, monthDay(-1), { token })],
    ['ending', (api, id, token) => api.end({ id, reason: 'DIED', endedOn: monthDay(-1) }, { token })],
  ])('refuses %s another LAO’s person as FORBIDDEN, changing nothing', async (_case, operation) => {
    const { lao, official } = await laoWithOfficial();
    const outsider = await laoWithOfficial();
    const b = await welfare.registered(lao, { token: official.token });
    const before = await stored(b.id);
    expect(codeOf(await operation(welfare, b.id, outsider.official.token))).toBe('FORBIDDEN');
    expect(await stored(b.id)).toEqual(before);
  });

  it('updates the address, phone, payment method and bank account', async () => {
    const { lao, official } = await laoWithOfficial();
    const caller = { token: official.token };
    const b = await welfare.registered(lao, caller);
    const subdistrictCode = (await welfare.input(lao)).address.subdistrictCode;
    const res = await welfare.update(
      { id: b.id, address: { houseNo: '99', villageNo: 7, street: 'ติวานนท์', subdistrictCode }, phone: '029999999', paymentMethod: 'BANK_TRANSFER', bankAccount: '123-4-56789-0' },
      caller,
    );
    expect(res.data!.updateBeneficiary).toMatchObject({ paymentMethod: 'BANK_TRANSFER', bankAccount: '1234567890', person: { phone: '029999999' } });
    expect(res.data!.updateBeneficiary.person.address).toMatch(/^99 หมู่ 7 ถนนติวานนท์ ตำบล/);
    expect(await stored(b.id)).toMatchObject({ house_no: '99', phone: '029999999', payment_method: 'BANK_TRANSFER', bank_account: '1234567890', events: 2 });
  });

  it.each<[string, (id: string, outside: string) => Record<string, unknown>, string, MessageKey]>([
    ['a bank transfer without an account', (id) => ({ id, paymentMethod: 'BANK_TRANSFER' }), 'bankAccount', 'welfare.bankAccountRequired'],
    ['a bank transfer with the account cleared', (id) => ({ id, paymentMethod: 'BANK_TRANSFER', bankAccount: null }), 'bankAccount', 'welfare.bankAccountRequired'],
    ['an account of 9 digits', (id) => ({ id, bankAccount: '123456789' }), 'bankAccount', 'welfare.bankAccount'],
    ['an address outside the LAO’s district', (id, outside) => ({ id, address: { houseNo: '1', subdistrictCode: outside } }), 'address.subdistrictCode', 'welfare.subdistrict'],
  ])('refuses an update to %s, naming the field, changing nothing', async (_case, input, path, key) => {
    const { lao, official } = await laoWithOfficial();
    const b = await welfare.registered(lao, { token: official.token });
    const before = await stored(b.id);
    const res = await welfare.update(input(b.id, await subdistrictOutside(sut, lao)), { token: official.token });
    expect([codeOf(res), fieldsOf(res)]).toEqual(['BAD_USER_INPUT', [{ path, message: translate(key, 'th') }]]);
    expect(await stored(b.id)).toEqual(before);
  });
});
