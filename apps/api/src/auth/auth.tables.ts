import type { ModuleTables } from '../platform/feature-module';
import { ApiKeyEntity, RequestCounterEntity } from './api-key.entity';
import { LoginThrottleEntity } from './login-throttle.entity';
import { AUTH_MIGRATIONS } from './migrations';
import { UserEntity } from './user.entity';

/** The tables this module owns: its entities and its migrations (read by the data source without loading GraphQL). */
export const AUTH_TABLES: ModuleTables = {
  entities: [UserEntity, ApiKeyEntity, LoginThrottleEntity, RequestCounterEntity],
  migrations: AUTH_MIGRATIONS,
};
