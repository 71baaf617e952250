import { type AllowanceType, bangkokToday, type IsoDate, type PaymentMethod, toBuddhistYear } from '@lao/domain';
import { thaiGeography } from '../registry/thai-geography';
import type { Caller, GraphQLResult, TestApp } from './test-app';

/**
 * Welfare's test helpers: valid national IDs, addresses in an LAO's area, dates relative to today, and the
 * registry's operations over real HTTP, as the SPA calls them.
 */

/** The 13th digit of a Thai national ID for its first twelve (mod 11, weights 13 … 2). */
export function withCheckDigit(body: string): string {
  if (!/^\d{12}$/.test(body)) throw new Error(`withCheckDigit: ${body} is not 12 digits`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (13 - i);
  return `${body}${(11 - (sum % 11)) % 10}`;
}

let idSerial = 0;
/** A valid national ID not handed out before by this file (each test file has a database of its own). */
export function newNationalId(): string {
  idSerial += 1;
  return withCheckDigit(`3${String(idSerial * 7).padStart(11, '0')}`);
}

let districts: Promise<Map<string, string[]>> | null = null;
/** Subdistrict codes by district code, from the geography the API checks addresses against. */
function subdistrictsByDistrict(): Promise<Map<string, string[]>> {
  districts ??= thaiGeography().then((provinces) => {
    const map = new Map<string, string[]>();
    for (const p of provinces) for (const d of p.districts) map.set(d.code, d.subdistricts.map((s) => s.code).sort());
    return map;
  });
  return districts;
}

async function districtOf(sut: TestApp, laoCode: string): Promise<string> {
  const [row] = (await sut.db.query(`SELECT district_code FROM local_authority WHERE code = $1`, [laoCode])) as { district_code: string }[];
  if (!row) throw new Error(`no LAO ${laoCode}`);
  return row.district_code;
}

/**
 * A bulk set-up statement (thousands of people in one INSERT) without the API's request time budget: the pool's
 * connections carry `statement_timeout` (10 s), and on a loaded machine such a statement can outlast it, which would
 * make the case depend on the machine's speed rather than the rule it checks.
 */
export async function seedInBulk(sut: TestApp, sql: string, params: unknown[]): Promise<void> {
  await sut.db.transaction(async (manager) => {
    await manager.query('SET LOCAL statement_timeout = 0');
    await manager.query(sql, params);
  });
}

/** A subdistrict of the LAO's district (e.g. 120101 for a district 1201). */
export async function subdistrictOf(sut: TestApp, laoCode: string): Promise<string> {
  const district = await districtOf(sut, laoCode);
  const code = (await subdistrictsByDistrict()).get(district)?.[0];
  if (!code) throw new Error(`district ${district} has no subdistrict`);
  return code;
}

/** A subdistrict of another district of the LAO's province: outside a district LAO's area. */
export async function subdistrictOutside(sut: TestApp, laoCode: string): Promise<string> {
  const district = await districtOf(sut, laoCode);
  for (const [other, codes] of await subdistrictsByDistrict()) {
    if (other !== district && other.startsWith(district.slice(0, 2)) && codes[0]) return codes[0];
  }
  throw new Error(`province ${district.slice(0, 2)} has one district only`);
}

// --- dates ---------------------------------------------------------------------------------------------------------

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Day `day` of the month `offset` months from today's month in Bangkok (0: this month, -1: the last). */
export function monthDay(offset: number, day = 1): IsoDate {
  const [y, m] = bangkokToday().split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + offset;
  return iso(Math.floor(index / 12), (index % 12) + 1, day);
}

/** The same day `years` years earlier (not for 29 February). */
export function yearsBefore(date: IsoDate, years: number): IsoDate {
  return `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
}

/** A month's fiscal year (BE) and its number in it (1 = October), for welfarePaymentList. */
export function fiscalMonthOf(date: IsoDate): { fiscalYear: number; month: number } {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return { fiscalYear: toBuddhistYear(m >= 10 ? y + 1 : y), month: ((m + 2) % 12) + 1 };
}

// --- the API -------------------------------------------------------------------------------------------------------

export const PERSON_FIELDS = 'nationalId title firstName lastName birthDate sex address phone';
export const BENEFICIARY_FIELDS = `id laoCode allowanceType status monthlyAmount firstPaidMonth registeredOn endedOn endReason paymentMethod
  bankAccount disabilityCardNo maskedNationalId person { ${PERSON_FIELDS} }`;

export interface PersonResult {
  nationalId: string | null;
  title: string;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
  sex: string;
  address: string | null;
  phone: string | null;
}

export interface BeneficiaryResult {
  id: string;
  laoCode: string;
  allowanceType: AllowanceType;
  status: string;
  monthlyAmount: number;
  firstPaidMonth: string;
  registeredOn: string;
  endedOn: string | null;
  endReason: string | null;
  paymentMethod: PaymentMethod;
  bankAccount: string | null;
  disabilityCardNo: string | null;
  maskedNationalId: string;
  person: PersonResult;
}

export interface EventResult {
  kind: string;
  effectiveOn: string;
  changes: string[];
  note: string | null;
  actor: string;
}

export interface RegisterInput {
  laoCode: string;
  nationalId: string;
  title: string;
  firstName: string;
  lastName: string;
  birthDate: IsoDate;
  sex: 'MALE' | 'FEMALE';
  address: { houseNo: string; villageNo?: number | null; street?: string | null; subdistrictCode: string };
  phone?: string | null;
  allowanceType: AllowanceType;
  registeredOn: IsoDate;
  paymentMethod: PaymentMethod;
  bankAccount?: string | null;
  disabilityCardNo?: string | null;
}

let nameSerial = 0;

/** Welfare's registry operations over real HTTP. */
export function welfareApi(sut: TestApp) {
  const api = {
    /**
     * A valid registration for the LAO: by default an elderly woman of 75½ (700 baht in any month of the next few),
     * registered on the 1st three months ago (paid from two months ago), paid in cash, with a new national ID.
     */
    async input(laoCode: string, change: Partial<RegisterInput> = {}): Promise<RegisterInput> {
      nameSerial += 1;
      return {
        laoCode,
        nationalId: newNationalId(),
        title: 'นาง',
        firstName: `สมศรี${nameSerial}`,
        lastName: 'ใจดี',
        birthDate: yearsBefore(monthDay(-6, 15), 75),
        sex: 'FEMALE',
        address: { houseNo: '12/3', villageNo: 4, subdistrictCode: await subdistrictOf(sut, laoCode) },
        phone: '0812345678',
        allowanceType: 'ELDERLY',
        registeredOn: monthDay(-3),
        paymentMethod: 'CASH',
        bankAccount: null,
        ...change,
      };
    },

    register: (input: RegisterInput | Record<string, unknown>, caller: Caller) =>
      sut.gql<{ registerBeneficiary: BeneficiaryResult }>(
        `mutation($input: RegisterBeneficiaryInput!) { registerBeneficiary(input: $input) { ${BENEFICIARY_FIELDS} } }`,
        { input },
        caller,
      ),

    /** Registers (api.input with `change`) and answers the enrolment; fails the test when refused. */
    async registered(laoCode: string, caller: Caller, change: Partial<RegisterInput> = {}): Promise<BeneficiaryResult> {
      const res = await api.register(await api.input(laoCode, change), caller);
      if (!res.data?.registerBeneficiary) throw new Error(`registerBeneficiary failed: ${JSON.stringify(res.errors)}`);
      return res.data.registerBeneficiary;
    },

    one: (id: string, caller: Caller) =>
      sut.gql<{ welfareBeneficiary: (BeneficiaryResult & { history: EventResult[] }) | null }>(
        `query($id: ID!) { welfareBeneficiary(id: $id) { ${BENEFICIARY_FIELDS} history { kind effectiveOn changes note actor } } }`,
        { id },
        caller,
      ),

    list: (laoCode: string, caller: Caller, filter: Record<string, unknown> | null = null) =>
      sut.gql<{ welfareBeneficiaries: { totalCount: number; edges: { node: BeneficiaryResult }[] } }>(
        `query($lao: String!, $filter: BeneficiaryFilter) { welfareBeneficiaries(laoCode: $lao, filter: $filter, first: 100) { totalCount edges { node { ${BENEFICIARY_FIELDS} } } } }`,
        { lao: laoCode, filter },
        caller,
      ),

    update: (input: Record<string, unknown>, caller: Caller) =>
      sut.gql<{ updateBeneficiary: BeneficiaryResult }>(
        `mutation($input: UpdateBeneficiaryInput!) { updateBeneficiary(input: $input) { ${BENEFICIARY_FIELDS} } }`,
        { input },
        caller,
      ),

    end: (input: { id: string; reason: string; endedOn: IsoDate; note?: string }, caller: Caller) =>
      sut.gql<{ endBeneficiary: BeneficiaryResult }>(`mutation($input: EndBeneficiaryInput!) { endBeneficiary(input: $input) { ${BENEFICIARY_FIELDS} } }`, { input }, caller),

    suspend: (id: string, on: IsoDate, caller: Caller, note?: string) =>
      sut.gql<{ suspendBeneficiary: BeneficiaryResult }>(
        `mutation($input: BeneficiaryStatusInput!) { suspendBeneficiary(input: $input) { ${BENEFICIARY_FIELDS} } }`,
        { input: { id, on, note } },
        caller,
      ),

    resume: (id: string, on: IsoDate, caller: Caller) =>
      sut.gql<{ resumeBeneficiary: BeneficiaryResult }>(
        `mutation($input: BeneficiaryStatusInput!) { resumeBeneficiary(input: $input) { ${BENEFICIARY_FIELDS} } }`,
        { input: { id, on } },
        caller,
      ),

    paymentList: (laoCode: string, date: IsoDate, caller: Caller) =>
      sut.gql<{ welfarePaymentList: { count: number; total: number; monthStart: string; rows: { amount: number; beneficiary: BeneficiaryResult }[] } }>(
        `query($lao: String!, $fy: Int!, $month: Int!) {
          welfarePaymentList(laoCode: $lao, fiscalYear: $fy, month: $month) { count total monthStart rows { amount beneficiary { ${BENEFICIARY_FIELDS} } } }
        }`,
        { lao: laoCode, fy: fiscalMonthOf(date).fiscalYear, month: fiscalMonthOf(date).month },
        caller,
      ),

    /** The ids paid in the month of `date`, with their amounts. */
    async paid(laoCode: string, date: IsoDate, caller: Caller): Promise<Record<string, number>> {
      const res = await api.paymentList(laoCode, date, caller);
      if (!res.data) throw new Error(`welfarePaymentList failed: ${JSON.stringify(res.errors)}`);
      return Object.fromEntries(res.data.welfarePaymentList.rows.map((r) => [r.beneficiary.id, r.amount]));
    },
  };
  return api;
}

/** Field paths of a refusal (extensions.fields), for compact assertions. */
export function fieldsOf(result: GraphQLResult<unknown>): { path: string; message: string }[] {
  return (result.errors?.[0]?.extensions.fields as { path: string; message: string }[] | undefined) ?? [];
}
