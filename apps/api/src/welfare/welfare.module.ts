import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { CertificationModule } from '../certification/certification.module';
import { FeatureModule } from '../platform/feature-module';
import { RegistryModule } from '../registry/registry.module';
import { WelfareAddresses } from './welfare-addresses';
import { WelfareFiguresRepository } from './welfare-figures.repository';
import { WelfareGeographyResolver } from './welfare-geography.resolver';
import { WelfareResolver } from './welfare.resolver';
import { WelfareRepository } from './welfare.repository';
import { WelfareService } from './welfare.service';
import { WelfareSummaryRepository } from './welfare-summary.repository';
import { WelfareYearResolver } from './welfare-year.resolver';
import { WelfareYearService } from './welfare-year.service';
import { WELFARE_TABLES } from './welfare.tables';

/** Welfare, the allowance registry of the elderly, disabled people and people with AIDS (personal data, PDPA). */
@FeatureModule({
  imports: [RegistryModule, CertificationModule, CatalogueModule, AuditModule],
  tables: WELFARE_TABLES,
  resolvers: [WelfareResolver, WelfareYearResolver, WelfareGeographyResolver],
  providers: [WelfareService, WelfareYearService, WelfareRepository, WelfareSummaryRepository, WelfareFiguresRepository, WelfareAddresses],
})
export class WelfareModule {}
