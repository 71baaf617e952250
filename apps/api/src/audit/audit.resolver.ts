import { Args, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { PageArgs } from '../common/paging';
import { AuditEntryConnection, AuditFilter } from './audit.models';
import { AuditService } from './audit.service';

/**
 * `auditTrail` (api-contract.md, "Access"). No @Access rule: a login (or a key) is required by default, and the scope
 * follows the caller's level, not a module right (LAO and province users hold no ACCOUNTS right), so the service
 * decides it: the department everything, a province its province, an LAO its own LAO; keys are refused.
 */
@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, {
    description:
      "The audit trail within the caller's scope, newest first. A filter outside the scope is FORBIDDEN (and recorded); every read is recorded.",
  })
  auditTrail(
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.audit.trail(ctx.actor, filter, page);
  }
}
