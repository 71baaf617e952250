import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import { langFromAcceptLanguage } from '@lao/domain';
import { AuthModule } from './auth/auth.module';
import { AuthService } from './auth/auth.service';
import { accessTrailPlugin } from './auth/access-trail.plugin';
import { RequestBudgetService } from './auth/request-budget.service';
import { AuditModule } from './audit/audit.module';
import { AuditService } from './audit/audit.service';
import { AccessGuard } from './auth/access.guard';
import type { RequestContext } from './common/context';
import { isDatabaseOutage, serviceUnavailable } from './common/database-outage';
import { compiledExecution } from './common/compiled-execution';
import { deferBudget, deferredBudgetPlugin } from './common/deferred-budget';
import { formatError, translateErrorsPlugin } from './common/graphql-errors';
import { inputScalarsPlugin } from './common/input-scalars';
import { Loaders } from './common/loaders';
import { MAX_QUERY_TOKENS, queryLimitsPlugin } from './common/query-limits';
import { GraphQLErrorsPassThrough, requestLogPlugin } from './common/request-log';
import { schemaPrivacyPlugin } from './common/schema-privacy';
import { APP_CONFIG, type AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { StatementTimeout } from './database/statement-timeout';
import { HealthController } from './health/health.controller';
import { featureModules, moduleTables } from './modules';
import type { ModuleTables } from './platform/feature-module';
import './common/enums';

/** The configuration, for every module. */
@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

/**
 * The whole API, built for one database URL (the app's, or a test's own database). Tests may add a module of their
 * own (`extra`: its Nest module and its tables).
 */
export function appModule(config: AppConfig, databaseUrl: string, extra: { modules: Type<unknown>[]; tables: ModuleTables[] } = { modules: [], tables: [] }): DynamicModule {
  const modules = [...featureModules(), ...extra.modules];
  return {
    module: class AppModule {},
    imports: [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.logSql, config.dbPoolSize, [...moduleTables(), ...extra.tables], { waitMs: config.poolWaitMs })),
      GraphQLModule.forRootAsync<ApolloDriverConfig>({
        driver: ApolloDriver,
        imports: [AuthModule, AuditModule],
        inject: [AuthService, RequestBudgetService, AuditService],
        useFactory: (auth: AuthService, budget: RequestBudgetService, audit: AuditService) => ({
          // graphql-jit executes the operations (compiled-execution.ts); Apollo keeps everything around execution. It
          // also sorts the schema (as `sortSchema: true` did), so that Apollo and Nest hold the same one.
          ...compiledExecution(),
          autoSchemaFile: true,
          sortSchema: false,
          path: '/graphql',
          playground: false,
          introspection: true,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          formatError,
          parseOptions: { maxTokens: MAX_QUERY_TOKENS },
          plugins: [
            // Apollo's default cache-control plugin hooks every field of every answer (willResolveField), which makes
            // Apollo wrap every resolver of the schema: about a millisecond per 100-row page. No answer is cacheable
            // (each depends on the caller), so it has nothing to do here.
            ApolloServerPluginCacheControlDisabled(),
            requestLogPlugin(),
            translateErrorsPlugin,
            schemaPrivacyPlugin({ production: config.production }),
            queryLimitsPlugin(),
            inputScalarsPlugin(),
            // Before the access trail: a request over its rate budget is answered RATE_LIMITED and shows nothing.
            deferredBudgetPlugin(),
            accessTrailPlugin(audit, budget),
          ],
          context: async ({ req }: { req: Request }): Promise<RequestContext> => {
            const lang = langFromAcceptLanguage(req.headers['accept-language']);
            try {
              const actor = await auth.authenticate(req, lang);
              // Counted while the request runs; its verdict is taken before the answer leaves (deferred-budget.ts).
              return deferBudget({ req, lang, actor, loaders: new Loaders() }, budget.spend(actor, lang));
            } catch (error) {
              // The database away: a stable code in the caller's language, not a 500 naming the server's address.
              throw isDatabaseOutage(error) ? serviceUnavailable(lang) : error;
            }
          },
        }),
      }),
      ...modules,
    ],
    controllers: [HealthController],
    providers: [{ provide: APP_GUARD, useClass: AccessGuard }, { provide: APP_FILTER, useClass: GraphQLErrorsPassThrough }, StatementTimeout],
  };
}
