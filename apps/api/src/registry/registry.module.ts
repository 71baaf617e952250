import { FeatureModule } from '../platform/feature-module';
import { REGISTRY_TABLES } from './registry.tables';
import { GeographyService } from './geography.service';
import { RegistryResolver } from './registry.resolver';
import { RegistryService } from './registry.service';

/** The LAO registry: provinces, districts, LAOs and their contacts (the master list every module refers to). */
@FeatureModule({
  tables: REGISTRY_TABLES,
  resolvers: [RegistryResolver],
  providers: [GeographyService, RegistryService],
  exports: [GeographyService, RegistryService],
})
export class RegistryModule {}
