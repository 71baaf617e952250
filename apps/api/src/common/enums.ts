import {
  AUDIT_ACTIONS,
  CERTIFICATION_ACTIONS,
  CERTIFICATION_MODULES,
  CERTIFICATION_STATUSES,
  INDICATOR_VALUE_TYPES,
  INFO_DOMAINS,
  ESERVICE_CHANNELS,
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
export const CertificationStatusEnum = asEnum(CERTIFICATION_STATUSES);
export const CertificationActionEnum = asEnum(CERTIFICATION_ACTIONS);
export const InfoDomainEnum = asEnum(INFO_DOMAINS);
export const IndicatorValueTypeEnum = asEnum(INDICATOR_VALUE_TYPES);
export const EServiceChannelEnum = asEnum(ESERVICE_CHANNELS);
export const AuditActionEnum = asEnum(AUDIT_ACTIONS);

registerEnumType(LaoTypeEnum, {
  name: 'LaoType',
  description: 'อบจ. PAO, เทศบาลนคร/เมือง/ตำบล city/town/subdistrict municipality, อบต. SAO, กรุงเทพมหานคร, เมืองพัทยา',
});
registerEnumType(UserLevelEnum, { name: 'UserLevel' });
registerEnumType(PlatformModuleEnum, { name: 'PlatformModule', description: 'Modules on which rights are granted' });
registerEnumType(RightEnum, { name: 'Right' });
registerEnumType(CertificationModuleEnum, { name: 'CertificationModule' });
registerEnumType(CertificationStatusEnum, {
  name: 'CertificationStatus',
  description: 'DRAFT ยังไม่ได้รับรองข้อมูล, LAO_CERTIFIED อปท. รับรองแล้ว, PROVINCE_CERTIFIED จังหวัดรับรองแล้ว',
});
registerEnumType(CertificationActionEnum, {
  name: 'CertificationAction',
  description: 'CERTIFY (the LAO), WITHDRAW (the LAO), CERTIFY_PROVINCE, RETURN with a reason (province), REOPEN (department)',
});
registerEnumType(InfoDomainEnum, { name: 'InfoDomain', description: "INFO's eight domains (ด้าน)" });
registerEnumType(IndicatorValueTypeEnum, { name: 'IndicatorValueType' });
registerEnumType(EServiceChannelEnum, { name: 'EServiceChannel' });
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What an audit entry records (api-contract.md, "Access"); ACCESS_DENIED: a refused read of the audit trail',
});
