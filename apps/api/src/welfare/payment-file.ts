import type { PaymentExportRow, PaymentRow } from './payment.models';

/**
 * A page of the export as the API answers it: the personal rows (Excel is written from them in the browser) and,
 * for the bank, the bulk-transfer CSV (UTF-8 with its BOM and header on the first page only, so that the pages
 * joined in order are the one file the bank takes).
 */
export function paymentFile(rows: readonly PaymentRow[], format: 'EXCEL' | 'BANK_CSV', firstPage: boolean): { csv: string; rows: PaymentExportRow[] } {
  const out = rows.map(({ beneficiary: b, amount }) => ({
    nationalId: b.person.nationalId,
    title: b.person.title,
    firstName: b.person.firstName,
    lastName: b.person.lastName,
    allowanceType: b.allowanceType,
    paymentMethod: b.paymentMethod,
    bankAccount: b.bankAccount,
    amount,
  }));
  if (format !== 'BANK_CSV') return { csv: '', rows: out };
  const lines = out.map((r) => [r.bankAccount ?? '', csvCell(`${r.title}${r.firstName} ${r.lastName}`), r.amount.toFixed(2)].join(','));
  const body = lines.length ? lines.join('\r\n') + '\r\n' : '';
  return { csv: firstPage ? '\uFEFFเลขที่บัญชี,ชื่อบัญชี,จำนวนเงิน\r\n' + body : body, rows: out };
}

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading formula sign is neutralised. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
