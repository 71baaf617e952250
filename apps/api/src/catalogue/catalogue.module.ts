import { FeatureModule } from '../platform/feature-module';
import { CATALOGUE_TABLES } from './catalogue.tables';
import { CatalogueService } from './catalogue.service';
import { LinkedSources } from './linked-sources';
import { SectionsRepository } from './sections.repository';
import { SectionsService } from './sections.service';

/** The shared catalogue engine: indicators per module, section and fiscal year, and the sections LAOs save. */
@FeatureModule({
  tables: CATALOGUE_TABLES,
  providers: [CatalogueService, SectionsRepository, SectionsService, LinkedSources],
  exports: [CatalogueService, SectionsService, LinkedSources],
})
export class CatalogueModule {}
