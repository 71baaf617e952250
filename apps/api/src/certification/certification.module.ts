import { FeatureModule } from '../platform/feature-module';
import { CERTIFICATION_TABLES } from './certification.tables';
import { RegistryModule } from '../registry/registry.module';
import { CertificationResolver } from './certification.resolver';
import { CertificationService } from './certification.service';
import { CertifiedModules } from './certified-modules';
import { CyclesRepository } from './cycles.repository';
import { CyclesService } from './cycles.service';
import { SubmissionWorkflow } from './submission-workflow.service';
import { SubmissionRepository } from './submission.repository';

/**
 * The certification machine shared by every module: submissions and their history, cycles with entry windows, the
 * workflow modules run their draft edits and certification on, and the registry of certified modules.
 */
@FeatureModule({
  imports: [RegistryModule],
  tables: CERTIFICATION_TABLES,
  resolvers: [CertificationResolver],
  providers: [CertificationService, CertifiedModules, CyclesRepository, CyclesService, SubmissionRepository, SubmissionWorkflow],
  exports: [CertificationService, CertifiedModules, CyclesService, SubmissionWorkflow],
})
export class CertificationModule {}
