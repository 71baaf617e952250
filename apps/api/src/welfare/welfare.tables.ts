import type { ModuleTables } from '../platform/feature-module';
import { WelfareBeneficiaryEntity, WelfareEventEntity, WelfarePersonEntity, WelfareSnapshotEntity, WelfareSuspensionEntity } from './welfare.entities';
import { WELFARE_MIGRATIONS } from './migrations';

/** The tables this module owns: its entities and its migrations (read by the data source without loading GraphQL). */
export const WELFARE_TABLES: ModuleTables = {
  entities: [WelfarePersonEntity, WelfareBeneficiaryEntity, WelfareSuspensionEntity, WelfareEventEntity, WelfareSnapshotEntity],
  migrations: WELFARE_MIGRATIONS,
};
