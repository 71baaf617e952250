import type { CertificationModule, IndicatorValue, IndicatorValueType } from '@lao/domain';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { CertificationModuleEnum, IndicatorValueTypeEnum } from '../common/enums';

@ObjectType()
export class IndicatorOptionModel {
  @Field()
  value: string;

  @Field()
  labelTh: string;

  @Field()
  labelEn: string;
}

/**
 * The fields of one catalogue indicator, shared by every module's own indicator type (INFO's `Indicator` adds its
 * `domain`, Waste's `WasteIndicator` its `section`): one model behind them all.
 */
@ObjectType({ isAbstract: true })
export abstract class IndicatorFields {
  @Field()
  code: string;

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

@InputType()
export class IndicatorValueInput {
  @Field()
  indicatorCode: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'null clears the value.' })
  value: unknown;
}

