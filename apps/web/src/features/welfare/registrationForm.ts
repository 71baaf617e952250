import {
  nationalIdSchema,
  registerBeneficiarySchema,
  type AllowanceType,
  type IsoDate,
  type PaymentMethod,
  type Sex,
} from '@lao/domain';
import { z } from 'zod';
import type { RegisterBeneficiaryInput } from '../../generated/graphql';
import { formatDateInputBE, parseDateBE } from '../../ui/dates';
import { messageKeyOf } from '../../ui/forms';

/** The registration form as typed: dates as Buddhist-Era days ("01/03/2509"), choices '' until chosen. */
export interface RegistrationValues {
  nationalId: string;
  title: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: Sex | '';
  houseNo: string;
  villageNo: string;
  street: string;
  subdistrictCode: string;
  phone: string;
  allowanceType: AllowanceType | '';
  registeredOn: string;
  disabilityCardNo: string;
  paymentMethod: PaymentMethod | '';
  bankAccount: string;
}

export type RegistrationField = keyof RegistrationValues;

export function emptyRegistration(today: IsoDate): RegistrationValues {
  return {
    nationalId: '',
    title: '',
    firstName: '',
    lastName: '',
    birthDate: '',
    sex: '',
    houseNo: '',
    villageNo: '',
    street: '',
    subdistrictCode: '',
    phone: '',
    allowanceType: '',
    registeredOn: formatDateInputBE(today),
    disabilityCardNo: '',
    paymentMethod: '',
    bankAccount: '',
  };
}

/** The titles officials type most (the field stays free text, as the API takes it). */
export const COMMON_TITLES = ['นาย', 'นาง', 'นางสาว', 'เด็กชาย', 'เด็กหญิง'] as const;

const digitsOf = (value: string) => value.replace(/[\s-]/g, '');
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The registerBeneficiary input of the form: digits only in the ID, dates in the Christian Era, the bank account only
 * for a bank transfer and the disability card only for the disability allowance (hidden fields send nothing).
 */
export function toRegisterInput(values: RegistrationValues, laoCode: string): RegisterBeneficiaryInput {
  return {
    laoCode,
    nationalId: digitsOf(values.nationalId),
    title: values.title.trim(),
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    birthDate: parseDateBE(values.birthDate) ?? values.birthDate.trim(),
    sex: values.sex as Sex,
    address: {
      houseNo: values.houseNo.trim(),
      villageNo: values.villageNo.trim() === '' ? null : Number(values.villageNo.trim()),
      street: orNull(values.street),
      subdistrictCode: values.subdistrictCode,
    },
    phone: orNull(values.phone),
    allowanceType: values.allowanceType as AllowanceType,
    registeredOn: parseDateBE(values.registeredOn) ?? values.registeredOn.trim(),
    paymentMethod: values.paymentMethod as PaymentMethod,
    bankAccount: values.paymentMethod === 'BANK_TRANSFER' ? orNull(values.bankAccount) : null,
    disabilityCardNo: values.allowanceType === 'DISABILITY' ? orNull(values.disabilityCardNo) : null,
  };
}

/** The form field an issue of the shared schema, or of the server's BAD_USER_INPUT, belongs under. */
export function registrationFieldOf(path: string): RegistrationField | null {
  const field = path.startsWith('address.') ? path.slice('address.'.length) : path;
  const fields: readonly string[] = Object.keys(emptyRegistration('2000-01-01'));
  return fields.includes(field) ? (field as RegistrationField) : null;
}

/** Fields the person must fill or choose: left empty, they say "required" rather than the shared rule's words. */
const REQUIRED: readonly RegistrationField[] = ['nationalId', 'birthDate', 'sex', 'subdistrictCode', 'allowanceType', 'registeredOn', 'paymentMethod'];
const DATES: readonly RegistrationField[] = ['birthDate', 'registeredOn'];

/**
 * The form's rules are the API's (registerBeneficiarySchema of today in Bangkok), each issue under its field;
 * an empty choice is "required" and a day that is not a BE day is "invalid date".
 */
export function registrationSchema(today: IsoDate, laoCode: string) {
  const shared = registerBeneficiarySchema(today);
  return z.custom<RegistrationValues>().superRefine((values, ctx) => {
    const own = new Set<RegistrationField>();
    for (const field of REQUIRED) {
      if (String(values[field]).trim() === '') {
        ctx.addIssue({ code: 'custom', path: [field], message: 'input.required' });
        own.add(field);
      }
    }
    for (const field of DATES) {
      if (!own.has(field) && !parseDateBE(values[field])) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'input.date' });
        own.add(field);
      }
    }
    const result = shared.safeParse(toRegisterInput(values, laoCode));
    if (result.success) return;
    for (const issue of result.error.issues) {
      const field = registrationFieldOf(issue.path.join('.')) ?? 'nationalId';
      if (own.has(field)) continue;
      own.add(field);
      ctx.addIssue({ code: 'custom', path: [field], message: messageKeyOf(issue) });
    }
  });
}

/**
 * The ID's problem as it is typed, before any submit: a character that is not a digit at once, and the check digit
 * as soon as the thirteenth digit is in (the shared nationalIdSchema's keys). null while it is merely incomplete.
 */
export function typedNationalIdIssue(typed: string): string | null {
  const digits = digitsOf(typed);
  if (digits === '' || (/^\d*$/.test(digits) && digits.length < 13)) return null;
  const result = nationalIdSchema.safeParse(typed);
  return result.success ? null : messageKeyOf(result.error.issues[0]!);
}

/** The 13 digits of a typed ID that passes its check digit; null otherwise. */
export function checkedNationalId(typed: string): string | null {
  return typedNationalIdIssue(typed) === null && /^\d{13}$/.test(digitsOf(typed)) ? digitsOf(typed) : null;
}
