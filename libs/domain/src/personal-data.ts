/**
 * Personal data masked for callers without the right (api-contract.md, "Access"): a national ID keeps its first five
 * digits and its check digit (1-2345-xxxxx-xx-1), a name its first letter, everything else (birth date, address,
 * phone, bank account, an INFO administrator's phone) is withheld.
 */
export const PERSONAL_KINDS = ['NATIONAL_ID', 'NAME', 'OTHER'] as const;
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

export function maskPersonal(kind: PersonalKind, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'NATIONAL_ID': {
      const digits = value.replace(/\D/g, '');
      if (digits.length !== 13) return 'x-xxxx-xxxxx-xx-x';
      return `${digits[0]}-${digits.slice(1, 5)}-xxxxx-xx-${digits[12]}`;
    }
    case 'NAME':
      return `${[...value.trim()][0] ?? ''}…`;
    case 'OTHER':
      return null;
  }
}
