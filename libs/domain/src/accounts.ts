import { z } from 'zod';
import { API_KEY_DEFAULT_MODULES, API_KEY_MODULES, PLATFORM_MODULES, type PlatformModule, RIGHTS, USER_LEVELS } from './access';
import { plainText } from './validation';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,64}$/, { error: 'accounts.usernameInvalid' });

export const passwordSchema = z.string().min(8, { error: 'accounts.passwordTooShort' }).max(200);

export const rightsSchema = z.partialRecord(z.enum(PLATFORM_MODULES), z.array(z.enum(RIGHTS)).max(RIGHTS.length));

const levelAndScope = {
  level: z.enum(USER_LEVELS),
  scopeCode: z.string().trim().nullish(),
};

/** A level's scope: none for the department, a province code for PROVINCE, an LAO code for LAO. */
export function scopeMatchesLevel(value: { level: (typeof USER_LEVELS)[number]; scopeCode?: string | null }, ctx: z.RefinementCtx) {
  const code = value.scopeCode ?? '';
  if (value.level === 'DEPARTMENT' && code !== '') {
    ctx.addIssue({ code: 'custom', path: ['scopeCode'], message: 'accounts.scopeForbidden' });
  }
  if (value.level === 'PROVINCE' && !/^\d{2}$/.test(code)) {
    ctx.addIssue({ code: 'custom', path: ['scopeCode'], message: 'accounts.scopeRequired' });
  }
  if (value.level === 'LAO' && !/^\d{7}$/.test(code)) {
    ctx.addIssue({ code: 'custom', path: ['scopeCode'], message: 'accounts.scopeRequired' });
  }
}

export const createUserSchema = z
  .object({
    username: usernameSchema,
    password: passwordSchema,
    displayName: plainText(200).min(1, { error: 'input.required' }),
    ...levelAndScope,
    rights: rightsSchema.nullish(),
  })
  .superRefine(scopeMatchesLevel);
export type CreateUserInput = z.infer<typeof createUserSchema>;

/**
 * A change to an account, addressed by `id` or `username`: fields left out are unchanged. Level, scope and rights
 * are checked together on the result (users.ts, userAccountSchema), since one may change without the others.
 */
export const updateUserSchema = z
  .object({
    id: z.uuid({ error: 'notFound.record' }).nullish(),
    username: usernameSchema.nullish(),
    displayName: plainText(200).min(1, { error: 'input.required' }).nullish(),
    password: passwordSchema.nullish(),
    level: z.enum(USER_LEVELS).nullish(),
    scopeCode: z.string().trim().nullish(),
    rights: rightsSchema.nullish(),
    active: z.boolean().nullish(),
  })
  .refine((v) => Boolean(v.id || v.username), { path: ['username'], error: 'accounts.userRequired' });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/**
 * A partner agency's key: a name, VIEW on the modules it may read (left out: API_KEY_DEFAULT_MODULES), optionally
 * one province, optionally an expiry in the future. Keys never write and never receive personal data.
 */
export const createApiKeySchema = z.object({
  name: plainText(200).min(1, { error: 'accounts.apiKeyNameRequired' }),
  rights: z
    .array(
      z.object({
        module: z.enum(API_KEY_MODULES as [Exclude<PlatformModule, 'ACCOUNTS'>, ...Exclude<PlatformModule, 'ACCOUNTS'>[]], { error: 'accounts.apiKeyModule' }),
        rights: z.array(z.literal('VIEW', { error: 'accounts.apiKeyViewOnly' })).min(1, { error: 'accounts.apiKeyViewOnly' }).max(1, { error: 'accounts.apiKeyViewOnly' }),
      }),
    )
    .max(API_KEY_MODULES.length)
    .refine((list) => new Set(list.map((r) => r.module)).size === list.length, { error: 'accounts.apiKeyModule' })
    .nullish(),
  provinceCode: z.string().regex(/^\d{2}$/, { error: 'input.unknownProvince' }).nullish(),
  expiresAt: z.coerce
    .date({ error: 'input.date' })
    .refine((d) => !Number.isNaN(d.getTime()) && d.getTime() > Date.now(), { error: 'accounts.apiKeyExpiryPast' })
    .nullish(),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

/** The modules a key reads: those it names, or the defaults. */
export function apiKeyModules(input: Pick<z.output<typeof createApiKeySchema>, 'rights'>): PlatformModule[] {
  return input.rights ? input.rights.map((r) => r.module) : [...API_KEY_DEFAULT_MODULES];
}

export const loginSchema = z.object({
  username: plainText(64).toLowerCase().min(1),
  password: z.string().min(1).max(200),
});
