import { FeatureModule } from '../platform/feature-module';
import { CATALOGUE_TABLES } from './catalogue.tables';
import { CatalogueService } from './catalogue.service';
import { SectionsRepository } from './sections.repository';
import { SectionsService } from './sections.service';

/** The shared catalogue engine: indicators per module, section and fiscal year, and the sections LAOs save. */
@FeatureModule({
  tables: CATALOGUE_TABLES,
  providers: [CatalogueService, SectionsRepository, SectionsService],
  exports: [CatalogueService, SectionsService],
})
export class CatalogueModule {}
