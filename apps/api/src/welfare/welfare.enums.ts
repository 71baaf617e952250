import { ALLOWANCE_TYPES, BENEFICIARY_STATUSES, END_REASONS, PAYMENT_METHODS, SEXES } from '@lao/domain';
import { registerEnumType } from '@nestjs/graphql';
import { GraphQLScalarType, Kind } from 'graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AllowanceTypeEnum = asEnum(ALLOWANCE_TYPES);
export const BeneficiaryStatusEnum = asEnum(BENEFICIARY_STATUSES);
export const EndReasonEnum = asEnum(END_REASONS);
export const PaymentMethodEnum = asEnum(PAYMENT_METHODS);
export const SexEnum = asEnum(SEXES);
export const PaymentExportFormatEnum = asEnum(['EXCEL', 'BANK_CSV'] as const);

registerEnumType(AllowanceTypeEnum, { name: 'AllowanceType', description: 'ELDERLY เบี้ยยังชีพผู้สูงอายุ, DISABILITY เบี้ยความพิการ, AIDS เบี้ยยังชีพผู้ป่วยเอดส์' });
registerEnumType(BeneficiaryStatusEnum, { name: 'BeneficiaryStatus' });
registerEnumType(EndReasonEnum, { name: 'EndReason' });
registerEnumType(PaymentMethodEnum, { name: 'PaymentMethod' });
registerEnumType(SexEnum, { name: 'Sex' });
registerEnumType(PaymentExportFormatEnum, { name: 'PaymentExportFormat', description: 'EXCEL rows, or BANK_CSV for a bulk transfer (account, name, amount)' });

/**
 * A calendar date as an ISO string, Christian Era (`1966-03-01`; shown in the Buddhist Era). Any string passes the
 * scalar; the module's zod schema checks it, so a wrong date is BAD_USER_INPUT naming the field in Thai.
 */
export const IsoDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO calendar date, YYYY-MM-DD, Christian Era (years are shown in the Buddhist Era).',
  serialize: (value) => String(value),
  parseValue: (value) => (typeof value === 'string' ? value : String(value)),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : ''),
});
