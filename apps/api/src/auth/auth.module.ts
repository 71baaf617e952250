import { Global } from '@nestjs/common';
import { FeatureModule } from '../platform/feature-module';
import { AUTH_TABLES } from './auth.tables';
import { PlatformResolver } from '../platform/platform.resolver';
import { AccessPolicy } from './access-policy.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { RequestBudgetService } from './request-budget.service';

/** Who is calling (tokens, API keys, login throttling) and the one access policy every module asks. */
@Global()
@FeatureModule({
  tables: AUTH_TABLES,
  resolvers: [AuthResolver, PlatformResolver],
  providers: [AccessPolicy, AuthService, LoginThrottleService, RequestBudgetService],
  exports: [AccessPolicy, AuthService, LoginThrottleService, RequestBudgetService],
})
export class AuthModule {}
