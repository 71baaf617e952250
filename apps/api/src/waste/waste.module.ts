import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { CertificationModule } from '../certification/certification.module';
import { FeatureModule } from '../platform/feature-module';
import { RegistryModule } from '../registry/registry.module';
import { SiteClientResolver, SitesResolver } from './sites.resolver';
import { SitesService } from './sites.service';
import { WasteResolver } from './waste.resolver';
import { WasteReportsService } from './waste-reports.service';
import { WasteRepository } from './waste.repository';
import { WasteService } from './waste.service';
import { WasteSummaryRepository } from './waste-summary.repository';
import { WASTE_TABLES } from './waste.tables';

/** Waste, the national solid-waste data hub: the yearly LAO report, disposal sites, summaries for maps. */
@FeatureModule({
  imports: [RegistryModule, CertificationModule, CatalogueModule, AuditModule],
  tables: WASTE_TABLES,
  resolvers: [WasteResolver, SitesResolver, SiteClientResolver],
  providers: [WasteService, WasteReportsService, SitesService, WasteRepository, WasteSummaryRepository],
})
export class WasteModule {}
