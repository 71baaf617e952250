import { firstPaidMonth, type IsoDate, maskPersonal, monthlyAmount } from '@lao/domain';
import type { Beneficiary } from './welfare.models';
import type { BeneficiaryRow } from './welfare.repository';

/** A registry row as the API's Beneficiary (raw values: the PersonalField middleware masks them per caller). */
export function toBeneficiary(row: BeneficiaryRow, addressText: string, today: IsoDate): Beneficiary {
  const month = `${today.slice(0, 7)}-01`;
  const firstPaid = firstPaidMonth(row.allowance_type, row.birth_date, row.registered_on);
  const paidNow = row.status === 'ACTIVE' && month >= firstPaid && (row.ended_on === null || row.ended_on > month);
  const subject = { laoCode: row.lao_code, provinceCode: row.province_code, personalSubjectId: row.id, personalSubjectType: 'BENEFICIARY' };
  return {
    ...subject,
    id: row.id,
    allowanceType: row.allowance_type,
    status: row.status,
    birthDate: row.birth_date,
    monthlyAmount: paidNow ? monthlyAmount(row.allowance_type, row.birth_date, month) : 0,
    firstPaidMonth: firstPaid,
    registeredOn: row.registered_on,
    endedOn: row.ended_on,
    endReason: row.end_reason,
    paymentMethod: row.payment_method,
    bankAccount: row.bank_account,
    disabilityCardNo: row.disability_card_no,
    maskedNationalId: maskPersonal('NATIONAL_ID', row.national_id) ?? '',
    person: {
      ...subject,
      nationalId: row.national_id,
      title: row.title,
      firstName: row.first_name,
      lastName: row.last_name,
      birthDate: row.birth_date,
      sex: row.sex,
      address: addressText,
      phone: row.phone,
    },
  };
}
