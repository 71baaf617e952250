import {
  endBeneficiarySchema,
  revealPurposeSchema,
  statusChangeSchema,
  updateBeneficiarySchema,
  type EndReason,
  type IsoDate,
  type PaymentMethod,
} from '@lao/domain';
import { z } from 'zod';
import type { BeneficiaryStatusInput, EndBeneficiaryInput, UpdateBeneficiaryInput } from '../../generated/graphql';
import { formatDateInputBE, parseDateBE } from '../../ui/dates';
import { messageKeyOf } from '../../ui/forms';
import type { AddressValues } from './AddressFields';

/**
 * The person page's dialogs as typed (dates as Buddhist-Era days), the inputs they send, and their rules: the shared
 * schemas of today in Bangkok, each issue under its field.
 */

/** Checks the input a form would send with the shared schema, each issue under the form field `fieldOf` names. */
function sharedRules<V extends object>(values: V, ctx: z.RefinementCtx, schema: z.ZodType, input: unknown, fieldOf: (path: string) => keyof V & string, dates: readonly (keyof V & string)[] = []) {
  const own = new Set<string>();
  for (const field of dates) {
    const typed = String(values[field] ?? '');
    if (!parseDateBE(typed)) {
      ctx.addIssue({ code: 'custom', path: [field], message: typed.trim() ? 'input.date' : 'input.required' });
      own.add(field);
    }
  }
  const result = schema.safeParse(input);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path.join('.'));
    if (own.has(field)) continue;
    own.add(field);
    ctx.addIssue({ code: 'custom', path: [field], message: messageKeyOf(issue) });
  }
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

// --- reveal ---------------------------------------------------------------------------------------------------------

export const revealSchema = z.object({ purpose: revealPurposeSchema });

// --- suspend / resume -----------------------------------------------------------------------------------------------

export interface StatusValues {
  on: string;
  note: string;
}

export const emptyStatus = (today: IsoDate): StatusValues => ({ on: formatDateInputBE(today), note: '' });

export const toStatusInput = (id: string, values: StatusValues): BeneficiaryStatusInput => ({ id, on: parseDateBE(values.on) ?? values.on.trim(), note: orNull(values.note) });

export function statusSchema(today: IsoDate, id: string) {
  const shared = statusChangeSchema(today);
  return z.custom<StatusValues>().superRefine((values, ctx) =>
    sharedRules(values, ctx, shared, toStatusInput(id, values), (path) => (path === 'note' ? 'note' : 'on'), ['on']),
  );
}

// --- end ------------------------------------------------------------------------------------------------------------

export interface EndValues {
  reason: EndReason | '';
  endedOn: string;
  note: string;
}

export const emptyEnd = (today: IsoDate): EndValues => ({ reason: '', endedOn: formatDateInputBE(today), note: '' });

export const toEndInput = (id: string, values: EndValues): EndBeneficiaryInput => ({
  id,
  reason: values.reason as EndReason,
  endedOn: parseDateBE(values.endedOn) ?? values.endedOn.trim(),
  note: orNull(values.note),
});

export function endSchema(today: IsoDate, id: string) {
  const shared = endBeneficiarySchema(today);
  return z.custom<EndValues>().superRefine((values, ctx) => {
    if (!values.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'input.required' });
    sharedRules(values, ctx, shared, toEndInput(id, values), (path) => (path === 'reason' || path === 'note' ? path : 'endedOn'), ['endedOn']);
  });
}

// --- edit -----------------------------------------------------------------------------------------------------------

export interface EditValues extends AddressValues {
  /** The address is a formatted text on the API: a new one is typed in full, or left as it is. */
  changeAddress: boolean;
  phone: string;
  paymentMethod: PaymentMethod;
  bankAccount: string;
}

export function editDefaults(current: { phone: string | null; paymentMethod: PaymentMethod; bankAccount: string | null }): EditValues {
  return { changeAddress: false, houseNo: '', villageNo: '', street: '', subdistrictCode: '', phone: current.phone ?? '', paymentMethod: current.paymentMethod, bankAccount: current.bankAccount ?? '' };
}

/**
 * Only what the form changes (a field left as it was is left out, so nothing is cleared by accident): the address
 * when asked for, the bank account only for a bank transfer.
 */
export function toUpdateInput(id: string, values: EditValues, initial: EditValues = values): UpdateBeneficiaryInput {
  const input: UpdateBeneficiaryInput = { id };
  if (values.phone.trim() !== initial.phone.trim()) input.phone = orNull(values.phone);
  if (values.paymentMethod !== initial.paymentMethod) input.paymentMethod = values.paymentMethod;
  if (values.paymentMethod === 'BANK_TRANSFER' && (values.bankAccount.trim() !== initial.bankAccount.trim() || values.paymentMethod !== initial.paymentMethod)) {
    input.bankAccount = orNull(values.bankAccount);
  }
  if (values.changeAddress) {
    input.address = {
      houseNo: values.houseNo.trim(),
      villageNo: values.villageNo.trim() === '' ? null : Number(values.villageNo.trim()),
      street: orNull(values.street),
      subdistrictCode: values.subdistrictCode,
    };
  }
  return input;
}

const EDIT_FIELDS = ['houseNo', 'villageNo', 'street', 'subdistrictCode', 'phone', 'paymentMethod', 'bankAccount'] as const;

/** The edit form field an issue path names ("address.houseNo" → houseNo). */
export function editFieldOf(path: string): (typeof EDIT_FIELDS)[number] {
  const field = path.replace(/^address\./, '');
  return (EDIT_FIELDS as readonly string[]).includes(field) ? (field as (typeof EDIT_FIELDS)[number]) : 'phone';
}

export const editSchema = (id: string, initial: EditValues) =>
  z.custom<EditValues>().superRefine((values, ctx) => {
    if (values.changeAddress && !values.subdistrictCode) ctx.addIssue({ code: 'custom', path: ['subdistrictCode'], message: 'input.required' });
    if (values.paymentMethod === 'BANK_TRANSFER' && !values.bankAccount.trim()) ctx.addIssue({ code: 'custom', path: ['bankAccount'], message: 'welfare.bankAccountRequired' });
    sharedRules(values, ctx, updateBeneficiarySchema, toUpdateInput(id, values, initial), editFieldOf);
  });
