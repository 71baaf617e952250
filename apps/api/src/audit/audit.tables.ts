import type { ModuleTables } from '../platform/feature-module';
import { AuditLogEntity } from './audit-log.entity';
import { AUDIT_MIGRATIONS } from './migrations';

/** The tables this module owns: its entities and its migrations (read by the data source without loading GraphQL). */
export const AUDIT_TABLES: ModuleTables = {
  entities: [AuditLogEntity],
  migrations: AUDIT_MIGRATIONS,
};
