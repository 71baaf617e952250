import { AccountsTables1795500001000 } from './1795500001000-AccountsTables';
import { ApiKeyRightsAndUsage1796117242752 } from './1796117242752-ApiKeyRightsAndUsage';

export const AUTH_MIGRATIONS = [AccountsTables1795500001000, ApiKeyRightsAndUsage1796117242752];
