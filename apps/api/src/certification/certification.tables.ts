import type { ModuleTables } from '../platform/feature-module';
import { CERTIFICATION_MIGRATIONS } from './migrations';
import {
  CertificationCycleEntity,
  CertificationExtensionEntity,
  CertificationWindowEntity,
  SubmissionEntity,
  SubmissionEventEntity,
} from './submission.entity';
import { SubjectGrantEntity, SubmissionSubjectEntity } from './subject.entity';

/** The tables this module owns: its entities and its migrations (read by the data source without loading GraphQL). */
export const CERTIFICATION_TABLES: ModuleTables = {
  entities: [SubmissionEntity, SubmissionEventEntity, CertificationCycleEntity, CertificationWindowEntity, CertificationExtensionEntity, SubmissionSubjectEntity, SubjectGrantEntity],
  migrations: CERTIFICATION_MIGRATIONS,
};
