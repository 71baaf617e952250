import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { PLATFORM_MODULES, type PlatformModule } from '@lao/domain';
import { badInput } from '../common/app-error';
import type { RequestContext } from '../common/context';
import { ACCESS_KEY, type AccessRule } from './access.decorator';
import { AccessPolicy } from './access-policy.service';

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
    const { actor } = gql.getContext<RequestContext>();
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
    if (rule.departmentOnly) this.policy.requireDepartment(actor, platformModule, rule.right);
    if (lao !== undefined) await this.policy.assertLao(actor, platformModule, rule.right, String(lao));
    else if (province !== undefined) await this.policy.assertProvince(actor, platformModule, rule.right, String(province));
    else this.policy.requireRight(actor, platformModule, rule.right);
    return true;
  }
}
