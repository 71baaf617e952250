import type { CertificationModule, CertificationStatus, IndicatorValue, IndicatorValueType, InfoDomain } from '@lao/domain';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { SubmissionFields } from '../certification/certification.models';
import {
  CertificationModuleEnum,
  CertificationStatusEnum,
  IndicatorValueTypeEnum,
  InfoDomainEnum,
} from '../common/enums';
import { Paginated } from '../common/paging';

@ObjectType()
export class IndicatorOptionModel {
  @Field()
  value: string;

  @Field()
  labelTh: string;

  @Field()
  labelEn: string;
}

@ObjectType('Indicator', { description: 'One indicator of the INFO catalogue for a fiscal year.' })
export class IndicatorModel {
  @Field()
  code: string;

  @Field(() => InfoDomainEnum)
  domain: InfoDomain;

  @Field(() => Int, { description: 'Order within its domain.' })
  position: number;

  @Field()
  labelTh: string;

  @Field()
  labelEn: string;

  @Field(() => String, { nullable: true, description: 'Thai unit: ไร่, กม., ตัน/วัน, บาท, …' })
  unit: string | null;

  @Field(() => String, { nullable: true })
  unitEn: string | null;

  @Field(() => IndicatorValueTypeEnum)
  valueType: IndicatorValueType;

  @Field({ description: 'A domain is complete when every required, typed-in indicator has a value (zero is a value).' })
  required: boolean;

  @Field(() => CertificationModuleEnum, { nullable: true, description: 'Filled from this module, read-only in INFO; null when typed in.' })
  linkedFrom: CertificationModule | null;

  @Field(() => [IndicatorOptionModel], { nullable: true })
  options: IndicatorOptionModel[] | null;

  @Field(() => Float, { nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true })
  max: number | null;

  @Field(() => Int, { nullable: true })
  decimals: number | null;

  @Field(() => Int, { nullable: true })
  maxLength: number | null;

  @Field(() => String, { nullable: true })
  hintTh: string | null;

  @Field(() => String, { nullable: true })
  hintEn: string | null;
}

@ObjectType()
export class IndicatorValueModel {
  @Field()
  indicatorCode: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'number, boolean, string, list of strings, or null' })
  value: IndicatorValue;
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
export class IndicatorValueInput {
  @Field()
  indicatorCode: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'null clears the value.' })
  value: unknown;
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
