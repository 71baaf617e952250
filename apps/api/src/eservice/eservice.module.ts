import { CertificationModule } from '../certification/certification.module';
import { FeatureModule } from '../platform/feature-module';
import { ESERVICE_TABLES } from './eservice.tables';
import { RegistryModule } from '../registry/registry.module';
import { EServiceAdoptionRepository } from './eservice-adoption.repository';
import { EServiceReportsService } from './eservice-reports.service';
import { EServiceRepository } from './eservice.repository';
import { EServiceResolver } from './eservice.resolver';
import { EServiceService } from './eservice.service';

/** The e-Service survey (seed 002): six sides of service items per LAO and year, certified on the shared machine. */
@FeatureModule({
  imports: [RegistryModule, CertificationModule],
  tables: ESERVICE_TABLES,
  resolvers: [EServiceResolver],
  providers: [EServiceService, EServiceReportsService, EServiceRepository, EServiceAdoptionRepository],
})
export class EServiceModule {}
