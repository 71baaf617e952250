import type { ModuleTables } from '../platform/feature-module';
import { EServiceAnswerEntity, EServiceGroupEntity, EServiceItemEntity, EServiceSideEntity, EServiceSideSaveEntity } from './eservice.entities';
import { ESERVICE_MIGRATIONS } from './migrations';

/** The tables this module owns: its entities and its migrations (read by the data source without loading GraphQL). */
export const ESERVICE_TABLES: ModuleTables = {
  entities: [EServiceSideEntity, EServiceGroupEntity, EServiceItemEntity, EServiceAnswerEntity, EServiceSideSaveEntity],
  migrations: ESERVICE_MIGRATIONS,
};
