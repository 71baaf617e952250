import { PLATFORM_MODULES, RIGHTS, type PlatformModule, type Right, type Rights, type UserLevel } from '@lao/domain';

/** The logged-in user as the UI reasons about it: rights as the domain's record, not the API's list. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  level: UserLevel;
  scopeCode: string | null;
  rights: Rights;
}

/** The API lists rights as `[{ module, rights }]`; the domain's helpers take `{ MODULE: [rights] }`. */
export function toRights(list: ReadonlyArray<{ module: string; rights: ReadonlyArray<string> }>): Rights {
  const rights: Rights = {};
  for (const entry of list) {
    if (!(PLATFORM_MODULES as readonly string[]).includes(entry.module)) continue;
    rights[entry.module as PlatformModule] = entry.rights.filter((r): r is Right =>
      (RIGHTS as readonly string[]).includes(r),
    );
  }
  return rights;
}
