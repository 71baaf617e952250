import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { UserActor } from '../auth/actor';
import { UserModel } from '../auth/user.model';
import { CurrentActor } from '../common/current.decorators';
import { PageArgs } from '../common/paging';
import {
  CreateUserInput,
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
}
