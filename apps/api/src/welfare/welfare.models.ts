import type { AllowanceType, BeneficiaryStatus, EndReason, PaymentMethod, Sex } from '@lao/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { PersonalSubject } from '../auth/personal-data';
import { PersonalField } from '../auth/personal-data';
import { SubmissionFields } from '../certification/certification.models';
import { Paginated } from '../common/paging';
import { AllowanceTypeEnum, BeneficiaryStatusEnum, EndReasonEnum, IsoDateScalar, PaymentMethodEnum, SexEnum } from './welfare.enums';

/** A person's personal data: masked unless the caller holds PERSONAL_DATA on WELFARE for the LAO (api-contract.md). */
@ObjectType()
export class Person implements PersonalSubject {
  laoCode: string;
  provinceCode: string;
  personalSubjectId: string;
  personalSubjectType: string;

  @PersonalField('WELFARE', 'NATIONAL_ID', () => String, { description: '13 digits; masked 1-2345-xxxxx-xx-1 without the right.' })
  nationalId: string;

  @Field()
  title: string;

  @PersonalField('WELFARE', 'NAME', () => String)
  firstName: string;

  @PersonalField('WELFARE', 'NAME', () => String)
  lastName: string;

  @PersonalField('WELFARE', 'OTHER', () => IsoDateScalar)
  birthDate: string;

  @Field(() => SexEnum)
  sex: Sex;

  @PersonalField('WELFARE', 'OTHER', () => String, { description: 'House number, village, subdistrict, district and province, in Thai.' })
  address: string;

  @PersonalField('WELFARE', 'OTHER', () => String)
  phone: string | null;
}

@ObjectType({ description: 'One change of an enrolment (which fields changed, never their values), who made it and when.' })
export class BeneficiaryEvent {
  @Field(() => ID)
  id: string;

  @Field({ description: 'REGISTERED, UPDATED, SUSPENDED, RESUMED or ENDED' })
  kind: string;

  @Field(() => IsoDateScalar)
  effectiveOn: string;

  @Field(() => [String], { description: 'Fields changed (UPDATED), or the reason (ENDED).' })
  changes: string[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  at: Date;

  @Field()
  actor: string;
}

@ObjectType({ description: 'An enrolment for an allowance: one person, one type, one LAO.' })
export class Beneficiary implements PersonalSubject {
  provinceCode: string;
  personalSubjectId: string;
  personalSubjectType: string;
  birthDate: string;

  @Field(() => ID)
  id: string;

  @Field()
  laoCode: string;

  @Field(() => AllowanceTypeEnum)
  allowanceType: AllowanceType;

  @Field(() => BeneficiaryStatusEnum)
  status: BeneficiaryStatus;

  @Field(() => Int, { description: 'Baht paid for the current month by the rules (0 when not paid this month).' })
  monthlyAmount: number;

  @Field(() => IsoDateScalar, { description: 'The first month paid (the month after registration; for the elderly not before the month after the 60th birthday).' })
  firstPaidMonth: string;

  @Field(() => IsoDateScalar)
  registeredOn: string;

  @Field(() => IsoDateScalar, { nullable: true })
  endedOn: string | null;

  @Field(() => EndReasonEnum, { nullable: true })
  endReason: EndReason | null;

  @Field(() => PaymentMethodEnum)
  paymentMethod: PaymentMethod;

  @Field(() => Person)
  person: Person;

  @Field({ description: 'The national ID always masked (for lists that need no more).' })
  maskedNationalId: string;

  @PersonalField('WELFARE', 'OTHER', () => String)
  bankAccount: string | null;

  @PersonalField('WELFARE', 'OTHER', () => String)
  disabilityCardNo: string | null;
}

@ObjectType()
export class BeneficiaryConnection extends Paginated(Beneficiary, 'Beneficiary') {}

@ObjectType()
export class Enrolment {
  @Field(() => AllowanceTypeEnum)
  allowanceType: AllowanceType;

  @Field(() => BeneficiaryStatusEnum)
  status: BeneficiaryStatus;

  @Field()
  laoCode: string;
}

@ObjectType({ description: 'Where a national ID is enrolled anywhere in the country, without personal data.' })
export class NationalIdCheck {
  @Field({ description: 'Thirteen digits with a matching check digit.' })
  valid: boolean;

  @Field(() => [Enrolment])
  enrolments: Enrolment[];
}

@ObjectType()
export class TierCount {
  @Field(() => Int)
  monthlyAmount: number;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Aggregates only (no personal data): per province nationally, or per LAO of a province.' })
export class WelfareSummaryRow {
  @Field()
  code: string;

  @Field()
  nameTh: string;

  @Field(() => Int, { description: 'Elderly people paid in the reference month.' })
  elderly: number;

  @Field(() => Int)
  disabled: number;

  @Field(() => Int)
  aids: number;

  @Field(() => [TierCount], { description: 'Elderly recipients by monthly amount (600, 700, 800, 1,000).' })
  elderlyByTier: TierCount[];

  @Field(() => Float, { description: 'Baht for the reference month (the current month of the current year); a Float, as national totals pass 2^31.' })
  monthlyTotal: number;

  @Field(() => Float, { description: "Baht for the fiscal year's twelve months, tiers moving up and people turning 60 included." })
  yearlyBudget: number;
}

@ObjectType({ description: "An LAO's Welfare year: the certification of its list, and the year's figures (frozen once certified)." })
export class WelfareYear extends SubmissionFields {
  @Field(() => WelfareSummaryRow)
  figures: WelfareSummaryRow;

  @Field({ description: 'Whether the figures are the frozen snapshot of the certification.' })
  frozen: boolean;
}

@InputType()
export class BeneficiaryAddressInput {
  @Field() houseNo: string;
  @Field(() => Int, { nullable: true }) villageNo?: number | null;
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field({ description: 'Six digits, a subdistrict of the LAO\'s district.' }) subdistrictCode: string;
}

@InputType()
export class RegisterBeneficiaryInput {
  @Field() laoCode: string;
  @Field() nationalId: string;
  @Field() title: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field(() => IsoDateScalar) birthDate: string;
  @Field(() => SexEnum) sex: Sex;
  @Field(() => BeneficiaryAddressInput) address: BeneficiaryAddressInput;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => AllowanceTypeEnum) allowanceType: AllowanceType;
  @Field(() => IsoDateScalar) registeredOn: string;
  @Field(() => PaymentMethodEnum) paymentMethod: PaymentMethod;
  @Field(() => String, { nullable: true }) bankAccount?: string | null;
  @Field(() => String, { nullable: true }) disabilityCardNo?: string | null;
}

@InputType()
export class UpdateBeneficiaryInput {
  @Field(() => ID) id: string;
  @Field(() => BeneficiaryAddressInput, { nullable: true }) address?: BeneficiaryAddressInput | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => PaymentMethodEnum, { nullable: true }) paymentMethod?: PaymentMethod | null;
  @Field(() => String, { nullable: true }) bankAccount?: string | null;
}

@InputType()
export class EndBeneficiaryInput {
  @Field(() => ID) id: string;
  @Field(() => EndReasonEnum) reason: EndReason;
  @Field(() => IsoDateScalar) endedOn: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'Suspends (ระงับการจ่าย) or resumes payments from a day.' })
export class BeneficiaryStatusInput {
  @Field(() => ID) id: string;
  @Field(() => IsoDateScalar) on: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class BeneficiaryFilter {
  @Field(() => AllowanceTypeEnum, { nullable: true }) allowanceType?: AllowanceType | null;
  @Field(() => BeneficiaryStatusEnum, { nullable: true }) status?: BeneficiaryStatus | null;
  @Field(() => String, { nullable: true, description: 'A national-ID prefix, or part of a first or last name.' }) search?: string | null;
}
