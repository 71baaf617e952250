/** The 13-digit Thai national ID with its mod-11 check digit (used by Welfare, LHR and ELE). */
export function isValidThaiNationalId(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(value[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(value[12]);
}
