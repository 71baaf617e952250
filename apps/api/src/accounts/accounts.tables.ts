import type { ModuleTables } from '../platform/feature-module';

/** Accounts own no tables: users and API keys are the auth module's. */
export const ACCOUNTS_TABLES: ModuleTables = { entities: [], migrations: [] };
