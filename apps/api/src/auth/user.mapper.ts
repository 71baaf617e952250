import { PLATFORM_MODULES, type Rights } from '@lao/domain';
import type { ModuleRights, UserModel } from './user.model';
import type { UserEntity } from './user.entity';

export function rightsList(rights: Rights): ModuleRights[] {
  return PLATFORM_MODULES.filter((m) => (rights[m]?.length ?? 0) > 0).map((module) => ({
    module,
    rights: rights[module] ?? [],
  }));
}

export function toUserModel(user: UserEntity): UserModel {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    level: user.level,
    scopeCode: user.scopeCode,
    rights: rightsList(user.rights),
    active: user.active,
    lastLoginAt: user.lastLoginAt,
    mustChangePassword: user.mustChangePassword,
  };
}
