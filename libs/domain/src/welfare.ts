import { z } from 'zod';
import { toChristianYear } from './fiscal-year';
import { laoCodeSchema } from './registry';
import { isValidThaiNationalId } from './thai-id';
import { isSafeText, SAFE_TEXT_ISSUE } from './safe-text';
import { plainText } from './validation';

/**
 * Welfare (ระบบสารสนเทศการจัดการฐานข้อมูลเบี้ยยังชีพ, domain.md §5): the allowance registry of the elderly, disabled
 * people and people with AIDS. Dates on the wire are ISO dates in the Christian Era (shown in BE); amounts are
 * computed from these rules, never typed.
 */
export const ALLOWANCE_TYPES = ['ELDERLY', 'DISABILITY', 'AIDS'] as const;
export type AllowanceType = (typeof ALLOWANCE_TYPES)[number];
export const BENEFICIARY_STATUSES = ['ACTIVE', 'SUSPENDED', 'ENDED'] as const;
export type BeneficiaryStatus = (typeof BENEFICIARY_STATUSES)[number];
export const END_REASONS = ['DIED', 'MOVED', 'WAIVED', 'INELIGIBLE', 'OTHER'] as const;
export type EndReason = (typeof END_REASONS)[number];
export const PAYMENT_METHODS = ['BANK_TRANSFER', 'CASH', 'PROXY'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const SEXES = ['MALE', 'FEMALE'] as const;
export type Sex = (typeof SEXES)[number];

export const ALLOWANCE_TYPE_LABELS: Record<AllowanceType, { th: string; en: string }> = {
  ELDERLY: { th: 'เบี้ยยังชีพผู้สูงอายุ', en: 'Elderly allowance' },
  DISABILITY: { th: 'เบี้ยความพิการ', en: 'Disability allowance' },
  AIDS: { th: 'เบี้ยยังชีพผู้ป่วยเอดส์', en: 'AIDS allowance' },
};
export const BENEFICIARY_STATUS_LABELS: Record<BeneficiaryStatus, { th: string; en: string }> = {
  ACTIVE: { th: 'รับเบี้ยอยู่', en: 'Active' },
  SUSPENDED: { th: 'ระงับการจ่ายชั่วคราว', en: 'Suspended' },
  ENDED: { th: 'สิ้นสุดสิทธิ์', en: 'Ended' },
};
export const END_REASON_LABELS: Record<EndReason, { th: string; en: string }> = {
  DIED: { th: 'เสียชีวิต', en: 'Died' },
  MOVED: { th: 'ย้ายภูมิลำเนา', en: 'Moved away' },
  WAIVED: { th: 'สละสิทธิ์', en: 'Waived' },
  INELIGIBLE: { th: 'ขาดคุณสมบัติ', en: 'Ineligible' },
  OTHER: { th: 'อื่น ๆ', en: 'Other' },
};
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, { th: string; en: string }> = {
  BANK_TRANSFER: { th: 'โอนเข้าบัญชีธนาคาร', en: 'Bank transfer' },
  CASH: { th: 'รับเงินสด', en: 'Cash' },
  PROXY: { th: 'มอบอำนาจให้ผู้อื่นรับแทน', en: 'Paid to a proxy' },
};

/** Monthly amounts in baht (api-contract.md, "Welfare"). */
export const ELDERLY_TIERS = [
  { fromAge: 90, amount: 1000 },
  { fromAge: 80, amount: 800 },
  { fromAge: 70, amount: 700 },
  { fromAge: 60, amount: 600 },
] as const;
export const DISABILITY_AMOUNT = 800;
export const DISABILITY_CHILD_AMOUNT = 1000;
export const AIDS_AMOUNT = 500;
export const ELDERLY_AGE = 60;

/** A calendar date as ISO `YYYY-MM-DD` (Christian Era). */
export type IsoDate = string;

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** Whole years of age on a date (a person born 29 Feb has a birthday on 1 Mar in common years). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The first day of the month after a date's month. */
export function monthAfter(date: IsoDate): IsoDate {
  const [y, m] = parts(date);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The first day of month `month` (1 = October) of a Buddhist-Era fiscal year. */
export function fiscalMonthStart(fiscalYear: number, month: number): IsoDate {
  const endYear = toChristianYear(fiscalYear);
  const calendarMonth = ((month + 8) % 12) + 1;
  const year = month <= 3 ? endYear - 1 : endYear;
  return `${year}-${String(calendarMonth).padStart(2, '0')}-01`;
}

/** The allowance for a month (its first day): elderly by age that day, disability 1,000 under 18, AIDS 500. */
export function monthlyAmount(type: AllowanceType, birthDate: IsoDate, monthStart: IsoDate): number {
  const age = ageOn(birthDate, monthStart);
  if (type === 'AIDS') return AIDS_AMOUNT;
  if (type === 'DISABILITY') return age < 18 ? DISABILITY_CHILD_AMOUNT : DISABILITY_AMOUNT;
  return ELDERLY_TIERS.find((t) => age >= t.fromAge)?.amount ?? 0;
}

/**
 * The first month paid: the month after registration, and for the elderly not before the month after the 60th
 * birthday (people register up to a year ahead).
 */
export function firstPaidMonth(type: AllowanceType, birthDate: IsoDate, registeredOn: IsoDate): IsoDate {
  const afterRegistration = monthAfter(registeredOn);
  if (type !== 'ELDERLY') return afterRegistration;
  const [by, bm, bd] = parts(birthDate);
  // 29 Feb birthdays fall on 1 Mar in common years: either way the month after is March's successor or April.
  const sixtieth = `${by + ELDERLY_AGE}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`;
  const afterBirthday = monthAfter(sixtieth);
  return afterBirthday > afterRegistration ? afterBirthday : afterRegistration;
}

/** One enrolment's status history as the payment rules read it: status changes with the day they take effect. */
export interface StatusChange {
  status: BeneficiaryStatus;
  effectiveOn: IsoDate;
}

/** The status in force on a day: the last change effective on or before it (none: not registered yet). */
export function statusOn(changes: readonly StatusChange[], day: IsoDate): BeneficiaryStatus | null {
  let status: BeneficiaryStatus | null = null;
  for (const c of [...changes].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0))) {
    if (c.effectiveOn <= day) status = c.status;
  }
  return status;
}

/**
 * What an enrolment is paid for a month: its amount when the month is paid (from the first paid month) and the
 * enrolment is ACTIVE on the month's first day; an enrolment ended during a month was still paid that month.
 */
export function amountForMonth(
  enrolment: { allowanceType: AllowanceType; birthDate: IsoDate; registeredOn: IsoDate; changes: readonly StatusChange[] },
  monthStart: IsoDate,
): number {
  if (monthStart < firstPaidMonth(enrolment.allowanceType, enrolment.birthDate, enrolment.registeredOn)) return 0;
  if (statusOn(enrolment.changes, monthStart) !== 'ACTIVE') return 0;
  return monthlyAmount(enrolment.allowanceType, enrolment.birthDate, monthStart);
}

/** The elderly tier an amount belongs to, for summaries by tier. */
export const ELDERLY_TIER_AMOUNTS = ELDERLY_TIERS.map((t) => t.amount).sort((a, b) => a - b);

// --- input ---------------------------------------------------------------------------------------------------------

// Names hold no control characters at all (tabs and line breaks included, which plainText allows in notes): the
// shared one-line rule of safe-text.ts (which also refuses separators and bidirectional marks and overrides).
/** A person's name or title: trimmed, no control or bidirectional-override characters. */
function nameText(max: number) {
  return plainText(max).pipe(
    z
      .string()
      .min(1, { error: 'input.required' })
      .refine((v) => isSafeText(v, { line: true }), SAFE_TEXT_ISSUE),
  );
}

/** An ISO date (Christian Era): a Buddhist-Era year typed on the wire (2509-03-01) is refused with its own message. */
// Each check aborts the ones after it (refinements of this schema and of schemas built on it, such as "not in the
// future"), so a date gets one message: not "send the Christian Era" for a string that is no date at all.
export const isoDateSchema = z
  .string({ error: 'input.date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'input.date', abort: true })
  .refine((v) => Number(v.slice(0, 4)) < 2400, { error: 'welfare.dateBuddhistEra', abort: true })
  .refine(
    (v) => {
      const [y, m, d] = parts(v);
      const date = new Date(Date.UTC(y, m - 1, d));
      return y >= 1880 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: 'input.date', abort: true },
  );

export const nationalIdSchema = z
  .string({ error: 'welfare.nationalIdFormat' })
  .transform((v) => v.replace(/[\s-]/g, ''))
  // Not 13 digits: that message alone (the check digit of something that is no ID says nothing).
  .pipe(z.string().regex(/^\d{13}$/, { error: 'welfare.nationalIdFormat', abort: true }).refine(isValidThaiNationalId, { error: 'welfare.nationalIdCheckDigit' }));

export const bankAccountSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{10,12}$/, { error: 'welfare.bankAccount' }));

export const phoneSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^0\d{8,9}$/, { error: 'welfare.phone' }));

/** An address in the LAO: house number, village (หมู่ที่) and a subdistrict of the LAO's district (checked by the API). */
export const beneficiaryAddressSchema = z.object({
  houseNo: plainText(20).pipe(z.string().min(1, { error: 'input.required' })),
  villageNo: z.number({ error: 'welfare.villageNo' }).int({ error: 'welfare.villageNo' }).min(1, { error: 'welfare.villageNo' }).max(99, { error: 'welfare.villageNo' }).nullish(),
  street: plainText(100).nullish(),
  subdistrictCode: z.string().regex(/^\d{6}$/, { error: 'welfare.subdistrict' }),
});
export type BeneficiaryAddress = z.infer<typeof beneficiaryAddressSchema>;

/** `today` is the caller's date in Bangkok (the API passes its own; the SPA its own). */
export function registerBeneficiarySchema(today: IsoDate) {
  return z
    .object({
      laoCode: laoCodeSchema,
      nationalId: nationalIdSchema,
      title: nameText(30),
      firstName: nameText(100),
      lastName: nameText(100),
      birthDate: isoDateSchema.refine((d) => d <= today, { error: 'welfare.birthDateFuture' }),
      sex: z.enum(SEXES, { error: 'input.invalid' }),
      address: beneficiaryAddressSchema,
      phone: phoneSchema.nullish(),
      allowanceType: z.enum(ALLOWANCE_TYPES, { error: 'input.invalid' }),
      registeredOn: isoDateSchema.refine((d) => d <= today, { error: 'welfare.registeredFuture' }),
      paymentMethod: z.enum(PAYMENT_METHODS, { error: 'input.invalid' }),
      bankAccount: bankAccountSchema.nullish(),
      disabilityCardNo: plainText(30).nullish(),
    })
    .superRefine((input, ctx) => {
      if (input.paymentMethod === 'BANK_TRANSFER' && !input.bankAccount) ctx.addIssue({ code: 'custom', path: ['bankAccount'], message: 'welfare.bankAccountRequired' });
      if (input.allowanceType === 'DISABILITY' && !input.disabilityCardNo) ctx.addIssue({ code: 'custom', path: ['disabilityCardNo'], message: 'welfare.disabilityCardRequired' });
      if (input.registeredOn < input.birthDate) ctx.addIssue({ code: 'custom', path: ['registeredOn'], message: 'welfare.registeredBeforeBirth' });
      if (input.allowanceType === 'ELDERLY') {
        // Registration opens up to a year before the 60th birthday.
        const [by, bm, bd] = parts(input.birthDate);
        const earliest = `${by + ELDERLY_AGE - 1}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`;
        if (input.registeredOn < earliest) ctx.addIssue({ code: 'custom', path: ['registeredOn'], message: 'welfare.elderlyTooEarly' });
      }
    });
}
export type RegisterBeneficiaryInput = z.input<ReturnType<typeof registerBeneficiarySchema>>;

const idSchema = z.string().uuid({ error: 'welfare.unknownBeneficiary' });

export const updateBeneficiarySchema = z
  .object({
    id: idSchema,
    address: beneficiaryAddressSchema.nullish(),
    phone: phoneSchema.nullish(),
    paymentMethod: z.enum(PAYMENT_METHODS).nullish(),
    bankAccount: bankAccountSchema.nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.paymentMethod === 'BANK_TRANSFER' && input.bankAccount === null) ctx.addIssue({ code: 'custom', path: ['bankAccount'], message: 'welfare.bankAccountRequired' });
  });

export function endBeneficiarySchema(today: IsoDate) {
  return z.object({
    id: idSchema,
    reason: z.enum(END_REASONS, { error: 'input.invalid' }),
    endedOn: isoDateSchema.refine((d) => d <= today, { error: 'welfare.endedFuture' }),
    note: plainText(500).nullish(),
  });
}

export function statusChangeSchema(today: IsoDate) {
  return z.object({
    id: idSchema,
    on: isoDateSchema.refine((d) => d <= today, { error: 'welfare.endedFuture' }),
    note: plainText(500).nullish(),
  });
}

export const revealPurposeSchema = plainText(300).pipe(z.string().min(5, { error: 'welfare.purposeRequired' }));

export const beneficiaryFilterSchema = z
  .object({
    allowanceType: z.enum(ALLOWANCE_TYPES).nullish(),
    status: z.enum(BENEFICIARY_STATUSES).nullish(),
    search: plainText(100).nullish(),
  })
  .nullish();

export const paymentMonthSchema = z.number().int({ error: 'welfare.month' }).min(1, { error: 'welfare.month' }).max(12, { error: 'welfare.month' });

/**
 * The month a fiscal year's counts are taken for: the current month within the current year, September (month 12)
 * for a past year, October (month 1) for a coming one.
 */
export function referenceMonth(fiscalYear: number, today: IsoDate): IsoDate {
  const first = fiscalMonthStart(fiscalYear, 1);
  const last = fiscalMonthStart(fiscalYear, 12);
  const current = `${today.slice(0, 7)}-01`;
  if (current < first) return first;
  if (current > last) return last;
  return current;
}

/** Today in Bangkok as an ISO date (the registry's dates are Thai calendar days). */
export function bangkokToday(now: Date = new Date()): IsoDate {
  // One formatter for the process (making one costs about half a millisecond).
  bangkokDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' });
  return bangkokDayFormat.format(now);
}
let bangkokDayFormat: Intl.DateTimeFormat | undefined;
