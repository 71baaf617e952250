import { createApiKeySchema, PLATFORM_MODULES, type PlatformModule } from '@lao/domain';
import { z } from 'zod';
import type { CreateApiKeyInput } from '../../generated/graphql';
import { parseDateBE } from '../../ui/dates';
import { messageKeyOf } from '../../ui/forms';
import { endOfDayBangkok } from './cycleDates';

/** The new-key form as typed: the modules ticked, a province or '' (nation-wide), an expiry day in BE or ''. */
export interface KeyFormValues {
  name: string;
  modules: PlatformModule[];
  provinceCode: string;
  expiresAt: string;
}

export type KeyFormField = keyof KeyFormValues;

export const EMPTY_KEY_FORM: KeyFormValues = { name: '', modules: [], provinceCode: '', expiresAt: '' };

/** The last instant of a BE day typed in the form, Bangkok time ("2026-12-31T23:59:59+07:00"); null when not a day. */
function expiryOf(typed: string): string | null {
  const day = parseDateBE(typed);
  return day ? endOfDayBangkok(day) : null;
}

/**
 * The createApiKey input of the form: VIEW on each module ticked (none ticked: `rights` left out, so the API gives
 * its default set), the province and the expiry only when chosen (an expiry that is not a day is left out too; the
 * form refuses it first).
 */
export function toCreateApiKeyInput(values: KeyFormValues): CreateApiKeyInput {
  const input: CreateApiKeyInput = { name: values.name.trim() };
  const modules = PLATFORM_MODULES.filter((m) => values.modules.includes(m));
  if (modules.length > 0) input.rights = modules.map((module) => ({ module, rights: ['VIEW'] }));
  if (values.provinceCode) input.provinceCode = values.provinceCode;
  const expiresAt = values.expiresAt.trim() ? expiryOf(values.expiresAt) : null;
  if (expiresAt) input.expiresAt = expiresAt;
  return input;
}

/** The form field an issue of createApiKeySchema, or of the server's BAD_USER_INPUT, belongs under ("rights.0.module": the modules). */
export function keyFormFieldOf(path: string): KeyFormField | null {
  const head = path.split('.')[0];
  if (head === 'rights') return 'modules';
  return head === 'name' || head === 'provinceCode' || head === 'expiresAt' ? head : null;
}

/**
 * The form's rules are the API's: the input it would send is checked by the shared createApiKeySchema, each issue
 * under its field; an expiry that is not a day of a BE year is refused as a date.
 */
export const keyFormSchema = z
  .object({
    name: z.string(),
    modules: z.array(z.enum(PLATFORM_MODULES)),
    provinceCode: z.string(),
    expiresAt: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.expiresAt.trim() && !expiryOf(values.expiresAt)) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'input.date' });
    const result = createApiKeySchema.safeParse(toCreateApiKeyInput(values));
    if (result.success) return;
    for (const issue of result.error.issues) {
      const field = keyFormFieldOf(issue.path.join('.')) ?? 'name';
      ctx.addIssue({ code: 'custom', path: [field], message: messageKeyOf(issue) });
    }
  });
