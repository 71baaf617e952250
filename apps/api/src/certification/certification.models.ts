import type { CertificationAction, CertificationModule, CertificationStatus } from '@lao/domain';
import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  CertificationActionEnum,
  CertificationModuleEnum,
  CertificationStatusEnum,
  LaoTypeEnum,
} from '../common/enums';
import { Paginated } from '../common/paging';
import { Province } from '../registry/registry.models';

@ObjectType({ description: 'One step of a submission\'s certification history.' })
export class SubmissionEvent {
  @Field(() => CertificationActionEnum)
  action: CertificationAction;

  @Field(() => CertificationStatusEnum)
  fromStatus: CertificationStatus;

  @Field(() => CertificationStatusEnum)
  toStatus: CertificationStatus;

  @Field({ description: 'Username of whoever fired the transition.' })
  actor: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { nullable: true, description: "The reason of a return or reopen, or the actor's comment." })
  comment: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "A return or reopen of a closed year: the LAO's window re-opened until then (an extension for that LAO).",
  })
  windowReopenedUntil?: Date | null;
}

/**
 * The certification fields every module's submission carries (api-contract.md). Module types (InfoSubmission, …)
 * extend this class, so the fields are declared once.
 */
@ObjectType({ isAbstract: true })
export abstract class SubmissionFields {
  /** Null while the LAO has not started (no row yet): the submission is then a DRAFT. */
  submissionId: string | null;

  /** For scope decisions without looking the LAO up again. */
  provinceCode: string;

  @Field(() => CertificationModuleEnum)
  module: CertificationModule;

  @Field()
  laoCode: string;

  @Field(() => Int, { description: 'Buddhist-Era fiscal year.' })
  fiscalYear: number;

  @Field(() => CertificationStatusEnum)
  status: CertificationStatus;

  @Field({ description: 'Every required part has a value.' })
  complete: boolean;

  @Field(() => Date, { nullable: true })
  laoCertifiedAt: Date | null;

  @Field(() => Date, { nullable: true })
  provinceCertifiedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last change of data or status; null when nothing was recorded yet.' })
  updatedAt: Date | null;
}

@ObjectType({ description: "One LAO's submission for a module and fiscal year, as the certification machine sees it." })
export class Submission extends SubmissionFields {}

@ObjectType()
export class SubmissionConnection extends Paginated(Submission, 'Submission') {}

@ObjectType()
export class ProvinceProgress {
  @Field()
  provinceCode: string;

  @Field(() => Province)
  province: Province;

  @Field(() => Int, { description: 'LAOs of the province: total = draft + laoCertified + provinceCertified.' })
  total: number;

  @Field(() => Int, { description: 'Not certified yet, started or not.' })
  draft: number;

  @Field(() => Int)
  laoCertified: number;

  @Field(() => Int)
  provinceCertified: number;
}

@ObjectType()
export class ProvinceCertificationResult {
  @Field(() => CertificationModuleEnum)
  module: CertificationModule;

  @Field()
  provinceCode: string;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Int, { description: 'LAOs this call certified (those already certified by the province are not counted).' })
  certifiedCount: number;
}

@ObjectType()
export class CycleExtension {
  @Field({ description: 'A province (2 digits) or an LAO (7 digits).' })
  scopeCode: string;

  @Field(() => Date)
  until: Date;
}

@ObjectType({ description: 'A period in which LAOs record and certify.' })
export class EntryWindow {
  @Field(() => Date)
  opensAt: Date;

  @Field(() => Date)
  closesAt: Date;
}

@ObjectType({ description: "The department's yearly cycle of a module: LAOs record and certify inside its windows." })
export class CertificationCycle {
  @Field(() => CertificationModuleEnum)
  module: CertificationModule;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Date, { description: "The last window's close." })
  deadline: Date;

  @Field(() => [EntryWindow], { description: 'Oldest first (LEC has two a year).' })
  windows: EntryWindow[];

  @Field(() => [CycleExtension])
  extensions: CycleExtension[];
}

@InputType()
export class SubmissionFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  districtCode?: string | null;

  @Field(() => LaoTypeEnum, { nullable: true })
  type?: string | null;

  @Field(() => CertificationStatusEnum, { nullable: true })
  status?: CertificationStatus | null;

  @Field(() => String, { nullable: true, description: 'Thai or English name, or the start of the code.' })
  search?: string | null;
}

@ArgsType()
export class SubmissionKeyArgs {
  @Field(() => CertificationModuleEnum)
  module: CertificationModule;

  @Field()
  laoCode: string;

  @Field(() => Int)
  fiscalYear: number;
}

@InputType()
export class EntryWindowInput {
  @Field(() => Date)
  opensAt: Date;

  @Field(() => Date)
  closesAt: Date;
}

@InputType()
export class OpenCertificationCycleInput {
  @Field(() => CertificationModuleEnum)
  module: CertificationModule;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Date, { description: "The last window's close." })
  deadline: Date;

  @Field(() => [EntryWindowInput], {
    nullable: true,
    description: 'Left out: one window from now until the deadline (a new cycle), or the last window moved to the deadline.',
  })
  windows?: EntryWindowInput[] | null;
}

@InputType()
export class RemoveCycleExtensionInput {
  @Field(() => CertificationModuleEnum)
  module: CertificationModule;

  @Field(() => Int)
  fiscalYear: number;

  @Field({ description: 'A province (2 digits) or an LAO (7 digits).' })
  scopeCode: string;
}

@InputType()
export class ExtendCertificationCycleInput extends RemoveCycleExtensionInput {
  @Field(() => Date)
  until: Date;
}


