import { type AllowanceType, type BeneficiaryAddress, type BeneficiaryStatus, type EndReason, firstPaidMonth, type IsoDate, maskPersonal, monthlyAmount, type PaymentMethod, type Sex } from '@lao/domain';
import type { AddressFormatter } from './welfare.mapper';
import type { PaymentSelection } from './payment-selection';

/**
 * A payment list's row as pg hands it over, named as the API's fields are. It becomes the PaymentRow, its
 * Beneficiary and its Person at once (one object per row instead of four): a 9,000-row list is held, with its
 * answer, by every list being built, and these objects were most of the API's memory under 32 lists at once.
 */
export interface PaymentRowData {
  id: string;
  laoCode: string;
  provinceCode: string;
  allowanceType: AllowanceType;
  status: BeneficiaryStatus;
  registeredOn: IsoDate;
  endedOn: IsoDate | null;
  endReason: EndReason | null;
  paymentMethod: PaymentMethod;
  bankAccount: string | null;
  disabilityCardNo: string | null;
  nationalId: string;
  title: string;
  firstName: string;
  lastName: string;
  birthDate: IsoDate;
  sex: Sex;
  phone: string | null;
  /** The stored address (jsonb); replaced by its Thai text when the operation asks for it. */
  address: BeneficiaryAddress | string | null;
  amount: number;
}

/** The row's columns; the optional ones are NULL unless the operation selects them (never read, never parsed). */
export function paymentRowColumns(s: PaymentSelection): string {
  return `b.id, b.lao_code AS "laoCode", la.province_code AS "provinceCode", b.allowance_type AS "allowanceType", b.status,
    to_char(b.registered_on, 'YYYY-MM-DD') AS "registeredOn", to_char(b.ended_on, 'YYYY-MM-DD') AS "endedOn", b.end_reason AS "endReason",
    b.payment_method AS "paymentMethod", b.bank_account AS "bankAccount", ${s.disabilityCardNo ? 'b.disability_card_no' : 'NULL'} AS "disabilityCardNo",
    p.national_id AS "nationalId", p.title, p.first_name AS "firstName", p.last_name AS "lastName", to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate", p.sex,
    ${s.phone ? 'b.phone' : 'NULL'} AS phone, ${s.address ? 'b.address' : 'NULL::jsonb'} AS address`;
}

/**
 * Turns the rows, in place, into the list's answer: each row is its own PaymentRow (`beneficiary`), Beneficiary and
 * Person (`person`), and names its subject for the personal fields' rule (masking and the audit trail, as for any
 * Beneficiary). Derived fields are computed only when asked for, by the same rules as welfare.mapper.ts.
 */
export function toPaymentRows(rows: PaymentRowData[], s: PaymentSelection, addresses: AddressFormatter, today: IsoDate): PaymentRowData[] {
  const month = `${today.slice(0, 7)}-01`;
  for (const row of rows) {
    const r = row as PaymentRowData & Record<string, unknown>;
    r.personalSubjectId = row.id;
    r.personalSubjectType = 'BENEFICIARY';
    r.beneficiary = row;
    r.person = row;
    if (s.maskedNationalId) r.maskedNationalId = maskPersonal('NATIONAL_ID', row.nationalId) ?? '';
    if (s.address && row.address && typeof row.address === 'object') r.address = addresses.format(row.address, row.laoCode);
    if (s.firstPaidMonth || s.monthlyAmount) {
      const first = firstPaidMonth(row.allowanceType, row.birthDate, row.registeredOn);
      r.firstPaidMonth = first;
      const paidNow = row.status === 'ACTIVE' && month >= first && (row.endedOn === null || row.endedOn > month);
      r.monthlyAmount = paidNow ? monthlyAmount(row.allowanceType, row.birthDate, month) : 0;
    }
  }
  return rows;
}
