import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { Actor, UserActor } from '../auth/actor';
import { forbidden } from '../common/app-error';
import { AuthPayload, UserModel } from '../auth/user.model';
import type { RequestContext } from '../common/context';
import { Ctx, CurrentActor } from '../common/current.decorators';
import { PageArgs } from '../common/paging';
import { ChangePasswordInput, CreateUserInput, ResetUserPasswordResult, UpdateUserInput, UserConnection, UserFilter } from './accounts.models';
import { AccountsService } from './accounts.service';
import { PasswordsService } from './passwords.service';

const accountsAdmin = { module: 'ACCOUNTS', right: 'ADMINISTER', departmentOnly: true } as const;

/** Account administration: department administrators only; changing one's own password: every user. */
@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly passwords: PasswordsService,
  ) {}

  @Access(accountsAdmin)
  @Query(() => UserConnection)
  users(@Args('filter', { type: () => UserFilter, nullable: true }) filter: UserFilter | null, @Args() page: PageArgs) {
    return this.accounts.listUsers(filter, page);
  }

  @Access(accountsAdmin)
  @Mutation(() => UserModel)
  createUser(@Args('input') input: CreateUserInput, @CurrentActor() actor: UserActor): Promise<UserModel> {
    return this.accounts.createUser(actor, input);
  }

  @Access(accountsAdmin)
  @Mutation(() => UserModel, { description: "Changes an account's name, level, scope, rights, password or suspension; fields left out are unchanged." })
  updateUser(@Args('input') input: UpdateUserInput, @CurrentActor() actor: UserActor): Promise<UserModel> {
    return this.accounts.updateUser(actor, input);
  }

  @Access(accountsAdmin)
  @Mutation(() => ResetUserPasswordResult, {
    description: 'Gives the account a random temporary password (answered this once), ends its sessions; it must be changed at next login.',
  })
  resetUserPassword(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: UserActor): Promise<ResetUserPasswordResult> {
    return this.passwords.reset(actor, id);
  }

  // No rule: any logged-in person, whatever their rights (the guard refuses anonymous callers); a key has no password.
  @Mutation(() => AuthPayload, { description: "Changes the caller's own password (the current one is asked); answers a new token, earlier sessions end." })
  changePassword(@Args('input') input: ChangePasswordInput, @CurrentActor() actor: Actor, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    if (actor.kind !== 'user') throw forbidden('access.apiKeyReadOnly');
    return this.passwords.change(actor, input, ctx.req.ip ?? 'unknown');
  }
}
