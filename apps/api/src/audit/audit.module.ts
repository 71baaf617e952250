import { Global } from '@nestjs/common';
import { FeatureModule } from '../platform/feature-module';
import { AUDIT_TABLES } from './audit.tables';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The append-only audit trail, written inside each module's own transactions, and its `auditTrail` query. */
@Global()
@FeatureModule({ tables: AUDIT_TABLES, resolvers: [AuditResolver], providers: [AuditService, AuditRepository], exports: [AuditService] })
export class AuditModule {}
