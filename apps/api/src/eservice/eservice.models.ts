import type { EServiceChannel } from '@lao/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { SubmissionFields } from '../certification/certification.models';
import { EServiceChannelEnum } from '../common/enums';
import { Province } from '../registry/registry.models';

@ObjectType({ description: 'A service item of the survey with this LAO\'s answer (null fields: not answered yet).' })
export class EServiceItem {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Code of a preset item; null for an item the LAO added.' })
  code: string | null;

  @Field(() => Int)
  side: number;

  @Field(() => String, { nullable: true, description: "The sub-group's code; null at the side's top." })
  group: string | null;

  @Field()
  nameTh: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field({ description: 'Added by the LAO (may be deleted); preset items may not.' })
  custom: boolean;

  @Field(() => Boolean, { nullable: true })
  offered: boolean | null;

  @Field(() => Boolean, { nullable: true })
  needed: boolean | null;

  @Field(() => [Int], { nullable: true, description: 'Online steps 1–6.' })
  steps: number[] | null;

  @Field(() => [EServiceChannelEnum], { nullable: true })
  channels: EServiceChannel[] | null;

  @Field(() => String, { nullable: true })
  otherChannels: string | null;

  @Field(() => Int, { nullable: true, description: 'Citizens who used it in the fiscal year.' })
  users: number | null;
}

@ObjectType()
export class EServiceGroup {
  @Field()
  code: string;

  @Field()
  titleTh: string;

  @Field()
  titleEn: string;
}

@ObjectType()
export class EServiceSide {
  @Field(() => Int)
  side: number;

  @Field()
  titleTh: string;

  @Field()
  titleEn: string;

  @Field({ description: 'Saved with every item answered (a side without items: once saved).' })
  complete: boolean;

  @Field(() => Date, { nullable: true })
  savedAt: Date | null;

  @Field(() => [EServiceGroup])
  groups: EServiceGroup[];

  @Field(() => [EServiceItem], { description: 'In order: grouped items by group, then the side\'s own.' })
  items: EServiceItem[];
}

@ObjectType({ description: "An LAO's e-Service survey for a fiscal year (seed 002)." })
export class EServiceSurvey extends SubmissionFields {
  @Field(() => [EServiceSide], { description: 'Sides 1–6 in order.' })
  sides: EServiceSide[];
}

@InputType()
export class EServiceAnswerInput {
  @Field(() => ID)
  itemId: string;

  @Field()
  offered: boolean;

  @Field(() => Boolean, { nullable: true })
  needed?: boolean | null;

  @Field(() => [Int], { nullable: true })
  steps?: number[] | null;

  @Field(() => [EServiceChannelEnum], { nullable: true })
  channels?: EServiceChannel[] | null;

  @Field(() => String, { nullable: true, description: 'Comma-separated, when channels include OTHER.' })
  otherChannels?: string | null;

  @Field(() => Int, { nullable: true })
  users?: number | null;
}

@InputType()
export class SaveEServiceSideInput {
  @Field()
  laoCode: string;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Int)
  side: number;

  @Field(() => [EServiceAnswerInput], { description: 'Items not listed keep their answers.' })
  answers: EServiceAnswerInput[];
}

@InputType()
export class AddEServiceItemInput {
  @Field()
  laoCode: string;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Int)
  side: number;

  @Field(() => String, { nullable: true, description: 'A sub-group of sides 1–3; null in sides 4–6.' })
  group?: string | null;

  @Field()
  nameTh: string;
}

@ObjectType()
export class StepCount {
  @Field(() => Int)
  step: number;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ChannelCount {
  @Field(() => EServiceChannelEnum)
  channel: EServiceChannel;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'How the LAOs answered one preset service item.' })
export class EServiceItemAdoption {
  @Field()
  itemCode: string;

  @Field(() => Int)
  side: number;

  @Field()
  sideTitleTh: string;

  @Field()
  sideTitleEn: string;

  @Field(() => String, { nullable: true })
  group: string | null;

  @Field(() => String, { nullable: true })
  groupTitleTh: string | null;

  @Field(() => String, { nullable: true })
  groupTitleEn: string | null;

  @Field()
  nameTh: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field(() => Int, { description: 'LAOs that answered the item.' })
  answered: number;

  @Field(() => Int, { description: 'LAOs offering it online.' })
  offered: number;

  @Field(() => Float, { description: 'offered ÷ answered (0 when nobody answered).' })
  offeredShare: number;

  @Field(() => Int, { description: 'Not offered, and needed.' })
  needed: number;

  @Field(() => Int, { description: 'Not offered, and not needed.' })
  notNeeded: number;

  @Field(() => [StepCount], { description: 'Among those offering it: how many put each step online.' })
  steps: StepCount[];

  @Field(() => [ChannelCount])
  channels: ChannelCount[];

  @Field(() => Float, { description: 'Citizens who used it, summed over the LAOs offering it.' })
  totalUsers: number;
}

@ObjectType()
export class EServiceProvinceAdoption {
  @Field()
  provinceCode: string;

  @Field(() => Province)
  province: Province;

  @Field(() => Int, { description: 'LAOs of the province.' })
  laoCount: number;

  @Field(() => Int, { description: 'LAOs that answered at least one item.' })
  respondents: number;

  @Field(() => Int, { description: 'LAOs offering at least one service online.' })
  offeringAny: number;

  @Field(() => Float, { description: 'Share of answered items offered online, over the province.' })
  offeredShare: number;
}
