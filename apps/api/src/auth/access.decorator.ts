import { SetMetadata } from '@nestjs/common';
import type { PlatformModule, Right } from '@lao/domain';

export const ACCESS_KEY = 'lao:access';

/**
 * What an operation needs, read by the global AccessGuard:
 * - `public`: anyone, even anonymous;
 * - otherwise a login or an API key, and when `right` is given that right on `module`;
 * - `lao` / `province` / `subject`: the argument naming the LAO, province or record the operation touches, checked
 *   against scope (a record also by a grant of it to the user).
 * Operations without the decorator need a login or an API key (closed by default).
 */
/**
 * The resolver's raw GraphQL arguments. They are not validated yet (the service's zod schema does that), so the
 * pickers below only locate the code and the guard checks its shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawArgs = Record<string, any>;

export type AccessRule =
  | { public: true }
  | {
      /** The module, or where the arguments name it (operations shared by every certifying module). */
      module: PlatformModule | ((args: RawArgs) => unknown);
      right: Right;
      lao?: (args: RawArgs) => unknown;
      province?: (args: RawArgs) => unknown;
      /** A record below the submissions (see certification/subject.entity.ts), whose LAO decides the scope. */
      subject?: (args: RawArgs) => unknown;
      departmentOnly?: boolean;
    };

export const Access = (rule: AccessRule) => SetMetadata(ACCESS_KEY, rule);
export const Public = () => Access({ public: true });
