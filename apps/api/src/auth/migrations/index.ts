import { AccountsTables1795500001000 } from './1795500001000-AccountsTables';
import { ApiKeyRightsAndUsage1796117242752 } from './1796117242752-ApiKeyRightsAndUsage';
import { LoginThrottlePairs1796900000200 } from './1796900000200-LoginThrottlePairs';

export const AUTH_MIGRATIONS = [AccountsTables1795500001000, ApiKeyRightsAndUsage1796117242752, LoginThrottlePairs1796900000200];
