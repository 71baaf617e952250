import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Ctx } from '../common/current.decorators';
import type { RequestContext } from '../common/context';
import { Public } from './access.decorator';
import { AuthService } from './auth.service';
import { UserEntity } from './user.entity';
import { toUserModel } from './user.mapper';
import { AuthPayload, UserModel } from './user.model';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges a username and password for a bearer token.' })
  async login(
    @Args('username') username: string,
    @Args('password') password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    const result = await this.auth.login({ username, password }, ctx.req.ip ?? 'unknown');
    return { accessToken: result.accessToken, expiresIn: result.expiresIn, user: toUserModel(result.user), mustChangePassword: result.user.mustChangePassword };
  }

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The logged-in user; null when anonymous or using an API key.' })
  async me(@Ctx() ctx: RequestContext): Promise<UserModel | null> {
    if (ctx.actor.kind !== 'user') return null;
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: ctx.actor.id });
    return user ? toUserModel(user) : null;
  }
}
