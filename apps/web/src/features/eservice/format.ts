/** 0.4567 → "45.7%" (one decimal, Thai grouping). */
export function formatShare(share: number): string {
  const value = Number.isFinite(share) ? share * 100 : 0;
  return `${new Intl.NumberFormat('th-TH', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}%`;
}
