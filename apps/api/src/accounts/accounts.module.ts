import { FeatureModule } from '../platform/feature-module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';

/** Users and API keys, administered by the department (tables owned by the auth module). */
@FeatureModule({ resolvers: [AccountsResolver], providers: [AccountsService] })
export class AccountsModule {}
