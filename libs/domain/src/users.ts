import { z } from 'zod';
import { PERSONAL_DATA_MODULES, PLATFORM_MODULES, type PlatformModule, RIGHTS, type Right, type Rights, USER_LEVELS, type UserLevel } from './access';
import { passwordSchema, rightsSchema, scopeMatchesLevel } from './accounts';
import { plainText } from './validation';

/** An account is active or suspended (ระงับ); a suspended one cannot log in and its sessions have ended. */
export const USER_STATUSES = ['ACTIVE', 'SUSPENDED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/**
 * The most a level may hold. The department may hold anything. Below it, users and API keys (ACCOUNTS) stay the
 * department's, and PERSONAL_DATA exists only on the modules that hold personal data; every other right on every
 * other module may be granted (a province may record for its LAOs, an LAO's head administers its records' grants).
 */
export function allowedRights(level: UserLevel): Rights {
  const rights: Rights = {};
  for (const m of PLATFORM_MODULES) {
    if (level !== 'DEPARTMENT' && m === 'ACCOUNTS') continue;
    const personal = (PERSONAL_DATA_MODULES as readonly PlatformModule[]).includes(m);
    rights[m] = RIGHTS.filter((r) => level === 'DEPARTMENT' || r !== 'PERSONAL_DATA' || personal);
  }
  return rights;
}

/** The rights of `rights` a user of `level` may not hold, as MODULE.RIGHT (empty when all are allowed). */
export function rightsOutsideLevel(level: UserLevel, rights: Rights): string[] {
  const allowed = allowedRights(level);
  const outside: string[] = [];
  for (const m of PLATFORM_MODULES) {
    for (const r of rights[m] ?? []) if (!allowed[m]?.includes(r)) outside.push(`${m}.${r}`);
  }
  return outside;
}

function rightsMatchLevel(value: { level: UserLevel; rights?: Rights | null }, ctx: z.RefinementCtx) {
  const outside = value.rights ? rightsOutsideLevel(value.level, value.rights) : [];
  if (outside.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['rights'], message: 'accounts.rightOutsideLevel', params: { rights: outside.join(', ') } });
  }
}

/**
 * What an account is allowed to be: a level, the scope that level needs (an LAO code for LAO, a province code for
 * PROVINCE, none for the department) and rights within what the level allows. The API checks an edit's result
 * (the stored account with the change applied) against it, so a change of level alone cannot leave rights behind.
 */
export const userAccountSchema = z
  .object({ level: z.enum(USER_LEVELS), scopeCode: z.string().trim().nullish(), rights: rightsSchema.nullish() })
  .superRefine((value, ctx) => {
    scopeMatchesLevel(value, ctx);
    rightsMatchLevel(value, ctx);
  });

/** The edit form of the users page: name, level, scope and rights, by the same rules. */
export const editUserSchema = z
  .object({
    displayName: plainText(200).min(1, { error: 'input.required' }),
    level: z.enum(USER_LEVELS),
    scopeCode: z.string().trim().nullish(),
    rights: rightsSchema,
  })
  .superRefine((value, ctx) => {
    scopeMatchesLevel(value, ctx);
    rightsMatchLevel(value, ctx);
  });
export type EditUserValues = z.input<typeof editUserSchema>;

/** The users list's filter: a search, a level, a province (its office and its LAOs' users), a status. */
export const userFilterSchema = z.object({
  level: z.enum(USER_LEVELS).nullish(),
  scopeCode: z.string().regex(/^\d{2}(\d{5})?$/, { error: 'input.invalid' }).nullish(),
  provinceCode: z.string().regex(/^\d{2}$/, { error: 'input.provinceCode' }).nullish(),
  status: z.enum(USER_STATUSES).nullish(),
  search: plainText(1000).max(100, { error: 'input.searchTooLong' }).nullish(),
});
export type UserFilterInput = z.input<typeof userFilterSchema>;

/** Changing one's own password: the current one, and a new one that differs from it. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: 'input.required' }).max(200),
    newPassword: passwordSchema,
  })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], error: 'accounts.passwordUnchanged' });

/** The SPA's change-password form: the same, with the new password typed twice. */
export const changePasswordFormSchema = z
  .object({
    currentPassword: z.string().min(1, { error: 'input.required' }).max(200),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], error: 'accounts.passwordUnchanged' })
  .refine((v) => v.confirmPassword === v.newPassword, { path: ['confirmPassword'], error: 'accounts.passwordMismatch' });

/** Rights as the API lists them ([{ module, rights }]) from the domain's record, in module and right order. */
export function rightsToList(rights: Rights): { module: PlatformModule; rights: Right[] }[] {
  return PLATFORM_MODULES.filter((m) => (rights[m]?.length ?? 0) > 0).map((module) => ({
    module,
    rights: RIGHTS.filter((r) => rights[module]?.includes(r)),
  }));
}
