import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { UserActor } from '../auth/actor';
import { UserModel } from '../auth/user.model';
import { CurrentActor } from '../common/current.decorators';
import { PageArgs } from '../common/paging';
import {
  ApiKey,
  CreateApiKeyInput,
  CreatedApiKey,
  CreateUserInput,
  RevokeApiKeyInput,
  UpdateUserInput,
  UserConnection,
  UserFilter,
} from './accounts.models';
import { AccountsService } from './accounts.service';

/** Account administration: department administrators only. */
@Resolver()
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Access({ module: 'ACCOUNTS', right: 'ADMINISTER', departmentOnly: true })
  @Query(() => UserConnection)
  users(@Args('filter', { type: () => UserFilter, nullable: true }) filter: UserFilter | null, @Args() page: PageArgs) {
    return this.accounts.listUsers(filter, page);
  }

  @Access({ module: 'ACCOUNTS', right: 'ADMINISTER', departmentOnly: true })
  @Mutation(() => UserModel)
  createUser(@Args('input') input: CreateUserInput, @CurrentActor() actor: UserActor): Promise<UserModel> {
    return this.accounts.createUser(actor, input);
  }

  @Access({ module: 'ACCOUNTS', right: 'ADMINISTER', departmentOnly: true })
  @Mutation(() => UserModel)
  updateUser(@Args('input') input: UpdateUserInput, @CurrentActor() actor: UserActor): Promise<UserModel> {
    return this.accounts.updateUser(actor, input);
  }

  @Access({ module: 'ACCOUNTS', right: 'ADMINISTER', departmentOnly: true })
  @Query(() => [ApiKey], { description: 'Partner API keys, newest first (never the keys themselves).' })
  apiKeys(): Promise<ApiKey[]> {
    return this.accounts.listApiKeys();
  }

  @Access({ module: 'ACCOUNTS', right: 'ADMINISTER', departmentOnly: true })
  @Mutation(() => CreatedApiKey, { description: 'A new read-only key for a partner agency; the key is shown once.' })
  createApiKey(@Args('input') input: CreateApiKeyInput, @CurrentActor() actor: UserActor): Promise<CreatedApiKey> {
    return this.accounts.createApiKey(actor, input);
  }

  @Access({ module: 'ACCOUNTS', right: 'ADMINISTER', departmentOnly: true })
  @Mutation(() => ApiKey)
  revokeApiKey(@Args('input') input: RevokeApiKeyInput, @CurrentActor() actor: UserActor): Promise<ApiKey> {
    return this.accounts.revokeApiKey(actor, input.id);
  }
}
