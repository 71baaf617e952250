import {
  CERTIFICATION_MODULES,
  LAO_TYPES,
  PLATFORM_MODULES,
  RIGHTS,
  USER_LEVELS,
} from '@lao/domain';
import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums straight from the shared lists in libs/domain, so API, SPA and rules never drift apart. */
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const LaoTypeEnum = asEnum(LAO_TYPES);
export const UserLevelEnum = asEnum(USER_LEVELS);
export const PlatformModuleEnum = asEnum(PLATFORM_MODULES);
export const RightEnum = asEnum(RIGHTS);
export const CertificationModuleEnum = asEnum(CERTIFICATION_MODULES);

registerEnumType(LaoTypeEnum, {
  name: 'LaoType',
  description: 'อบจ. PAO, เทศบาลนคร/เมือง/ตำบล city/town/subdistrict municipality, อบต. SAO, กรุงเทพมหานคร, เมืองพัทยา',
});
registerEnumType(UserLevelEnum, { name: 'UserLevel' });
registerEnumType(PlatformModuleEnum, { name: 'PlatformModule', description: 'Modules on which rights are granted' });
registerEnumType(RightEnum, { name: 'Right' });
registerEnumType(CertificationModuleEnum, { name: 'CertificationModule' });
