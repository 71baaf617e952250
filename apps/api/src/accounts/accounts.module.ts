import { FeatureModule } from '../platform/feature-module';
import { RegistryModule } from '../registry/registry.module';
import { ACCOUNTS_TABLES } from './accounts.tables';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';
import { PasswordsService } from './passwords.service';

/** Users and API keys, administered by the department (tables owned by the auth module); one's own password. */
@FeatureModule({ imports: [RegistryModule], tables: ACCOUNTS_TABLES, resolvers: [AccountsResolver, ApiKeysResolver], providers: [AccountsService, ApiKeysService, PasswordsService] })
export class AccountsModule {}
