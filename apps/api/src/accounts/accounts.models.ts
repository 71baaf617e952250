import type { PlatformModule, Right, UserLevel } from '@lao/domain';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PlatformModuleEnum, RightEnum, UserLevelEnum } from '../common/enums';
import { Paginated } from '../common/paging';
import { UserModel } from '../auth/user.model';

@ObjectType()
export class UserConnection extends Paginated(UserModel, 'User') {}

@InputType()
export class UserFilter {
  @Field(() => UserLevelEnum, { nullable: true })
  level?: UserLevel | null;

  @Field(() => String, { nullable: true, description: 'Province or LAO code; a province code also finds its LAOs\' users.' })
  scopeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the username or display name.' })
  search?: string | null;
}

@InputType()
export class ModuleRightsInput {
  @Field(() => PlatformModuleEnum)
  module: PlatformModule;

  @Field(() => [RightEnum])
  rights: Right[];
}

@InputType()
export class CreateUserInput {
  @Field()
  username: string;

  @Field()
  password: string;

  @Field()
  displayName: string;

  @Field(() => UserLevelEnum)
  level: UserLevel;

  @Field(() => String, { nullable: true })
  scopeCode?: string | null;

  @Field(() => [ModuleRightsInput], { nullable: true, description: 'Left out: the default rights of the level.' })
  rights?: ModuleRightsInput[] | null;
}

@InputType()
export class UpdateUserInput {
  @Field()
  username: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'A new password; tokens issued before stop working.' })
  password?: string | null;

  @Field(() => [ModuleRightsInput], { nullable: true, description: 'Replaces all rights.' })
  rights?: ModuleRightsInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false disables the account and ends its sessions.' })
  active?: boolean | null;
}

@ObjectType()
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The partner agency using the key.' })
  name: string;

  @Field({ description: 'The first characters of the key, to tell keys apart.' })
  keyPrefix: string;

  @Field(() => String, { nullable: true })
  createdBy: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'The key itself: shown this once, never stored.' })
  key: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  name: string;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  id: string;
}
