import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { AUDIT_MIGRATIONS } from '../audit/migrations';
import { ApiKeyEntity } from '../auth/api-key.entity';
import { LoginThrottleEntity } from '../auth/login-throttle.entity';
import { AUTH_MIGRATIONS } from '../auth/migrations';
import { UserEntity } from '../auth/user.entity';
import { DistrictEntity } from '../registry/district.entity';
import { LocalAuthorityEntity } from '../registry/local-authority.entity';
import { REGISTRY_MIGRATIONS } from '../registry/migrations';
import { ProvinceEntity } from '../registry/province.entity';
import {
  CertificationCycleEntity,
  CertificationExtensionEntity,
  SubmissionEntity,
  SubmissionEventEntity,
} from '../certification/submission.entity';
import { CERTIFICATION_MIGRATIONS } from '../certification/migrations';
import { InfoIndicatorEntity, InfoLinkedValueEntity, InfoSectionEntity } from '../info/info.entities';
import { INFO_MIGRATIONS } from '../info/migrations';
import {
  EServiceAnswerEntity,
  EServiceGroupEntity,
  EServiceItemEntity,
  EServiceSideEntity,
  EServiceSideSaveEntity,
} from '../eservice/eservice.entities';
import { ESERVICE_MIGRATIONS } from '../eservice/migrations';

/** Every entity and every migration, listed (no globs) so the same set loads from src under jest and from dist. */
export const ENTITIES = [
  ProvinceEntity,
  DistrictEntity,
  LocalAuthorityEntity,
  UserEntity,
  ApiKeyEntity,
  LoginThrottleEntity,
  AuditLogEntity,
  SubmissionEntity,
  SubmissionEventEntity,
  CertificationCycleEntity,
  CertificationExtensionEntity,
  InfoIndicatorEntity,
  InfoSectionEntity,
  InfoLinkedValueEntity,
  EServiceSideEntity,
  EServiceGroupEntity,
  EServiceItemEntity,
  EServiceAnswerEntity,
  EServiceSideSaveEntity,
];

export const MIGRATIONS = [...REGISTRY_MIGRATIONS, ...AUTH_MIGRATIONS, ...AUDIT_MIGRATIONS, ...CERTIFICATION_MIGRATIONS, ...INFO_MIGRATIONS, ...ESERVICE_MIGRATIONS];

export function dataSourceOptions(url: string, logging = false, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logging: logging ? ['query', 'error'] : ['error'],
    extra: { max: poolSize, application_name: 'lao-platform-api' },
  };
}

export async function openDataSource(url: string, logging = false): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, logging));
  await dataSource.initialize();
  return dataSource;
}
