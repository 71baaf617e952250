import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { PLATFORM_MODULES, type PlatformModule } from '@lao/domain';
import { AppError, badInput } from '../common/app-error';
import type { RequestContext } from '../common/context';
import { ACCESS_KEY, type AccessRule } from './access.decorator';
import { AccessPolicy } from './access-policy.service';

/**
 * What a user signed in with a temporary password may do before changing it: say who they are and change it (the SPA
 * shows only the change-password screen; the API holds the line for any other client).
 */
const UNTIL_PASSWORD_CHANGED = new Set(['me', 'changePassword', 'login', 'currentFiscalYear']);

/** Applies every resolver's declared AccessRule through the AccessPolicy, before the resolver runs. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly policy: AccessPolicy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // REST routes (/health, the SPA) are public
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<RequestContext>();
    const { actor } = ctx;
    if (actor.kind === 'user' && actor.mustChangePassword && !UNTIL_PASSWORD_CHANGED.has(gql.getInfo<{ fieldName: string }>().fieldName)) {
      throw new AppError('FORBIDDEN', 'accounts.passwordChangeRequired', {}, { reason: 'PASSWORD_CHANGE_REQUIRED' });
    }
    if (rule && 'public' in rule) return true;
    if (!rule) {
      this.policy.requireAuthenticated(actor);
      return true;
    }
    const args = gql.getArgs<Record<string, unknown>>();
    const platformModule = (typeof rule.module === 'function' ? rule.module(args) : rule.module) as PlatformModule;
    if (!PLATFORM_MODULES.includes(platformModule)) throw badInput('input.invalid');
    const lao = rule.lao?.(args);
    const province = rule.province?.(args);
    const subject = rule.subject?.(args);
    if (rule.departmentOnly) this.policy.requireDepartment(actor, platformModule, rule.right);
    if (lao !== undefined) {
      const scope = await this.policy.assertLao(actor, platformModule, rule.right, String(lao));
      (ctx.laos ??= new Map()).set(scope.code, scope);
    }
    else if (subject !== undefined) {
      const granted = await this.policy.assertSubject(actor, platformModule, rule.right, String(subject));
      (ctx.laos ??= new Map()).set(granted.lao.code, granted.lao);
      (ctx.subjects ??= new Map()).set(granted.subjectId, granted.lao);
    } else if (province !== undefined) await this.policy.assertProvince(actor, platformModule, rule.right, String(province));
    else this.policy.requireRight(actor, platformModule, rule.right);
    return true;
  }
}
