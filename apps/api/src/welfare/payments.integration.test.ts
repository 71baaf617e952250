import { fiscalMonthStart, fiscalYearOf, toChristianYear } from '@lao/domain';
import { factories, type Factories } from '../testing/factories';
import { codeOf, type Caller, startTestApp, type TestApp } from '../testing/test-app';
import { BENEFICIARY_FIELDS, type BeneficiaryResult, type RegisterInput, seedInBulk, subdistrictOf, welfareApi } from '../testing/welfare-fixtures';
import { PAYMENT_PAGE_MAX } from './payment-paging';

const EXPORT = `mutation($lao: String!, $fy: Int!, $month: Int!, $format: PaymentExportFormat!) {
  exportWelfarePaymentList(laoCode: $lao, fiscalYear: $fy, month: $month, format: $format) { fileName csv rows { nationalId firstName bankAccount amount } }
}`;
const PAGE = `query($lao: String!, $fy: Int!, $month: Int!, $first: Int, $after: String) {
  welfarePaymentList(laoCode: $lao, fiscalYear: $fy, month: $month, first: $first, after: $after) {
    count total byType { allowanceType count total } pageInfo { hasNextPage endCursor } rows { amount beneficiary { id person { firstName } } }
  }
}`;
const PAGED_EXPORT = `mutation($lao: String!, $fy: Int!, $month: Int!, $first: Int, $after: String) {
  exportWelfarePaymentList(laoCode: $lao, fiscalYear: $fy, month: $month, format: BANK_CSV, first: $first, after: $after) { csv rows { bankAccount } pageInfo { hasNextPage endCursor } }
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

  it('reads the address, phone and disability card when asked for, through a fragment too (they are read only then)', async () => {
    const { lao, caller } = await fixture();
    const FIELDS = `query($lao: String!, $fy: Int!, $month: Int!) { welfarePaymentList(laoCode: $lao, fiscalYear: $fy, month: $month) { rows { ...Row } } }
      fragment Row on PaymentRow { beneficiary { disabilityCardNo person { firstName ... on Person { address phone } } } }`;
    const plain = `query($lao: String!, $fy: Int!, $month: Int!) { welfarePaymentList(laoCode: $lao, fiscalYear: $fy, month: $month) { rows { beneficiary { person { firstName } } } } }`;
    type Rows = { welfarePaymentList: { rows: { beneficiary: { disabilityCardNo: string | null; person: { firstName: string; address: string; phone: string | null } } }[] } };
    const res = await sut.gql<Rows>(FIELDS, { lao: lao.code, fy, month: NOVEMBER }, caller);
    expect(res.errors).toBeUndefined();
    const kampun = res.data!.welfarePaymentList.rows.find((r) => r.beneficiary.person.firstName === 'คำปุน')!.beneficiary;
    expect(kampun.disabilityCardNo).toBe('พก.001');
    expect(res.data!.welfarePaymentList.rows.every((r) => r.beneficiary.person.address.length > 0)).toBe(true);
    expect((await sut.gql(plain, { lao: lao.code, fy, month: NOVEMBER }, caller)).errors).toBeUndefined();
  });

  it.each<[string, (lao: { code: string }, official: Caller) => Promise<Caller>]>([
    ['the LAO official (unmasked)', async (_lao, official) => official],
    ['an API key (masked)', async () => ({ apiKey: (await make.apiKey({ modules: ['WELFARE'] })).key })],
  ])('answers each row’s beneficiary exactly as welfareBeneficiary does, every field, for %s', async (_case, callerFor) => {
    const { lao, caller: official } = await fixture();
    const caller = await callerFor(lao, official);
    const res = await sut.gql<{ welfarePaymentList: { rows: { beneficiary: BeneficiaryResult }[] } }>(
      `query($lao: String!, $fy: Int!, $month: Int!) { welfarePaymentList(laoCode: $lao, fiscalYear: $fy, month: $month) { rows { beneficiary { ${BENEFICIARY_FIELDS} } } } }`,
      { lao: lao.code, fy, month: DECEMBER },
      caller,
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data!.welfarePaymentList.rows.map((r) => r.beneficiary);
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const one = await sut.gql<{ welfareBeneficiary: BeneficiaryResult }>(`query($id: ID!) { welfareBeneficiary(id: $id) { ${BENEFICIARY_FIELDS} } }`, { id: row.id }, caller);
      expect(row).toEqual(one.data!.welfareBeneficiary);
    }
  });

  describe('paging (a month larger than a page is read page by page)', () => {
    type Page = {
      count: number;
      total: number;
      byType: { allowanceType: string; count: number; total: number }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      rows: { amount: number; beneficiary: { id: string; person: { firstName: string } } }[];
    };
    const page = async (lao: string, caller: Caller, first?: number | null, after?: string | null) =>
      sut.gql<{ welfarePaymentList: Page }>(PAGE, { lao, fy, month: NOVEMBER, first, after }, caller);
    const readEntries = (lao: string) =>
      sut.db.query(`SELECT subject_ids FROM audit_log WHERE action = 'READ_PERSONAL' AND lao_code = $1 ORDER BY at, id`, [lao]) as Promise<{ subject_ids: string[] }[]>;

    it('answers every paid row exactly once across pages, in the one list order, with the whole month counted on every page', async () => {
      const { lao, caller } = await fixture();
      const whole = (await page(lao.code, caller)).data!.welfarePaymentList;
      expect(whole.pageInfo.hasNextPage).toBe(false);
      expect(whole.byType).toEqual([
        { allowanceType: 'ELDERLY', count: 3, total: 2400 },
        { allowanceType: 'DISABILITY', count: 1, total: 1000 },
        { allowanceType: 'AIDS', count: 1, total: 500 },
      ]);
      const pages: Page[] = [];
      let after: string | null = null;
      do {
        const res = await page(lao.code, caller, 2, after);
        expect(res.errors).toBeUndefined();
        pages.push(res.data!.welfarePaymentList);
        after = pages.at(-1)!.pageInfo.endCursor;
      } while (pages.at(-1)!.pageInfo.hasNextPage);
      expect(pages.map((p) => [p.rows.length, p.pageInfo.hasNextPage])).toEqual([[2, true], [2, true], [1, false]]);
      expect(pages.flatMap((p) => p.rows)).toEqual(whole.rows);
      for (const p of pages) expect([p.count, p.total, p.byType]).toEqual([5, 3900, whole.byType]);
      // Each page read is on the audit trail, naming the people of that page only.
      const entries = await readEntries(lao.code);
      expect(entries.slice(-3).map((e) => [...e.subject_ids].sort())).toEqual(pages.map((p) => p.rows.map((r) => r.beneficiary.id).sort()));
    });

    it('refuses a bad first or after as BAD_USER_INPUT, answering and recording nothing', async () => {
      const { lao, caller, people } = await fixture();
      const other = await fixture();
      const cursorOf = (key: string) => Buffer.from(`k:${key}`, 'utf8').toString('base64url');
      const before = await readEntries(lao.code);
      for (const [first, after] of [
        [0, null],
        [-1, null],
        [PAYMENT_PAGE_MAX + 1, null],
        [2, 'not a cursor'],
        [2, cursorOf('not-a-uuid')],
        [2, cursorOf('00000000-0000-0000-0000-000000000000')],
        [2, cursorOf(other.people.kanda.id)], // an enrolment of another LAO
      ] as const) {
        const res = await page(lao.code, caller, first, after);
        expect([first, after, codeOf(res), res.data?.welfarePaymentList ?? null]).toEqual([first, after, 'BAD_USER_INPUT', null]);
      }
      expect(await readEntries(lao.code)).toEqual(before);
      // The cursor of this LAO's own enrolment is accepted.
      expect((await page(lao.code, caller, 2, cursorOf(people.kanda.id))).errors).toBeUndefined();
    });

    it('exports page by page: the pages joined are the unpaged bank file, each page on the audit trail', async () => {
      const { lao, caller } = await fixture();
      const whole = (await sut.gql<{ exportWelfarePaymentList: { csv: string } }>(EXPORT, { lao: lao.code, fy, month: DECEMBER, format: 'BANK_CSV' }, caller)).data!;
      const first = (await sut.gql<{ exportWelfarePaymentList: { csv: string; pageInfo: Page['pageInfo'] } }>(PAGED_EXPORT, { lao: lao.code, fy, month: DECEMBER, first: 3 }, caller)).data!;
      expect(first.exportWelfarePaymentList.pageInfo.hasNextPage).toBe(true);
      const rest = (await sut.gql<{ exportWelfarePaymentList: { csv: string; pageInfo: Page['pageInfo'] } }>(
        PAGED_EXPORT,
        { lao: lao.code, fy, month: DECEMBER, first: 3, after: first.exportWelfarePaymentList.pageInfo.endCursor },
        caller,
      )).data!;
      expect(rest.exportWelfarePaymentList.pageInfo.hasNextPage).toBe(false);
      expect(rest.exportWelfarePaymentList.csv.startsWith('\uFEFF')).toBe(false);
      expect(first.exportWelfarePaymentList.csv + rest.exportWelfarePaymentList.csv).toBe(whole.exportWelfarePaymentList.csv);
      expect(await sut.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'EXPORT_PERSONAL' AND lao_code = $1`, [lao.code])).toEqual([{ n: 3 }]);
    });

    it(`refuses to export a month of more than ${PAYMENT_PAGE_MAX} people unpaged (never a bank file cut short), and pages it`, async () => {
      const lao = await make.lao({ provinceCode: '12' });
      const { token } = await make.laoUser(lao.code);
      const subdistrict = await subdistrictOf(sut, lao.code);
      // A month one row larger than a page, in one statement (the factories register one person per request).
      await seedInBulk(
        sut,
        `WITH people AS (INSERT INTO welfare_person (national_id, title, first_name, last_name, birth_date, sex)
                         SELECT '5' || lpad(i::text, 12, '0'), 'นาง', 'ชื่อ' || i, 'สกุล', date '1990-01-01', 'FEMALE' FROM generate_series(0, ${PAYMENT_PAGE_MAX}) i
                         RETURNING id)
         INSERT INTO welfare_beneficiary (person_id, lao_code, allowance_type, status, registered_on, payment_method, bank_account, address, updated_by)
         SELECT id, $1, 'DISABILITY', 'ACTIVE', date '2021-01-10', 'BANK_TRANSFER', '1234567890', jsonb_build_object('houseNo', '1', 'subdistrictCode', $2::text), 'test' FROM people`,
        [lao.code, subdistrict],
      );
      const vars = { lao: lao.code, fy, month: NOVEMBER };
      const refused = await sut.gql(EXPORT, { ...vars, format: 'BANK_CSV' }, { token });
      expect([codeOf(refused), refused.data?.exportWelfarePaymentList ?? null]).toEqual(['BAD_USER_INPUT', null]);
      expect(await sut.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'EXPORT_PERSONAL' AND lao_code = $1`, [lao.code])).toEqual([{ n: 0 }]);
      // The list itself answers its first page (the default page is the maximum) with the whole month counted.
      const list = (await sut.gql<{ welfarePaymentList: Page }>(PAGE, vars, { token })).data!.welfarePaymentList;
      expect([list.rows.length, list.count, list.total, list.pageInfo.hasNextPage]).toEqual([PAYMENT_PAGE_MAX, PAYMENT_PAGE_MAX + 1, (PAYMENT_PAGE_MAX + 1) * 800, true]);
      const paged = await sut.gql<{ exportWelfarePaymentList: { rows: unknown[]; pageInfo: Page['pageInfo'] } }>(PAGED_EXPORT, { ...vars, first: PAYMENT_PAGE_MAX }, { token });
      expect([paged.data!.exportWelfarePaymentList.rows.length, paged.data!.exportWelfarePaymentList.pageInfo.hasNextPage]).toEqual([PAYMENT_PAGE_MAX, true]);
    });
  });
});
