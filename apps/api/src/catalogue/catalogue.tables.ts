import type { ModuleTables } from '../platform/feature-module';
import { CatalogueIndicatorEntity, CatalogueSectionEntity } from './catalogue.entities';
import { CATALOGUE_MIGRATIONS } from './migrations';

/** The tables this module owns: its entities and its migrations (read by the data source without loading GraphQL). */
export const CATALOGUE_TABLES: ModuleTables = {
  entities: [CatalogueIndicatorEntity, CatalogueSectionEntity],
  migrations: CATALOGUE_MIGRATIONS,
};
