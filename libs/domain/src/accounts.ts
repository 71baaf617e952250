import { z } from 'zod';
import { PLATFORM_MODULES, RIGHTS, USER_LEVELS } from './access';
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

function scopeMatchesLevel(value: { level: (typeof USER_LEVELS)[number]; scopeCode?: string | null }, ctx: z.RefinementCtx) {
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

export const updateUserSchema = z.object({
  username: usernameSchema,
  displayName: plainText(200).min(1, { error: 'input.required' }).nullish(),
  password: passwordSchema.nullish(),
  rights: rightsSchema.nullish(),
  active: z.boolean().nullish(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const createApiKeySchema = z.object({
  name: plainText(200).min(1, { error: 'accounts.apiKeyNameRequired' }),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const loginSchema = z.object({
  username: plainText(64).toLowerCase().min(1),
  password: z.string().min(1).max(200),
});
