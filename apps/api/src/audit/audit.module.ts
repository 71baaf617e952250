import { Global } from '@nestjs/common';
import { FeatureModule } from '../platform/feature-module';
import { AUDIT_TABLES } from './audit.tables';
import { AuditService } from './audit.service';

/** The append-only audit trail, written inside each module's own transactions. */
@Global()
@FeatureModule({ tables: AUDIT_TABLES, providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
