import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import { langFromAcceptLanguage } from '@lao/domain';
import { AccountsResolver } from './accounts/accounts.resolver';
import { AccountsService } from './accounts/accounts.service';
import { AuditService } from './audit/audit.service';
import { CertificationResolver } from './certification/certification.resolver';
import { CertificationService } from './certification/certification.service';
import { EServiceResolver } from './eservice/eservice.resolver';
import { EServiceService } from './eservice/eservice.service';
import { InfoCatalogueService } from './info/info-catalogue.service';
import { InfoResolver, LaoValuesResolver, LpaScoreResolver } from './info/info.resolver';
import { InfoService } from './info/info.service';
import { AccessGuard } from './auth/access.guard';
import { AccessPolicy } from './auth/access-policy.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginThrottleService } from './auth/login-throttle.service';
import type { RequestContext } from './common/context';
import { formatError, translateErrorsPlugin } from './common/graphql-errors';
import { Loaders } from './common/loaders';
import { queryLimitsPlugin } from './common/query-limits';
import { APP_CONFIG, type AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health/health.controller';
import { PlatformResolver } from './platform/platform.resolver';
import { GeographyService } from './registry/geography.service';
import { RegistryResolver } from './registry/registry.resolver';
import { RegistryService } from './registry/registry.service';
import './common/enums';

/** Services every module may use: configuration, the access policy, authentication, the audit trail. */
@Module({})
class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }, AccessPolicy, AuthService, LoginThrottleService, AuditService],
      exports: [APP_CONFIG, AccessPolicy, AuthService, LoginThrottleService, AuditService],
    };
  }
}

@Module({ providers: [AuthResolver, PlatformResolver] })
class AuthModule {}

@Module({ providers: [GeographyService, RegistryService, RegistryResolver], exports: [GeographyService, RegistryService] })
class RegistryModule {}

@Module({ providers: [AccountsService, AccountsResolver] })
class AccountsModule {}

@Module({
  imports: [RegistryModule],
  providers: [CertificationService, CertificationResolver],
  exports: [CertificationService],
})
class CertificationModule {}

@Module({ imports: [RegistryModule, CertificationModule], providers: [InfoCatalogueService, InfoService, InfoResolver, LpaScoreResolver, LaoValuesResolver] })
class InfoModule {}

@Module({ imports: [RegistryModule, CertificationModule], providers: [EServiceService, EServiceResolver] })
class EServiceModule {}

/** The whole API, built for one database URL (the app's, or a test's own database). */
export function appModule(config: AppConfig, databaseUrl: string): DynamicModule {
  return {
    module: class AppModule {},
    imports: [
      CoreModule.forRoot(config),
      TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.logSql, config.dbPoolSize)),
      GraphQLModule.forRootAsync<ApolloDriverConfig>({
        driver: ApolloDriver,
        inject: [AuthService],
        useFactory: (auth: AuthService) => ({
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: true,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          formatError,
          plugins: [translateErrorsPlugin, queryLimitsPlugin()],
          context: async ({ req }: { req: Request }): Promise<RequestContext> => {
            const lang = langFromAcceptLanguage(req.headers['accept-language']);
            return { req, lang, actor: await auth.authenticate(req, lang), loaders: new Loaders() };
          },
        }),
      }),
      AuthModule,
      RegistryModule,
      AccountsModule,
      CertificationModule,
      InfoModule,
      EServiceModule,
    ],
    controllers: [HealthController],
    providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
  };
}
