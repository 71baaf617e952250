import type { ModuleTables } from '../platform/feature-module';
import { InfoLinkedValueEntity } from './info.entities';
import { INFO_MIGRATIONS } from './migrations';

/** The tables this module owns: its entities and its migrations (read by the data source without loading GraphQL). */
export const INFO_TABLES: ModuleTables = {
  entities: [InfoLinkedValueEntity],
  migrations: INFO_MIGRATIONS,
};
