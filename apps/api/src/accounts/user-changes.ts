import { defaultRights, hasRight, type Rights, type UserLevel, type updateUserSchema } from '@lao/domain';
import type { z } from 'zod';
import { AppError } from '../common/app-error';
import type { UserActor } from '../auth/actor';
import type { UserEntity } from '../auth/user.entity';

type UpdateInput = z.output<typeof updateUserSchema>;

export interface AccountShape {
  level: UserLevel;
  scopeCode: string | null;
  rights: Rights;
}

/**
 * The account an edit leaves: fields left out keep their values, except that a new level without a scope or rights
 * of its own takes none of the old level's (a province code means nothing to an LAO user; a department user's
 * rights are beyond every other level) — no scope (the schema then asks for one) and the new level's defaults.
 */
export function accountAfter(user: UserEntity, input: UpdateInput): AccountShape {
  const level = input.level ?? user.level;
  const levelChanged = level !== user.level;
  // A scope given is kept as given, so a department level with a code is refused (userAccountSchema), not dropped.
  const scopeCode = input.scopeCode !== undefined ? input.scopeCode || null : levelChanged ? null : user.scopeCode;
  const rights = input.rights ?? (levelChanged ? defaultRights(level) : user.rights);
  return { level, scopeCode, rights };
}

/**
 * An administrator cannot lock themselves out: not suspend their own account, change its level, or take away its
 * right to administer accounts (someone else must). The refusal is stable: BAD_USER_INPUT, reason SELF_LOCKOUT.
 */
export function assertNoSelfLockout(actor: UserActor, user: UserEntity, input: UpdateInput, after: AccountShape): void {
  if (user.id !== actor.id) return;
  if (input.active === false) throw new AppError('BAD_USER_INPUT', 'accounts.cannotDisableSelf', {}, { reason: 'SELF_LOCKOUT' });
  if (after.level !== user.level || !hasRight(after.rights, 'ACCOUNTS', 'ADMINISTER')) {
    throw new AppError('BAD_USER_INPUT', 'accounts.cannotDemoteSelf', {}, { reason: 'SELF_LOCKOUT' });
  }
}
