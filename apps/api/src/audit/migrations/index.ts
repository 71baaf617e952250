import { AuditLogTable1795500002000 } from './1795500002000-AuditLogTable';
import { AuditTrail1796300000000 } from './1796300000000-AuditTrail';

export const AUDIT_MIGRATIONS = [AuditLogTable1795500002000, AuditTrail1796300000000];
