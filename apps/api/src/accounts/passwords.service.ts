import { changePasswordSchema } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { UserActor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { UserEntity } from '../auth/user.entity';
import { toUserModel } from '../auth/user.mapper';
import type { AuthPayload } from '../auth/user.model';
import { AuditService } from '../audit/audit.service';
import { AppError, badInput, notFound, parseInput } from '../common/app-error';
import type { ChangePasswordInput, ResetUserPasswordResult } from './accounts.models';

/** Letters and digits an official reads over the phone without confusing them (no 0/O, 1/l/I). */
const TEMPORARY_ALPHABET = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789';
const TEMPORARY_LENGTH = 12; // about 70 bits from a CSPRNG

export function temporaryPassword(): string {
  return Array.from({ length: TEMPORARY_LENGTH }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join('');
}

/**
 * Passwords other than at creation: an administrator's reset (a random temporary password, shown once, which the
 * user must change at next login) and a user changing their own. Both end every earlier session and are audited;
 * neither password nor hash ever reaches the trail.
 */
@Injectable()
export class PasswordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async reset(actor: UserActor, id: string): Promise<ResetUserPasswordResult> {
    if (!z.uuid().safeParse(id).success) throw notFound();
    // One's own password is changed knowing it (changePassword), so a stolen session cannot take the account over.
    if (id === actor.id) throw new AppError('BAD_USER_INPUT', 'accounts.cannotResetSelf', {}, { reason: 'SELF_LOCKOUT' });
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound();
      user.passwordHash = passwordHash;
      user.mustChangePassword = true;
      user.tokenVersion += 1;
      await manager.save(user);
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        module: 'ACCOUNTS',
        subjectType: 'USER',
        subjectId: user.username,
        detail: { passwordReset: true, mustChangePassword: true },
      });
      return { temporaryPassword: password, user: toUserModel(user) };
    });
  }

  /**
   * The caller's own new password, given the current one. A wrong current password counts as a failed login for
   * throttling (a stolen session must not become a way to guess it). Answers a fresh token: the old ones end.
   */
  async change(actor: UserActor, raw: ChangePasswordInput, address: string): Promise<AuthPayload> {
    const input = parseInput(changePasswordSchema, raw);
    const check = await this.throttle.reserve(actor.username, address);
    const stored = await this.db.getRepository(UserEntity).findOneBy({ id: actor.id });
    if (!stored || !(await verifyPassword(stored.passwordHash, input.currentPassword))) {
      await this.throttle.recordFailure(check);
      throw wrongCurrentPassword(input.currentPassword);
    }
    await this.throttle.recordSuccess(check);
    const passwordHash = await hashPassword(input.newPassword);
    const user = await this.db.transaction(async (manager) => {
      const locked = await manager.findOne(UserEntity, { where: { id: actor.id }, lock: { mode: 'pessimistic_write' } });
      // Changed underneath (another tab, a reset, a suspension): the current password checked may be stale.
      if (!locked || !locked.active || locked.passwordHash !== stored.passwordHash) throw new AppError('CONFLICT', 'notFound.record');
      locked.passwordHash = passwordHash;
      locked.mustChangePassword = false;
      locked.tokenVersion += 1;
      await manager.save(locked);
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        module: 'ACCOUNTS',
        subjectType: 'USER',
        subjectId: locked.username,
        detail: { passwordChanged: true, byOwner: true },
      });
      return locked;
    });
    return { ...this.auth.issueToken(user), user: toUserModel(user), mustChangePassword: false };
  }
}

/** BAD_USER_INPUT on the currentPassword field, like every other refused input. */
function wrongCurrentPassword(input: string): AppError {
  const error = new z.ZodError([{ code: 'custom', path: ['currentPassword'], message: 'accounts.currentPasswordWrong', input }]);
  const refusal = badInput('accounts.currentPasswordWrong');
  return new AppError(refusal.code, refusal.messageKey, {}, {}, error);
}
