import { z } from 'zod';
import { laoCodeSchema } from './registry';
import { plainText } from './validation';

/**
 * The LAO's contacts (seed 001): its website and at most two INFO administrators. The SPA form and the API
 * mutation validate with these same schemas.
 */
export const MAX_INFO_ADMINS = 2;

const websiteSchema = z
  .string()
  .trim()
  .max(255)
  .refine((value) => {
    if (value === '') return true; // an empty website clears it
    if (!/^https?:\/\//i.test(value)) return false;
    try {
      const url = new URL(value);
      return /^[^.\s]+(\.[^.\s]+)+$/.test(url.hostname);
    } catch {
      return false;
    }
  }, { error: 'contacts.websiteInvalid' });

/** Thai landlines have 9 digits (02 123 4567), mobiles 10 (081 234 5678); spaces, dashes and an extension allowed. */
const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .refine((value) => {
    const [main, extension] = value.split(/\s*(?:ต่อ|ext\.?|x)\s*/i);
    const digits = (main ?? '').replace(/[\s-]/g, '');
    if (!/^0\d{8,9}$/.test(digits)) return false;
    return extension === undefined || /^\d{1,5}$/.test(extension);
  }, { error: 'contacts.phoneInvalid' });

export const infoAdminSchema = z.object({
  name: plainText(200).min(1, { error: 'contacts.nameRequired' }),
  position: plainText(200).min(1, { error: 'contacts.positionRequired' }),
  phone: phoneSchema,
});
export type InfoAdminInput = z.infer<typeof infoAdminSchema>;

/** The mutation's input; a field left out is unchanged, `website: null` or "" clears it. */
export const updateLocalAuthorityContactsSchema = z.object({
  laoCode: laoCodeSchema,
  website: websiteSchema.nullish(),
  infoAdmins: z.array(infoAdminSchema).max(MAX_INFO_ADMINS, { error: 'contacts.tooManyAdmins' }).nullish(),
});
export type UpdateLocalAuthorityContactsInput = z.infer<typeof updateLocalAuthorityContactsSchema>;

/** The SPA form's shape: the same rules, every field present. */
export const contactsFormSchema = z.object({
  website: websiteSchema,
  infoAdmins: z.array(infoAdminSchema).max(MAX_INFO_ADMINS, { error: 'contacts.tooManyAdmins' }),
});
export type ContactsForm = z.infer<typeof contactsFormSchema>;
