import type { PlatformModule, Right, UserLevel } from '@lao/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlatformModuleEnum, RightEnum, UserLevelEnum } from '../common/enums';

@ObjectType()
export class ModuleRights {
  @Field(() => PlatformModuleEnum)
  module: PlatformModule;

  @Field(() => [RightEnum])
  rights: Right[];
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => UserLevelEnum)
  level: UserLevel;

  @Field(() => String, { nullable: true, description: 'Province code (2 digits) or LAO code (7 digits); null for the department.' })
  scopeCode: string | null;

  @Field(() => [ModuleRights])
  rights: ModuleRights[];

  @Field()
  active: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field({ description: 'The password was reset by an administrator: the user must change it (changePassword) before anything else.' })
  mustChangePassword: boolean;
}

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field(() => Int, { description: 'Seconds until the token expires.' })
  expiresIn: number;

  @Field(() => UserModel)
  user: UserModel;

  @Field({ description: 'The password is temporary: ask for a new one (changePassword) before anything else.' })
  mustChangePassword: boolean;
}
