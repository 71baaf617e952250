import { isMessageKey } from './errors';
import { isValidThaiNationalId } from './thai-id';
import {
  ALLOWANCE_TYPE_LABELS,
  ALLOWANCE_TYPES,
  BENEFICIARY_STATUS_LABELS,
  BENEFICIARY_STATUSES,
  END_REASON_LABELS,
  END_REASONS,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  ageOn,
  amountForMonth,
  beneficiaryFilterSchema,
  ELDERLY_TIER_AMOUNTS,
  firstPaidMonth,
  fiscalMonthStart,
  isoDateSchema,
  monthlyAmount,
  nationalIdSchema,
  paymentMonthSchema,
  referenceMonth,
  registerBeneficiarySchema,
  type RegisterBeneficiaryInput,
  revealPurposeSchema,
  type StatusChange,
  statusOn,
  updateBeneficiarySchema,
} from './welfare';

/** The messages an input is refused with, each with its field path (none when accepted). */
const refusals = (schema: { safeParse(v: unknown): { error?: { issues: { message: string; path: PropertyKey[] }[] } } }, input: unknown) =>
  schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const VALID_ID = '1101700230708'; // check digit 8: its weighted sum's remainder maps to no other digit

describe('national ID check digit', () => {
  it('accepts a valid ID and refuses it with its check digit changed', () => {
    expect(isValidThaiNationalId(VALID_ID)).toBe(true);
    for (const d of '012345679') expect(isValidThaiNationalId(VALID_ID.slice(0, 12) + d)).toBe(false);
  });

  // Every position but the third carries a weight (13, 12, 10, 9, …, 2) prime to 11, so changing its digit changes
  // the check digit; the third digit's weight is 11, which the official algorithm cannot see.
  const positions = [...Array(12).keys()].filter((i) => i !== 2);
  it.each(positions)('refuses each change of digit %i', (i) => {
    for (const d of '0123456789'.replace(VALID_ID[i]!, '')) {
      expect(isValidThaiNationalId(VALID_ID.slice(0, i) + d + VALID_ID.slice(i + 1))).toBe(false);
    }
  });

  it('follows the official algorithm for the third digit (weight 11, not covered by the check digit)', () => {
    expect(isValidThaiNationalId(`${VALID_ID.slice(0, 2)}9${VALID_ID.slice(3)}`)).toBe(true);
  });

  it.each([
    ['1-1017-00230-70-8', VALID_ID],
    ['1 1017 00230 70 8', VALID_ID],
    [' 1101700230708 ', VALID_ID],
  ])('accepts %j as typed from a card, stored as digits', (typed, stored) => {
    expect(nationalIdSchema.parse(typed)).toBe(stored);
  });

  it.each([
    ['110170023070', 'welfare.nationalIdFormat'], // 12 digits
    ['11017002307081', 'welfare.nationalIdFormat'], // 14 digits
    ['11017002307O8', 'welfare.nationalIdFormat'],
    ['1101700230705', 'welfare.nationalIdCheckDigit'],
  ])('refuses %s with %s', (typed, message) => {
    expect(refusals(nationalIdSchema, typed)).toEqual([`: ${message}`]);
  });
});

describe('monthlyAmount: the amount for a month, by age on its first day', () => {
  it.each([
    // elderly: each tier from the month whose first day the person has the age
    ['ELDERLY', '1966-12-02', '2026-12-01', 0], // 59: the birthday is on the 2nd
    ['ELDERLY', '1966-12-01', '2026-11-01', 0], // 59
    ['ELDERLY', '1966-12-01', '2026-12-01', 600], // 60 on the first
    ['ELDERLY', '1956-12-01', '2026-11-01', 600], // 69
    ['ELDERLY', '1956-12-01', '2026-12-01', 700], // 70
    ['ELDERLY', '1946-12-01', '2026-11-01', 700], // 79
    ['ELDERLY', '1946-12-01', '2026-12-01', 800], // 80
    ['ELDERLY', '1936-12-01', '2026-11-01', 800], // 89
    ['ELDERLY', '1936-12-01', '2026-12-01', 1000], // 90
    ['ELDERLY', '1916-05-20', '2026-12-01', 1000], // 110
    // 29 February: a birthday on 1 March in common years
    ['ELDERLY', '1956-02-29', '2026-02-01', 600], // 69
    ['ELDERLY', '1956-02-29', '2026-03-01', 700], // 70 (2026 has no 29 February)
    ['ELDERLY', '1944-02-29', '2024-02-01', 700], // 79
    ['ELDERLY', '1944-02-29', '2024-03-01', 800], // 80 (on 29 February 2024)
    ['ELDERLY', '1936-02-29', '2026-02-01', 800], // 89
    ['ELDERLY', '1936-02-29', '2026-03-01', 1000], // 90
    // disability: 1,000 under 18, 800 from the month starting on or after the 18th birthday, whatever the age
    ['DISABILITY', '2021-06-15', '2026-12-01', 1000],
    ['DISABILITY', '2008-12-01', '2026-11-01', 1000], // 17
    ['DISABILITY', '2008-12-01', '2026-12-01', 800], // 18
    ['DISABILITY', '1950-01-01', '2026-12-01', 800], // elderly tiers do not apply
    // AIDS: 500 at any age
    ['AIDS', '2016-01-01', '2026-12-01', 500],
    ['AIDS', '1930-01-01', '2026-12-01', 500],
  ] as const)('%s born %s, month %s: %i baht', (type, birthDate, month, amount) => {
    expect(monthlyAmount(type, birthDate, month)).toBe(amount);
  });

  it.each([
    ['1956-02-29', '2026-02-28', 69],
    ['1956-02-29', '2026-03-01', 70],
    ['1964-02-29', '2024-02-28', 59],
    ['1964-02-29', '2024-02-29', 60],
  ])('ageOn(%s, %s) = %i', (birthDate, on, age) => {
    expect(ageOn(birthDate, on)).toBe(age);
  });
});

describe('firstPaidMonth', () => {
  it.each([
    // elderly: the month after the 60th birthday, when registered ahead of it
    ['ELDERLY', '1966-12-15', '2026-03-10', '2027-01-01'],
    ['ELDERLY', '1966-12-01', '2026-01-05', '2027-01-01'], // 60 on the 1st: still the month after
    ['ELDERLY', '1964-02-29', '2023-06-01', '2024-03-01'],
    ['ELDERLY', '1966-02-28', '2025-06-01', '2026-03-01'],
    // … and not before the month after registration
    ['ELDERLY', '1960-05-05', '2026-11-20', '2026-12-01'],
    ['ELDERLY', '1966-06-10', '2026-06-20', '2026-07-01'], // registered after the birthday in its month
    ['ELDERLY', '1955-01-01', '2026-12-31', '2027-01-01'],
    // others: the month after registration, whatever the age
    ['DISABILITY', '2000-01-01', '2026-03-31', '2026-04-01'],
    ['DISABILITY', '2020-07-07', '2026-12-31', '2027-01-01'],
    ['AIDS', '1990-01-01', '2026-06-01', '2026-07-01'],
    ['AIDS', '1966-12-15', '2026-03-10', '2026-04-01'], // a 59-year-old: the elderly rule does not apply
  ] as const)('%s born %s registered %s: from %s', (type, birthDate, registeredOn, first) => {
    expect(firstPaidMonth(type, birthDate, registeredOn)).toBe(first);
  });
});

describe('amountForMonth: suspensions and ends', () => {
  // An elderly person of 74 registered on 10 January 2025: paid from February, 700 a month.
  const enrolment = (...later: StatusChange[]) => ({
    allowanceType: 'ELDERLY' as const,
    birthDate: '1950-06-15',
    registeredOn: '2025-01-10',
    changes: [{ status: 'ACTIVE' as const, effectiveOn: '2025-01-10' }, ...later],
  });

  it.each([
    ['not before the first paid month', enrolment(), '2025-01-01', 0],
    [
      'registered on the 1st: ACTIVE that day, still not paid that month',
      { ...enrolment(), registeredOn: '2025-01-01', changes: [{ status: 'ACTIVE' as const, effectiveOn: '2025-01-01' }] },
      '2025-01-01',
      0,
    ],
    ['from the first paid month', enrolment(), '2025-02-01', 700],
    ['suspended on the 1st: not paid that month', enrolment({ status: 'SUSPENDED', effectiveOn: '2025-03-01' }), '2025-03-01', 0],
    ['suspended on the 2nd: paid that month', enrolment({ status: 'SUSPENDED', effectiveOn: '2025-03-02' }), '2025-03-01', 700],
    ['suspended on the 2nd: not paid the month after', enrolment({ status: 'SUSPENDED', effectiveOn: '2025-03-02' }), '2025-04-01', 0],
    [
      'resumed on the 1st: paid that month',
      enrolment({ status: 'SUSPENDED', effectiveOn: '2025-03-02' }, { status: 'ACTIVE', effectiveOn: '2025-05-01' }),
      '2025-05-01',
      700,
    ],
    [
      'resumed on the 2nd: paid from the month after',
      enrolment({ status: 'SUSPENDED', effectiveOn: '2025-03-02' }, { status: 'ACTIVE', effectiveOn: '2025-05-02' }),
      '2025-05-01',
      0,
    ],
    ['ended during a month: still paid that month', enrolment({ status: 'ENDED', effectiveOn: '2025-06-20' }), '2025-06-01', 700],
    ['ended during a month: not paid after', enrolment({ status: 'ENDED', effectiveOn: '2025-06-20' }), '2025-07-01', 0],
    ['ended on the 1st: not paid that month', enrolment({ status: 'ENDED', effectiveOn: '2025-06-01' }), '2025-06-01', 0],
    ['a tier reached while paid: the new amount', enrolment(), '2030-07-01', 800],
  ])('%s', (_case, e, month, amount) => {
    expect(amountForMonth(e, month)).toBe(amount);
  });

  it('reads the status in force whatever order the changes come in', () => {
    const changes: StatusChange[] = [
      { status: 'ACTIVE', effectiveOn: '2025-05-01' },
      { status: 'ACTIVE', effectiveOn: '2025-01-10' },
      { status: 'SUSPENDED', effectiveOn: '2025-03-02' },
    ];
    expect([statusOn(changes, '2025-01-09'), statusOn(changes, '2025-04-01'), statusOn(changes, '2025-05-01')]).toEqual([null, 'SUSPENDED', 'ACTIVE']);
    expect(statusOn([...changes].reverse(), '2025-04-01')).toBe('SUSPENDED');
    expect(statusOn([changes[0]!, changes[2]!, changes[1]!], '2025-06-01')).toBe('ACTIVE');
  });
});

it('knows the elderly tiers in ascending order, for summaries by tier', () => {
  expect(ELDERLY_TIER_AMOUNTS).toEqual([600, 700, 800, 1000]);
});

describe('isoDateSchema: Christian-Era calendar dates', () => {
  it.each([
    ['1880-01-01', []],
    ['2399-12-31', []],
    ['2024-02-29', []],
    ['1879-12-31', [': input.date']],
    ['2400-01-01', [': welfare.dateBuddhistEra']],
    ['2023-02-29', [': input.date']],
    ['2026-12-32', [': input.date']],
    ['x1951-05-20', [': input.date']],
    ['1951-05-20x', [': input.date']],
    [19510520, [': input.date']],
  ])('%j → %j', (value, expected) => {
    expect(refusals(isoDateSchema, value)).toEqual(expected);
  });
});

describe('fiscal months and the reference month', () => {
  it.each([
    [2570, 1, '2026-10-01'],
    [2570, 3, '2026-12-01'],
    [2570, 4, '2027-01-01'],
    [2570, 12, '2027-09-01'],
    [2569, 1, '2025-10-01'],
  ])('FY %i month %i starts on %s', (fy, month, start) => {
    expect(fiscalMonthStart(fy, month)).toBe(start);
  });

  it.each([
    [2570, '2026-12-15', '2026-12-01'], // the current month of the current year
    [2570, '2026-10-01', '2026-10-01'],
    [2570, '2027-09-30', '2027-09-01'],
    [2569, '2026-12-15', '2026-09-01'], // a past year: its September
    [2571, '2026-12-15', '2027-10-01'], // a coming year: its October
  ])('FY %i on %s counts %s', (fy, today, month) => {
    expect(referenceMonth(fy, today)).toBe(month);
  });
});

describe('registerBeneficiarySchema', () => {
  const TODAY = '2026-12-01';
  const schema = registerBeneficiarySchema(TODAY);
  // A 75-year-old, paid by transfer.
  const valid: RegisterBeneficiaryInput = {
    laoCode: '6120101',
    nationalId: VALID_ID,
    title: 'นาง',
    firstName: 'สมศรี',
    lastName: 'ใจดี',
    birthDate: '1951-05-20',
    sex: 'FEMALE',
    address: { houseNo: '12/3', villageNo: 4, subdistrictCode: '120101' },
    phone: '0812345678',
    allowanceType: 'ELDERLY',
    registeredOn: '2026-06-01',
    paymentMethod: 'BANK_TRANSFER',
    bankAccount: '1234567890',
  };

  it.each([
    ['the base input', {}],
    ['an ID with dashes', { nationalId: '1-1017-00230-70-8' }],
    ['a bank account of 12 digits with dashes', { bankAccount: '123-456-789-012' }],
    ['cash without a bank account', { paymentMethod: 'CASH', bankAccount: null }],
    ['a disability enrolment with its card', { allowanceType: 'DISABILITY', disabilityCardNo: '1-1017-00230-70-8' }],
    ['an elderly registration exactly a year before the 60th birthday', { birthDate: '1967-06-15', registeredOn: '2026-06-15' }],
    ['the same with a single-digit month and day', { birthDate: '1967-03-05', registeredOn: '2026-03-05' }],
    ['an address without village or street', { address: { houseNo: '7', subdistrictCode: '120101' } }],
    ['a birth date of today', { allowanceType: 'AIDS', birthDate: TODAY, registeredOn: TODAY }],
  ])('accepts %s', (_case, change) => {
    expect(refusals(schema, { ...valid, ...change })).toEqual([]);
  });

  it.each([
    ['a wrong check digit', { nationalId: '1101700230705' }, 'nationalId: welfare.nationalIdCheckDigit'],
    ['a 12-digit ID', { nationalId: '110170023070' }, 'nationalId: welfare.nationalIdFormat'],
    ['a Buddhist-Era birth date', { birthDate: '2509-03-01' }, 'birthDate: welfare.dateBuddhistEra'],
    ['a Buddhist-Era registration date', { registeredOn: '2569-06-01' }, 'registeredOn: welfare.dateBuddhistEra'],
    ['a date that does not exist', { birthDate: '1951-02-29' }, 'birthDate: input.date'],
    ['a date that is no date', { birthDate: '20 May 1951' }, 'birthDate: input.date'],
    ['a future registration', { registeredOn: '2026-12-02' }, 'registeredOn: welfare.registeredFuture'],
    ['a registration before birth', { allowanceType: 'AIDS', birthDate: '2026-06-02' }, 'registeredOn: welfare.registeredBeforeBirth'],
    ['an elderly registration more than a year before the 60th birthday', { birthDate: '1967-06-15', registeredOn: '2026-06-14' }, 'registeredOn: welfare.elderlyTooEarly'],
    ['the same with a single-digit month and day', { birthDate: '1967-03-05', registeredOn: '2026-03-04' }, 'registeredOn: welfare.elderlyTooEarly'],
    ['a registration date that does not exist, after today', { registeredOn: '2026-12-32' }, 'registeredOn: input.date'],
    ['an ID that is no string', { nationalId: 1101700230708 }, 'nationalId: welfare.nationalIdFormat'],
    ['an empty first name', { firstName: '  ' }, 'firstName: input.required'],
    ['an empty house number', { address: { houseNo: '', subdistrictCode: '120101' } }, 'address.houseNo: input.required'],
    ['village 0', { address: { houseNo: '1', villageNo: 0, subdistrictCode: '120101' } }, 'address.villageNo: welfare.villageNo'],
    ['village 100', { address: { houseNo: '1', villageNo: 100, subdistrictCode: '120101' } }, 'address.villageNo: welfare.villageNo'],
    ['village 2.5', { address: { houseNo: '1', villageNo: 2.5, subdistrictCode: '120101' } }, 'address.villageNo: welfare.villageNo'],
    ['village as text', { address: { houseNo: '1', villageNo: '3', subdistrictCode: '120101' } }, 'address.villageNo: welfare.villageNo'],
    ['a subdistrict code of 7 digits', { address: { houseNo: '1', subdistrictCode: '1120101' } }, 'address.subdistrictCode: welfare.subdistrict'],
    ['a phone of 11 digits', { phone: '08123456789' }, 'phone: welfare.phone'],
    ['a phone not starting with 0', { phone: '1081234567' }, 'phone: welfare.phone'],
    ['an unknown sex', { sex: 'X' }, 'sex: input.invalid'],
    ['an unknown allowance', { allowanceType: 'PENSION' }, 'allowanceType: input.invalid'],
    ['an unknown payment method', { paymentMethod: 'CHEQUE' }, 'paymentMethod: input.invalid'],
    ['a bank account of 9 digits', { bankAccount: '123456789' }, 'bankAccount: welfare.bankAccount'],
    ['a bank account of 13 digits', { bankAccount: '1234567890123' }, 'bankAccount: welfare.bankAccount'],
    ['a bank transfer without an account', { bankAccount: null }, 'bankAccount: welfare.bankAccountRequired'],
    ['a disability enrolment without its card', { allowanceType: 'DISABILITY' }, 'disabilityCardNo: welfare.disabilityCardRequired'],
    ['a right-to-left override in a first name', { firstName: '\u202Eสมศรี' }, 'firstName: input.controlCharacters'],
    ['an isolate in a last name', { lastName: 'ใจ\u2067ดี' }, 'lastName: input.controlCharacters'],
    ['a line break in a first name', { firstName: 'สม\nศรี' }, 'firstName: input.controlCharacters'],
    ['a tab in a title', { title: 'นาง\tสาว' }, 'title: input.controlCharacters'],
    ['a NUL in a last name', { lastName: 'ใจดี\u0000' }, 'lastName: input.controlCharacters'],
    ['a subdistrict code that is not one', { address: { houseNo: '1', subdistrictCode: '1201' } }, 'address.subdistrictCode: welfare.subdistrict'],
  ])('refuses %s, naming the field', (_case, change, refusal) => {
    expect(refusals(schema, { ...valid, ...change })).toEqual([refusal]);
  });

  it('refuses a future birth date (a registration cannot follow it either)', () => {
    expect(refusals(schema, { ...valid, allowanceType: 'AIDS', birthDate: '2026-12-02', registeredOn: TODAY })).toEqual([
      'birthDate: welfare.birthDateFuture',
      'registeredOn: welfare.registeredBeforeBirth',
    ]);
  });

  it('names every message it refuses with in the message table', () => {
    const messages = refusals(schema, { ...valid, nationalId: '1', birthDate: '2509-01-01', bankAccount: '1', firstName: '\u202E' }).map((r) => r.split(': ')[1]!);
    expect(messages).toHaveLength(4);
    for (const m of messages) expect(isMessageKey(m)).toBe(true);
  });
});

describe('updateBeneficiarySchema', () => {
  const id = '7b4c1f9e-2d3a-4e5b-8c6d-0a1b2c3d4e5f';
  it.each([
    [{ id, paymentMethod: 'BANK_TRANSFER', bankAccount: null }, ['bankAccount: welfare.bankAccountRequired']],
    [{ id, bankAccount: '12345' }, ['bankAccount: welfare.bankAccount']],
    [{ id, phone: '12345' }, ['phone: welfare.phone']],
    [{ id, paymentMethod: 'BANK_TRANSFER', bankAccount: '1234567890' }, []],
    [{ id, phone: '081-234-5678' }, []],
    [{ id, paymentMethod: 'CASH', bankAccount: null }, []],
    [{ id: 'not-an-id', phone: '0812345678' }, ['id: welfare.unknownBeneficiary']],
  ])('%j → %j', (input, expected) => {
    expect(refusals(updateBeneficiarySchema, input)).toEqual(expected);
  });
});

describe('the small schemas', () => {
  it.each([
    [revealPurposeSchema, 'ตรวจสอบ', []],
    [revealPurposeSchema, 'abcd', [': welfare.purposeRequired']],
    [revealPurposeSchema, '  abcd  ', [': welfare.purposeRequired']],
    [paymentMonthSchema, 1, []],
    [paymentMonthSchema, 12, []],
    [paymentMonthSchema, 0, [': welfare.month']],
    [paymentMonthSchema, 13, [': welfare.month']],
    [paymentMonthSchema, 1.5, [': welfare.month']],
    [beneficiaryFilterSchema, null, []],
    [beneficiaryFilterSchema, { allowanceType: 'AIDS', status: 'ENDED', search: 'สม' }, []],
  ] as const)('%#: %j → %j', (schema, value, expected) => {
    expect(refusals(schema, value)).toEqual(expected);
  });

  it('refuses a filter naming an unknown allowance', () => {
    expect(beneficiaryFilterSchema.safeParse({ allowanceType: 'PENSION' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['allowanceType']);
  });
});

// The registry's lists as the SPA shows them (selects, badges): a distinct Thai and English word for each member.
describe.each<[string, readonly string[], Record<string, { th: string; en: string }>]>([
  ['ALLOWANCE_TYPE_LABELS', ALLOWANCE_TYPES, ALLOWANCE_TYPE_LABELS],
  ['BENEFICIARY_STATUS_LABELS', BENEFICIARY_STATUSES, BENEFICIARY_STATUS_LABELS],
  ['END_REASON_LABELS', END_REASONS, END_REASON_LABELS],
  ['PAYMENT_METHOD_LABELS', PAYMENT_METHODS, PAYMENT_METHOD_LABELS],
])('%s', (_name, members, labels) => {
  it.each(['th', 'en'] as const)('labels exactly its members, each with a distinct, non-blank %s word', (lang) => {
    expect(Object.keys(labels).sort()).toEqual([...members].sort());
    const words = members.map((m) => labels[m]?.[lang]);
    for (const word of words) expect(word).toMatch(/\S/);
    expect(new Set(words).size).toBe(members.length);
  });
});
