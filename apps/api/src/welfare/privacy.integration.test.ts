import { factories, type Factories } from '../testing/factories';
import { type Caller, codeOf, startTestApp, type TestApp } from '../testing/test-app';
import { type BeneficiaryResult, newNationalId, type RegisterInput, welfareApi } from '../testing/welfare-fixtures';

const REVEAL = `mutation($id: ID!, $purpose: String!) { revealNationalId(id: $id, purpose: $purpose) }`;
const TRAIL = `query($s: String!) { auditTrail(filter: { subjectId: $s }, first: 100) { edges { node { action actor laoCode subjectType subjectId purpose } } } }`;
const CHECK = `query($id: String!) { welfareCheckNationalId(nationalId: $id) { valid enrolments { allowanceType status laoCode } } }`;

type Entry = { action: string; actor: string; laoCode: string | null; subjectType: string; subjectId: string | null; purpose: string | null };

describe('Welfare personal data: masking, reads on the audit trail, reveals (factories on an empty database)', () => {
  let sut: TestApp;
  let make: Factories;
  let welfare: ReturnType<typeof welfareApi>;

  /** An LAO of province 12 with two people (one paid by transfer, one disabled), registered by its registrar. */
  async function setup() {
    const lao = await make.lao({ provinceCode: '12' });
    const registrar = await make.laoUser(lao.code);
    const inputs: RegisterInput[] = [
      await welfare.input(lao.code, { paymentMethod: 'BANK_TRANSFER', bankAccount: '1234567890' }),
      await welfare.input(lao.code, { title: 'นาย', sex: 'MALE', firstName: 'บุญมี', lastName: 'มีสุข', allowanceType: 'DISABILITY', disabilityCardNo: 'พก.7' }),
    ];
    const people: BeneficiaryResult[] = [];
    for (const input of inputs) people.push((await welfare.register(input, { token: registrar.token })).data!.registerBeneficiary);
    return { lao, registrar, inputs, people };
  }
  const listed = async (laoCode: string, caller: Caller) => {
    const res = await welfare.list(laoCode, caller);
    return res.data?.welfareBeneficiaries.edges.map((e) => e.node) ?? [];
  };
  /** Unmasked personal reads on the trail by an actor (a username, or a key's name). */
  const readsBy = (actor: string) =>
    sut.db.query(`SELECT lao_code, subject_ids FROM audit_log WHERE action = 'READ_PERSONAL' AND subject_type = 'BENEFICIARY' AND (actor = $1 OR api_key_name = $1)`, [actor]);
  const unmasked = (input: RegisterInput) => ({
    nationalId: input.nationalId,
    firstName: input.firstName,
    lastName: input.lastName,
    birthDate: input.birthDate,
    address: expect.stringMatching(/^12\/3 หมู่ 4 ตำบล/),
    phone: input.phone,
  });
  const masked = (input: RegisterInput) => ({
    nationalId: `${input.nationalId[0]}-${input.nationalId.slice(1, 5)}-xxxxx-xx-${input.nationalId[12]}`,
    title: input.title,
    firstName: `${[...input.firstName][0]}…`,
    lastName: `${[...input.lastName][0]}…`,
    birthDate: null,
    sex: input.sex,
    address: null,
    phone: null,
  });

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    welfare = welfareApi(sut);
  });
  afterAll(() => sut.close());

  it.each<[string, (laoCode: string) => Promise<{ caller: Caller; actor: string }>]>([
    ['a user of the LAO', async (lao) => make.laoUser(lao).then((u) => ({ caller: { token: u.token }, actor: u.username }))],
    ['the department', async () => make.departmentUser().then((u) => ({ caller: { token: u.token }, actor: u.username }))],
  ])('shows %s the people unmasked, with one READ_PERSONAL entry naming those shown', async (_case, readerOf) => {
    const { lao, inputs, people } = await setup();
    const { caller, actor } = await readerOf(lao.code);
    const nodes = await listed(lao.code, caller);
    // Listed by name: บุญมี before สมศรี.
    expect(nodes.map((n) => n.person)).toEqual([inputs[1]!, inputs[0]!].map((i) => expect.objectContaining(unmasked(i))));
    expect(nodes.map((n) => [n.bankAccount, n.disabilityCardNo])).toEqual([
      [null, 'พก.7'],
      ['1234567890', null],
    ]);
    const reads = (await readsBy(actor)) as { lao_code: string; subject_ids: string[] }[];
    expect(reads.map((r) => ({ ...r, subject_ids: [...r.subject_ids].sort() }))).toEqual([{ lao_code: lao.code, subject_ids: people.map((p) => p.id).sort() }]);
  });

  it.each<[string, (provinceCode: string) => Promise<{ caller: Caller; actor: string }>]>([
    ['a province user of its province', async (p) => make.provinceUser(p).then((u) => ({ caller: { token: u.token }, actor: u.username }))],
    ['an API key with WELFARE VIEW', async () => make.apiKey({ name: 'สำนักงานสถิติทดสอบ', modules: ['WELFARE'] }).then((k) => ({ caller: { apiKey: k.key }, actor: 'สำนักงานสถิติทดสอบ' }))],
  ])('shows %s the people masked, and records no personal read', async (_case, readerOf) => {
    const { lao, inputs, people } = await setup();
    const { caller, actor } = await readerOf(lao.provinceCode);
    const nodes = await listed(lao.code, caller);
    expect(nodes.map((n) => n.person)).toEqual([inputs[1]!, inputs[0]!].map(masked));
    expect(nodes.map((n) => [n.bankAccount, n.disabilityCardNo])).toEqual([
      [null, null],
      [null, null],
    ]);
    const one = (await welfare.one(people[0]!.id, caller)).data!.welfareBeneficiary!;
    expect(one.person).toEqual(masked(inputs[0]!));
    expect(await readsBy(actor)).toEqual([]);
  });

  it('refuses another LAO’s user the list and the record as FORBIDDEN', async () => {
    const { lao, people } = await setup();
    const other = await make.lao({ provinceCode: '12' });
    const { token } = await make.laoUser(other.code);
    const list = await welfare.list(lao.code, { token });
    const one = await welfare.one(people[0]!.id, { token });
    expect([codeOf(list), list.data?.welfareBeneficiaries ?? null, codeOf(one), one.data?.welfareBeneficiary ?? null]).toEqual(['FORBIDDEN', null, 'FORBIDDEN', null]);
  });

  it('reveals a national ID for a stated purpose (REVEAL entry with the purpose); refuses a short purpose and a province user', async () => {
    const { lao, registrar, inputs, people } = await setup();
    const id = people[1]!.id;
    const purpose = 'ตรวจสอบกับทะเบียนราษฎร์ก่อนจ่ายเงิน';
    const revealed = await sut.gql<{ revealNationalId: string }>(REVEAL, { id, purpose }, { token: registrar.token });
    expect(revealed.data!.revealNationalId).toBe(inputs[1]!.nationalId);

    const short = await sut.gql(REVEAL, { id, purpose: 'ดู' }, { token: registrar.token });
    const province = await make.provinceUser(lao.provinceCode);
    const byProvince = await sut.gql(REVEAL, { id, purpose }, { token: province.token });
    expect([codeOf(short), codeOf(byProvince), byProvince.data?.revealNationalId ?? null]).toEqual(['BAD_USER_INPUT', 'FORBIDDEN', null]);

    const reveals = await sut.db.query(`SELECT actor, lao_code, subject_id, purpose FROM audit_log WHERE action = 'REVEAL' AND subject_id = $1`, [id]);
    expect(reveals).toEqual([{ actor: registrar.username, lao_code: lao.code, subject_id: id, purpose }]);
  });

  it('answers "who viewed this record" from the trail to the LAO and the department', async () => {
    const { lao, registrar, people } = await setup();
    const id = people[0]!.id;
    const reader = await make.laoUser(lao.code);
    const department = await make.departmentUser();
    const province = await make.provinceUser(lao.provinceCode);
    await welfare.one(id, { token: reader.token });
    await welfare.one(id, { token: province.token }); // masked: not a personal read
    await welfare.list(lao.code, { token: department.token });
    await sut.gql(REVEAL, { id, purpose: 'ตรวจสอบสิทธิ์ซ้ำซ้อน' }, { token: registrar.token });

    const expected = [
      { action: 'REVEAL', actor: registrar.username, purpose: 'ตรวจสอบสิทธิ์ซ้ำซ้อน' },
      { action: 'READ_PERSONAL', actor: department.username, purpose: null },
      { action: 'READ_PERSONAL', actor: reader.username, purpose: null },
      { action: 'READ_PERSONAL', actor: registrar.username, purpose: null }, // the registration's own answer
      { action: 'CREATE', actor: registrar.username, purpose: null },
    ];
    for (const viewer of [reader, department]) {
      const trail = await sut.gql<{ auditTrail: { edges: { node: Entry }[] } }>(TRAIL, { s: id }, { token: viewer.token });
      expect(trail.data!.auditTrail.edges.map(({ node }) => ({ action: node.action, actor: node.actor, purpose: node.purpose }))).toEqual(expected);
    }
  });

  it('checks where a national ID is enrolled without personal data, and records the check', async () => {
    const { lao, people } = await setup();
    const elsewhere = await make.lao({ provinceCode: '50' });
    const official = await make.laoUser(elsewhere.code);
    const enrolled = people[1]!;
    const nationalId = (await sut.db.query(`SELECT national_id FROM welfare_person p JOIN welfare_beneficiary b ON b.person_id = p.id WHERE b.id = $1`, [enrolled.id]))[0].national_id;
    const check = async (id: string) => (await sut.gql<{ welfareCheckNationalId: unknown }>(CHECK, { id }, { token: official.token })).data?.welfareCheckNationalId;

    expect(await check(nationalId)).toEqual({ valid: true, enrolments: [{ allowanceType: 'DISABILITY', status: 'ACTIVE', laoCode: lao.code }] });
    expect(await check(newNationalId())).toEqual({ valid: true, enrolments: [] });
    const wrongDigit = nationalId.slice(0, 12) + String((Number(nationalId[12]) + 1) % 10);
    expect(await check(wrongDigit)).toEqual({ valid: false, enrolments: [] });
    expect(codeOf(await sut.gql(CHECK, { id: '12345' }, { token: official.token }))).toBe('BAD_USER_INPUT');

    const entries = (await sut.db.query(
      `SELECT subject_type, detail->>'nationalId' AS shown FROM audit_log WHERE actor = $1 AND action = 'READ_PERSONAL' ORDER BY id`,
      [official.username],
    )) as { subject_type: string; shown: string }[];
    expect(entries.map((e) => e.subject_type)).toEqual(['NATIONAL_ID_CHECK', 'NATIONAL_ID_CHECK', 'NATIONAL_ID_CHECK']);
    expect(entries[0]!.shown).toBe(`${nationalId.slice(0, 5)}xxxxxxx${nationalId[12]}`);
  });
});
