/** Test data of the Welfare pages, shaped as the API answers (names and IDs as each level receives them). */

export const LAO = '3120101';
export const OTHER_LAO = '4120201';

/** A 13-digit national ID with its check digit, from the first 12. */
export function nationalId(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

/** The same ID with a wrong last digit. */
export function wrongCheckDigit(id: string): string {
  return `${id.slice(0, 12)}${(Number(id[12]) + 1) % 10}`;
}

export const place = (code = LAO, nameTh = 'เทศบาลเมืองนนทบุรี') => ({
  __typename: 'LocalAuthority',
  code,
  nameTh,
  nameEn: 'Nonthaburi Town Municipality',
  type: 'TOWN_MUNICIPALITY',
  district: { __typename: 'District', code: '1201', nameTh: 'เมืองนนทบุรี', nameEn: 'Mueang Nonthaburi' },
  province: { __typename: 'Province', code: '12', nameTh: 'นนทบุรี', nameEn: 'Nonthaburi' },
});

export const SUBDISTRICTS = [
  { __typename: 'Subdistrict', code: '120101', nameTh: 'สวนใหญ่', nameEn: 'Suan Yai', districtCode: '1201', districtNameTh: 'เมืองนนทบุรี' },
  { __typename: 'Subdistrict', code: '120102', nameTh: 'ตลาดขวัญ', nameEn: 'Talat Khwan', districtCode: '1201', districtNameTh: 'เมืองนนทบุรี' },
];

interface PersonFields {
  id: string;
  allowanceType: 'ELDERLY' | 'DISABILITY' | 'AIDS';
  status?: 'ACTIVE' | 'SUSPENDED' | 'ENDED';
  monthlyAmount: number;
  masked?: boolean;
  title: string;
  firstName: string;
  lastName: string;
  maskedNationalId: string;
  paymentMethod?: 'BANK_TRANSFER' | 'CASH' | 'PROXY';
}

/** A Beneficiary; `masked` as a user without PERSONAL_DATA receives it (first letter + …, nulls for the rest). */
export function beneficiary(p: PersonFields) {
  const cut = (text: string) => `${[...text][0]}…`;
  return {
    __typename: 'Beneficiary',
    id: p.id,
    laoCode: LAO,
    allowanceType: p.allowanceType,
    status: p.status ?? 'ACTIVE',
    monthlyAmount: p.monthlyAmount,
    registeredOn: '2025-01-15',
    maskedNationalId: p.maskedNationalId,
    firstPaidMonth: '2025-02-01',
    endedOn: null,
    endReason: null,
    paymentMethod: p.paymentMethod ?? 'CASH',
    bankAccount: p.masked || p.paymentMethod !== 'BANK_TRANSFER' ? null : '1234567890',
    disabilityCardNo: null,
    person: {
      __typename: 'Person',
      title: p.title,
      firstName: p.masked ? cut(p.firstName) : p.firstName,
      lastName: p.masked ? cut(p.lastName) : p.lastName,
      nationalId: p.masked ? p.maskedNationalId : '1101700203484',
      birthDate: p.masked ? null : '1950-03-01',
      sex: 'FEMALE',
      address: p.masked ? null : '12/3 หมู่ 4 ถนนติวานนท์ ตำบลสวนใหญ่ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี',
      phone: p.masked ? null : '0812345678',
    },
    history: [
      { __typename: 'BeneficiaryEvent', id: 'e1', kind: 'REGISTERED', effectiveOn: '2025-01-15', changes: [], note: null, at: '2025-01-15T03:00:00Z', actor: `lao.${LAO}` },
    ],
  };
}

export const SOMSRI = { id: '86543c2e-5d78-4eba-80c5-2f80f0693a6f', allowanceType: 'ELDERLY', monthlyAmount: 700, title: 'นาง', firstName: 'สมศรี', lastName: 'ใจดี', maskedNationalId: '1-1017-xxxxx-xx-4', paymentMethod: 'BANK_TRANSFER' } as const;
export const PRASERT = { id: '05ca134c-e5dc-4439-aab9-9c613dc42ad4', allowanceType: 'DISABILITY', monthlyAmount: 800, title: 'นาย', firstName: 'ประเสริฐ', lastName: 'ทองดี', maskedNationalId: '3-1201-xxxxx-xx-9' } as const;
export const MALEE = { id: 'f5b28496-1cb4-4030-a613-2a2c473c6a4e', allowanceType: 'AIDS', monthlyAmount: 500, title: 'นางสาว', firstName: 'มาลี', lastName: 'ศรีสุข', maskedNationalId: '3-1201-xxxxx-xx-8' } as const;
export const BOONMA = { id: '6d244924-fffb-4a25-8add-544ccd7807ca', allowanceType: 'ELDERLY', monthlyAmount: 1000, title: 'นาง', firstName: 'บุญมา', lastName: 'แสงทอง', maskedNationalId: '3-1201-xxxxx-xx-0' } as const;

/** A WelfareYear as the API answers it (an open DRAFT the LAO may certify). */
export function welfareYear(status: 'DRAFT' | 'LAO_CERTIFIED' = 'DRAFT') {
  return {
    __typename: 'WelfareYear',
    module: 'WELFARE',
    laoCode: LAO,
    fiscalYear: 2570,
    status,
    complete: true,
    frozen: status !== 'DRAFT',
    laoCertifiedAt: status === 'DRAFT' ? null : '2026-11-28T02:00:00Z',
    provinceCertifiedAt: null,
    updatedAt: null,
    editable: status === 'DRAFT',
    allowedActions: status === 'DRAFT' ? ['CERTIFY'] : ['WITHDRAW'],
    windowOpen: true,
    opensAt: '2026-09-30T17:00:00Z',
    closesAt: '2027-06-15T16:59:59Z',
    history: [],
    localAuthority: place(),
    figures: {
      __typename: 'WelfareSummaryRow',
      code: LAO,
      nameTh: LAO,
      elderly: 2,
      disabled: 1,
      aids: 1,
      elderlyByTier: [600, 700, 800, 1000].map((monthlyAmount) => ({ __typename: 'TierCount', monthlyAmount, count: monthlyAmount === 700 || monthlyAmount === 1000 ? 1 : 0 })),
      monthlyTotal: 3000,
      yearlyBudget: 36000,
    },
  };
}
