import type { ModuleTables } from '../platform/feature-module';
import { UserMustChangePassword1797000000700 } from './migrations/1797000000700-UserMustChangePassword';

/** Users and API keys are the auth module's entities; accounts migrates the columns its administration adds. */
export const ACCOUNTS_TABLES: ModuleTables = { entities: [], migrations: [UserMustChangePassword1797000000700] };
