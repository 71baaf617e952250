import { CatalogueModule } from '../../catalogue/catalogue.module';
import { CertificationModule } from '../../certification/certification.module';
import { FeatureModule } from '../../platform/feature-module';
import { RegistryModule } from '../../registry/registry.module';
import { SampleCentresResolver } from './sample-centres.resolver';
import { SampleCentresService } from './sample-centres.service';
import { SAMPLE_CENTRES_TABLES } from './sample-centres.tables';

/** A certified module written only for the kit's tests (registered through startTestApp's `extra`). */
@FeatureModule({
  imports: [RegistryModule, CertificationModule, CatalogueModule],
  tables: SAMPLE_CENTRES_TABLES,
  resolvers: [SampleCentresResolver],
  providers: [SampleCentresService],
})
export class SampleCentresModule {}
