import { USER_STATUSES, type PlatformModule, type Right, type UserLevel, type UserStatus } from '@lao/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlatformModuleEnum, RightEnum, UserLevelEnum } from '../common/enums';
import { Paginated } from '../common/paging';
import { ModuleRights, UserModel } from '../auth/user.model';

/** An account's state in the users list's filter. */
export const UserStatusEnum = Object.fromEntries(USER_STATUSES.map((s) => [s, s])) as { [K in UserStatus]: K };
registerEnumType(UserStatusEnum, { name: 'UserStatus', description: 'ACTIVE, or SUSPENDED (cannot log in).' });

@ObjectType()
export class UserConnection extends Paginated(UserModel, 'User') {}

@InputType()
export class UserFilter {
  @Field(() => UserLevelEnum, { nullable: true })
  level?: UserLevel | null;

  @Field(() => String, { nullable: true, description: 'Province or LAO code; a province code also finds its LAOs\' users.' })
  scopeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the username, display name or scope code.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: "A province: its office's users and those of its LAOs." })
  provinceCode?: string | null;

  @Field(() => UserStatusEnum, { nullable: true })
  status?: UserStatus | null;
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
  @Field(() => ID, { nullable: true, description: 'The account to change: its id, or its username.' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The account to change, when no id is given.' })
  username?: string | null;

  @Field(() => UserLevelEnum, { nullable: true, description: 'A new level; without scopeCode and rights it takes none of the old scope and the new level\'s default rights.' })
  level?: UserLevel | null;

  @Field(() => String, { nullable: true, description: 'A new scope: an LAO code for LAO, a province code for PROVINCE, none for DEPARTMENT.' })
  scopeCode?: string | null;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'A new password; tokens issued before stop working.' })
  password?: string | null;

  @Field(() => [ModuleRightsInput], { nullable: true, description: 'Replaces all rights; within what the level allows.' })
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

  @Field(() => [ModuleRights], { description: 'VIEW on each module the key reads; nothing else.' })
  rights: ModuleRights[];

  @Field(() => String, { nullable: true, description: 'The one province the key reads; null for the nation.' })
  provinceCode: string | null;

  @Field(() => Date, { nullable: true, description: 'After this the key is refused (UNAUTHENTICATED); null: no expiry.' })
  expiresAt: Date | null;
}

@ObjectType({ description: "A key's use on one day (Asia/Bangkok): requests answered and requests refused." })
export class ApiKeyUsageDay {
  @Field({ description: 'ISO date (Christian Era on the wire, shown in BE).' })
  day: string;

  @Field(() => Int)
  requests: number;

  @Field(() => Int, { description: "Requests refused: outside the key's modules or province, or over its rate limit." })
  refusals: number;
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

  @Field(() => [ModuleRightsInput], { nullable: true, description: 'VIEW only; left out: VIEW on REGISTRY, INFO, ESERVICE and WASTE.' })
  rights?: ModuleRightsInput[] | null;

  @Field(() => String, { nullable: true, description: 'The key reads only this province.' })
  provinceCode?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the key stops working; in the future.' })
  expiresAt?: Date | null;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'A reset password: shown to the administrator this once, never stored; the user must change it at next login.' })
export class ResetUserPasswordResult {
  @Field()
  temporaryPassword: string;

  @Field(() => UserModel)
  user: UserModel;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword: string;

  @Field()
  newPassword: string;
}
