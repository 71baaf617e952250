import type { ModuleTables } from '../platform/feature-module';
import { DisposalSiteEntity, DisposalUseEntity } from './waste.entities';
import { WASTE_MIGRATIONS } from './migrations';

/** The tables this module owns: its entities and its migrations (read by the data source without loading GraphQL). */
export const WASTE_TABLES: ModuleTables = {
  entities: [DisposalSiteEntity, DisposalUseEntity],
  migrations: WASTE_MIGRATIONS,
};
