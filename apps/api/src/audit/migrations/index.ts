import { AuditLogTable1795500002000 } from './1795500002000-AuditLogTable';

export const AUDIT_MIGRATIONS = [AuditLogTable1795500002000];
