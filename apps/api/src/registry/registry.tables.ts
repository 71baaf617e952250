import type { ModuleTables } from '../platform/feature-module';
import { DistrictEntity } from './district.entity';
import { LocalAuthorityEntity } from './local-authority.entity';
import { REGISTRY_MIGRATIONS } from './migrations';
import { ProvinceEntity } from './province.entity';

/** The tables this module owns: its entities and its migrations (read by the data source without loading GraphQL). */
export const REGISTRY_TABLES: ModuleTables = {
  entities: [ProvinceEntity, DistrictEntity, LocalAuthorityEntity],
  migrations: REGISTRY_MIGRATIONS,
};
