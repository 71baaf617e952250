import { FeatureModule } from '../platform/feature-module';
import { CERTIFICATION_TABLES } from './certification.tables';
import { RegistryModule } from '../registry/registry.module';
import { CertificationResolver } from './certification.resolver';
import { CertificationService } from './certification.service';
import { CertifiedModules } from './certified-modules';
import { CyclesRepository } from './cycles.repository';
import { CyclesService } from './cycles.service';
import { ProgressRepository } from './progress.repository';
import { SubmissionWorkflow } from './submission-workflow.service';
import { SubmissionRepository } from './submission.repository';
import { SubjectsRepository } from './subjects.repository';
import { SubjectsResolver } from './subjects.resolver';
import { SubjectsService } from './subjects.service';

/**
 * The certification machine shared by every module: submissions and their history, cycles with entry windows, the
 * workflow modules run their draft edits and certification on, and the registry of certified modules.
 */
@FeatureModule({
  imports: [RegistryModule],
  tables: CERTIFICATION_TABLES,
  resolvers: [CertificationResolver, SubjectsResolver],
  providers: [CertificationService, CertifiedModules, CyclesRepository, CyclesService, ProgressRepository, SubmissionRepository, SubmissionWorkflow, SubjectsRepository, SubjectsService],
  exports: [CertificationService, CertifiedModules, CyclesService, SubmissionWorkflow, SubjectsService],
})
export class CertificationModule {}
