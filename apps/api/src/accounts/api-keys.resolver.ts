import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { UserActor } from '../auth/actor';
import type { RequestContext } from '../common/context';
import { Ctx, CurrentActor } from '../common/current.decorators';
import { ApiKey, ApiKeyUsageDay, CreateApiKeyInput, CreatedApiKey, RevokeApiKeyInput } from './accounts.models';
import { ApiKeysService, USAGE_DAYS } from './api-keys.service';

const departmentAdmin = { module: 'ACCOUNTS', right: 'ADMINISTER', departmentOnly: true } as const;

/** Partner agencies' API keys: the department's alone. */
@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Access(departmentAdmin)
  @Query(() => [ApiKey], { description: 'Partner API keys, newest first (never the keys themselves).' })
  apiKeys(): Promise<ApiKey[]> {
    return this.keys.list();
  }

  @Access(departmentAdmin)
  @Mutation(() => CreatedApiKey, { description: 'A new read-only key for a partner agency (VIEW on the modules named, a province, an expiry); shown once.' })
  createApiKey(@Args('input') input: CreateApiKeyInput, @CurrentActor() actor: UserActor): Promise<CreatedApiKey> {
    return this.keys.create(actor, input);
  }

  @Access(departmentAdmin)
  @Mutation(() => ApiKey)
  revokeApiKey(@Args('input') input: RevokeApiKeyInput, @CurrentActor() actor: UserActor): Promise<ApiKey> {
    return this.keys.revoke(actor, input.id);
  }

  @ResolveField(() => [ApiKeyUsageDay], { description: `Requests and refusals per day, newest first (days with use only; default the last ${USAGE_DAYS}).` })
  async usage(@Parent() key: ApiKey, @Args('days', { type: () => Int, nullable: true }) days: number | null, @Ctx() ctx: RequestContext) {
    return (await this.keys.usage(ctx.loaders, key.id, days ?? USAGE_DAYS)) ?? [];
  }
}
