import { fiscalMonthStart, fiscalYearOf, toChristianYear } from '@lao/domain';
import { factories, type Factories } from '../testing/factories';
import { codeOf, type Caller, startTestApp, type TestApp } from '../testing/test-app';
import { type BeneficiaryResult, type RegisterInput, welfareApi } from '../testing/welfare-fixtures';

const EXPORT = `mutation($lao: String!, $fy: Int!, $month: Int!, $format: PaymentExportFormat!) {
  exportWelfarePaymentList(laoCode: $lao, fiscalYear: $fy, month: $month, format: $format) { fileName csv rows { nationalId firstName bankAccount amount } }
}`;
const LIST = `query($lao: String!, $fy: Int!, $month: Int!) { welfarePaymentList(laoCode: $lao, fiscalYear: $fy, month: $month) { count total rows { amount beneficiary { person { firstName } } } } }`;

describe('Welfare payment lists and their exports (factories on an empty database)', () => {
  let sut: TestApp;
  let make: Factories;
  let welfare: ReturnType<typeof welfareApi>;
  /** A past year, so that every date of the fixture has happened: FY 2568 is October 2024 – September 2025. */
  const fy = fiscalYearOf(new Date()) - 2;
  const y = toChristianYear(fy) - 1; // the calendar year of its October
  const NOVEMBER = 2; // fiscal month numbers (1 = October)
  const DECEMBER = 3;

  /**
   * Seven people of one LAO around November and December of year y, with what each is paid by hand:
   *   กานดา  elderly, 70 on 15 Nov                         Nov 600   Dec 700   (a tier up)
   *   ขวัญใจ  elderly, 60 on 20 Nov                         Nov   -   Dec 600   (paid from the month after)
   *   คำปุน  disabled, 18 on 1 Dec                          Nov 1000  Dec 800
   *   งามตา  AIDS                                           Nov 500   Dec 500
   *   จันทร์  elderly, 85, suspended from 15 Nov             Nov 800   Dec   -
   *   ฉวี    elderly, 92, died on 20 Nov                    Nov 1000  Dec   -
   *   ชบา   elderly, 65, registered on 10 Nov              Nov   -   Dec 600
   * November: 5 people, 3,900 baht; December: 5 people, 3,200 baht.
   */
  async function fixture() {
    const lao = await make.lao({ provinceCode: '12' });
    const official = await make.laoUser(lao.code);
    const caller: Caller = { token: official.token };
    const person = async (firstName: string, change: Partial<RegisterInput>) =>
      welfare.registered(lao.code, caller, { firstName, registeredOn: `${y}-06-10`, ...change });
    const people = {
      kanda: await person('กานดา', { birthDate: `${y - 70}-11-15`, paymentMethod: 'BANK_TRANSFER', bankAccount: '1111111111' }),
      kwanjai: await person('ขวัญใจ', { title: 'นาย', sex: 'MALE', birthDate: `${y - 60}-11-20`, paymentMethod: 'BANK_TRANSFER', bankAccount: '222-2-22222-2' }),
      kampun: await person('คำปุน', { allowanceType: 'DISABILITY', birthDate: `${y - 18}-12-01`, disabilityCardNo: 'พก.001' }),
      ngamta: await person('งามตา', { allowanceType: 'AIDS', birthDate: `${y - 40}-03-03`, paymentMethod: 'PROXY' }),
      jan: await person('จันทร์', { birthDate: `${y - 85}-01-01`, paymentMethod: 'BANK_TRANSFER', bankAccount: '5555555555' }),
      chawee: await person('ฉวี', { birthDate: `${y - 92}-05-05`, paymentMethod: 'BANK_TRANSFER', bankAccount: '6666666666' }),
      chaba: await person('ชบา', { birthDate: `${y - 65}-02-02`, registeredOn: `${y}-11-10` }),
    } satisfies Record<string, BeneficiaryResult>;
    expect((await welfare.suspend(people.jan.id, `${y}-11-15`, caller)).errors).toBeUndefined();
    expect((await welfare.end({ id: people.chawee.id, reason: 'DIED', endedOn: `${y}-11-20` }, caller)).errors).toBeUndefined();
    // Someone of another LAO of the district, paid both months: never on this LAO's list.
    const neighbour = await make.lao({ districtCode: lao.districtCode });
    await welfare.registered(neighbour.code, { token: (await make.laoUser(neighbour.code)).token }, { registeredOn: `${y}-06-10`, paymentMethod: 'BANK_TRANSFER', bankAccount: '9999999999' });
    return { lao, official, caller, people };
  }

  const listOf = async (lao: string, month: number, caller: Caller) => {
    const res = await sut.gql<{ welfarePaymentList: { count: number; total: number; rows: { amount: number; beneficiary: { person: { firstName: string } } }[] } }>(
      LIST,
      { lao, fy, month },
      caller,
    );
    const list = res.data!.welfarePaymentList;
    return { count: list.count, total: list.total, rows: list.rows.map((r) => [r.beneficiary.person.firstName, r.amount]) };
  };

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    welfare = welfareApi(sut);
  });
  afterAll(() => sut.close());

  it('lists who is paid how much, by type and name, for a month a tier moves up and the month after a 60th birthday', async () => {
    const { lao, caller } = await fixture();
    expect(fiscalMonthStart(fy, NOVEMBER)).toBe(`${y}-11-01`);
    expect(await listOf(lao.code, NOVEMBER, caller)).toEqual({
      count: 5,
      total: 3900,
      rows: [
        ['งามตา', 500],
        ['คำปุน', 1000],
        ['กานดา', 600],
        ['จันทร์', 800],
        ['ฉวี', 1000],
      ],
    });
    expect(await listOf(lao.code, DECEMBER, caller)).toEqual({
      count: 5,
      total: 3200,
      rows: [
        ['งามตา', 500],
        ['คำปุน', 800],
        ['กานดา', 700],
        ['ขวัญใจ', 600],
        ['ชบา', 600],
      ],
    });
  });

  it('refuses a month outside 1–12 as BAD_USER_INPUT', async () => {
    const lao = await make.lao();
    const { token } = await make.laoUser(lao.code);
    expect(codeOf(await sut.gql(LIST, { lao: lao.code, fy, month: 13 }, { token }))).toBe('BAD_USER_INPUT');
  });

  it('exports the bank-transfer file (BOM, account, name, amount; transfers only) with an EXPORT_PERSONAL entry naming the people', async () => {
    const { lao, official, caller, people } = await fixture();
    const res = await sut.gql<{ exportWelfarePaymentList: { fileName: string; csv: string; rows: { bankAccount: string; amount: number }[] } }>(
      EXPORT,
      { lao: lao.code, fy, month: DECEMBER, format: 'BANK_CSV' },
      caller,
    );
    expect(res.errors).toBeUndefined();
    const file = res.data!.exportWelfarePaymentList;
    expect(file.fileName).toBe(`welfare-transfer-${lao.code}-${fy}-03.csv`);
    expect(file.csv.startsWith('\uFEFF')).toBe(true);
    expect(file.csv.slice(1).split('\r\n')).toEqual(['เลขที่บัญชี,ชื่อบัญชี,จำนวนเงิน', '1111111111,นางกานดา ใจดี,700.00', '2222222222,นายขวัญใจ ใจดี,600.00', '']);

    const entries = await sut.db.query(`SELECT actor, lao_code, subject_ids, subject_count FROM audit_log WHERE action = 'EXPORT_PERSONAL' AND lao_code = $1`, [lao.code]);
    expect(entries).toEqual([{ actor: official.username, lao_code: lao.code, subject_ids: [people.kanda.id, people.kwanjai.id], subject_count: 2 }]);
    const trail = await sut.gql<{ auditTrail: { edges: { node: { action: string; subjectCount: number } }[] } }>(
      `query($s: String!) { auditTrail(filter: { subjectId: $s, action: EXPORT_PERSONAL }) { edges { node { action subjectCount } } } }`,
      { s: people.kwanjai.id },
      caller,
    );
    expect(trail.data!.auditTrail.edges.map((e) => e.node)).toEqual([{ action: 'EXPORT_PERSONAL', subjectCount: 2 }]);
  });

  it.each<[string, (lao: { code: string; provinceCode: string }) => Promise<Caller>]>([
    ['a province user of its province (no PERSONAL_DATA)', async (lao) => ({ token: (await make.provinceUser(lao.provinceCode)).token })],
    ['an API key with WELFARE', async () => ({ apiKey: (await make.apiKey({ modules: ['WELFARE'] })).key })],
  ])('refuses the export to %s as FORBIDDEN, recording no export', async (_case, callerFor) => {
    const lao = await make.lao();
    const { token } = await make.laoUser(lao.code);
    await welfare.registered(lao.code, { token }, { paymentMethod: 'BANK_TRANSFER', bankAccount: '1234567890' });
    const caller = await callerFor(lao);
    expect(await listOf(lao.code, 1, caller)).toMatchObject({ count: expect.any(Number) }); // the list itself is readable
    const res = await sut.gql(EXPORT, { lao: lao.code, fy: fiscalYearOf(new Date()), month: 1, format: 'BANK_CSV' }, caller);
    expect([codeOf(res), res.data?.exportWelfarePaymentList ?? null]).toEqual(['FORBIDDEN', null]);
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'EXPORT_PERSONAL' AND lao_code = $1`, [lao.code])).toEqual([{ n: 0 }]);
  });
});
