import { CatalogueModule } from '../catalogue/catalogue.module';
import { CertificationModule } from '../certification/certification.module';
import { FeatureModule } from '../platform/feature-module';
import { INFO_TABLES } from './info.tables';
import { RegistryModule } from '../registry/registry.module';
import { InfoRepository } from './info.repository';
import { InfoResolver, LaoValuesResolver, LpaScoreResolver } from './info.resolver';
import { InfoService } from './info.service';
import { InfoReportsService } from './info-reports.service';

/** INFO, the central LAO database: eight catalogue domains per LAO and year, certified on the shared machine. */
@FeatureModule({
  imports: [RegistryModule, CertificationModule, CatalogueModule],
  tables: INFO_TABLES,
  resolvers: [InfoResolver, LpaScoreResolver, LaoValuesResolver],
  providers: [InfoService, InfoReportsService, InfoRepository],
})
export class InfoModule {}
