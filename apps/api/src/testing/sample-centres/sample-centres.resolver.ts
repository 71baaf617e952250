import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../auth/access.decorator';
import { IndicatorValueInput, IndicatorValueModel } from '../../catalogue/catalogue.models';
import { Submission, SubmissionFields } from '../../certification/certification.models';
import { SubmissionFieldsResolver } from '../../certification/certification.resolver';
import { CertificationService } from '../../certification/certification.service';
import type { RequestContext } from '../../common/context';
import { Ctx } from '../../common/current.decorators';
import { RegistryService } from '../../registry/registry.service';
import { SampleCentresService } from './sample-centres.service';

@ObjectType()
class SampleCentre {
  @Field(() => ID) id: string;
  @Field() nameTh: string;
  @Field(() => [IndicatorValueModel]) values: IndicatorValueModel[];
}

@ObjectType()
export class SampleCentresSubmission extends SubmissionFields {
  @Field(() => [IndicatorValueModel]) values: IndicatorValueModel[];
  @Field(() => [SampleCentre]) centres: SampleCentre[];
}

@InputType()
class SaveSampleSectionInput {
  @Field() laoCode: string;
  @Field(() => Int) fiscalYear: number;
  @Field() section: string;
  @Field(() => [IndicatorValueInput]) values: IndicatorValueInput[];
}

@InputType()
class SaveSampleCentreInput {
  @Field(() => ID) subjectId: string;
  @Field(() => Int) fiscalYear: number;
  @Field() section: string;
  @Field(() => [IndicatorValueInput]) values: IndicatorValueInput[];
}

@InputType()
class AddSampleCentreInput {
  @Field() laoCode: string;
  @Field(() => Int) fiscalYear: number;
  @Field() nameTh: string;
}

@Resolver(() => SampleCentresSubmission)
export class SampleCentresResolver extends SubmissionFieldsResolver(SampleCentresSubmission) {
  constructor(
    readonly certification: CertificationService,
    readonly registry: RegistryService,
    private readonly centres: SampleCentresService,
  ) {
    super();
  }

  @Access({ module: 'LEC', right: 'VIEW', lao: (args) => args.laoCode })
  @Query(() => SampleCentresSubmission)
  sampleCentres(@Args('laoCode') laoCode: string, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    return this.centres.submission(ctx, laoCode, fiscalYear);
  }

  @Access({ module: 'LEC', right: 'RECORD', lao: (args) => args.input?.laoCode })
  @Mutation(() => Boolean, { description: 'Answers whether the submission is complete now.' })
  saveSampleSection(@Args('input') input: SaveSampleSectionInput, @Ctx() ctx: RequestContext) {
    return this.centres.save(ctx, input);
  }

  @Access({ module: 'LEC', right: 'RECORD', lao: (args) => args.input?.laoCode })
  @Mutation(() => ID)
  addSampleCentre(@Args('input') input: AddSampleCentreInput, @Ctx() ctx: RequestContext) {
    return this.centres.addCentre(ctx, input);
  }

  @Access({ module: 'LEC', right: 'RECORD', subject: (args) => args.input?.subjectId })
  @Mutation(() => Boolean, { description: 'Answers whether the submission is complete now.' })
  saveSampleCentre(@Args('input') input: SaveSampleCentreInput, @Ctx() ctx: RequestContext) {
    return this.centres.saveCentre(ctx, input);
  }

  @Access({ module: 'LEC', right: 'CERTIFY', lao: (args) => args.laoCode })
  @Mutation(() => Submission)
  certifySampleCentres(@Args('laoCode') laoCode: string, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    return this.centres.certify(ctx, laoCode, fiscalYear);
  }
}
