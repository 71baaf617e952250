import type { AllowanceType, PaymentMethod } from '@lao/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../common/paging';
import { Beneficiary } from './welfare.models';
import { AllowanceTypeEnum, IsoDateScalar, PaymentMethodEnum } from './welfare.enums';
import { PAYMENT_PAGE_MAX } from './payment-paging';

@ObjectType()
export class PaymentRow {
  @Field(() => Beneficiary)
  beneficiary: Beneficiary;

  @Field(() => Int)
  amount: number;
}

@ObjectType({ description: "The month's people and baht of one allowance type (the whole month, whatever page)." })
export class PaymentTypeTotal {
  @Field(() => AllowanceTypeEnum)
  allowanceType: AllowanceType;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: 'Baht.' })
  total: number;
}

@ObjectType({
  description: `An LAO's payments for one month (month 1 = October), paid by the 10th. rows is one page (at most ${PAYMENT_PAGE_MAX.toLocaleString('en')}, by type then name); count, total and byType are always the whole month's.`,
})
export class PaymentList {
  @Field()
  laoCode: string;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Int)
  month: number;

  @Field(() => IsoDateScalar, { description: 'The first day of the month paid.' })
  monthStart: string;

  @Field(() => Int, { description: 'People paid in the whole month.' })
  count: number;

  @Field(() => Int, { description: 'Baht of the whole month.' })
  total: number;

  @Field(() => [PaymentTypeTotal], { description: 'The whole month per allowance type (every type, zeros included).' })
  byType: PaymentTypeTotal[];

  @Field(() => [PaymentRow], { description: 'This page of the list, by allowance type, first name, last name and enrolment.' })
  rows: PaymentRow[];

  @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursor to pass as `after` for them.' })
  pageInfo: PageInfo;
}

@ObjectType({ description: 'A personal export of a payment list (on the audit trail).' })
export class PaymentExport {
  @Field()
  fileName: string;

  @Field({ description: 'BANK_CSV: the bulk-transfer file (UTF-8 with BOM): account, name, amount. EXCEL: empty. A later page (after) has no BOM and header: the pages joined are the file.' })
  csv: string;

  @Field(() => [PaymentExportRow])
  rows: PaymentExportRow[];

  @Field(() => PageInfo, { description: 'A month of more than the page maximum is exported page by page (first/after).' })
  pageInfo: PageInfo;
}

@ObjectType()
export class PaymentExportRow {
  @Field() nationalId: string;
  @Field() title: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field(() => AllowanceTypeEnum) allowanceType: AllowanceType;
  @Field(() => PaymentMethodEnum) paymentMethod: PaymentMethod;
  @Field(() => String, { nullable: true }) bankAccount: string | null;
  @Field(() => Int) amount: number;
}
