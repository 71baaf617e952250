import type { CertificationStatus, InfoDomain } from '@lao/domain';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorFields, IndicatorValueInput, IndicatorValueModel } from '../catalogue/catalogue.models';
import { SubmissionFields } from '../certification/certification.models';
import { CertificationStatusEnum, InfoDomainEnum } from '../common/enums';
import { Paginated } from '../common/paging';

@ObjectType('Indicator', { description: 'One indicator of the INFO catalogue for a fiscal year.' })
export class IndicatorModel extends IndicatorFields {
  @Field(() => InfoDomainEnum)
  domain: InfoDomain;
}

@ObjectType('InfoSection', { description: 'One domain of an LAO\'s INFO for a fiscal year.' })
export class InfoSectionModel {
  @Field(() => InfoDomainEnum)
  domain: InfoDomain;

  @Field()
  complete: boolean;

  @Field(() => [String], { description: 'Codes of required indicators without a value.' })
  missing: string[];

  @Field(() => [IndicatorValueModel], { description: 'Typed-in and linked values, in catalogue order.' })
  values: IndicatorValueModel[];

  @Field(() => Date, { nullable: true })
  savedAt: Date | null;
}

@ObjectType({ description: "An LAO's INFO for one fiscal year: the 8 domains and their certification." })
export class InfoSubmission extends SubmissionFields {
  @Field(() => Int, { description: 'LPA indicator 7: 5, 3, 1 or 0 (seed 004).' })
  lpaScore: number;

  @Field(() => [InfoSectionModel], { description: 'The 8 domains in order.' })
  sections: InfoSectionModel[];
}

@InputType()
export class SaveInfoSectionInput {
  @Field()
  laoCode: string;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => InfoDomainEnum)
  domain: InfoDomain;

  @Field(() => [IndicatorValueInput], { description: 'Values not listed keep what they had.' })
  values: IndicatorValueInput[];
}

@ObjectType()
export class LaoValues {
  @Field()
  laoCode: string;

  @Field(() => [IndicatorValueModel], { description: 'In the order of the requested indicator codes; null when not recorded.' })
  values: IndicatorValueModel[];
}

@ObjectType()
export class LaoValuesConnection extends Paginated(LaoValues, 'LaoValues') {}

@ObjectType()
export class LpaScore {
  @Field()
  laoCode: string;

  @Field(() => Int, { description: '5: complete and certified by the province; 3: complete, LAO only; 1: recorded; 0: nothing.' })
  score: number;

  @Field(() => CertificationStatusEnum)
  status: CertificationStatus;

  @Field()
  complete: boolean;
}

@ObjectType()
export class LpaScoreConnection extends Paginated(LpaScore, 'LpaScore') {}
