import { AppError } from '../common/app-error';
import { decodeCursor, encodeCursor } from '../common/paging';

/**
 * The most rows one payment list (or export) answers at once, and its default page: a town's whole month (the
 * largest town-sized LAO pays about 8,700) fits one page, as before paging; Bangkok's month (about 940,000) is
 * read page by page instead of being built in memory at once.
 */
export const PAYMENT_PAGE_MAX = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface PaymentPaging {
  first?: number | null;
  after?: string | null;
}

/** A page's size and the enrolment it follows; anything else is BAD_USER_INPUT before a statement runs. */
export function paymentWindow(paging: PaymentPaging): { limit: number; afterId: string | null } {
  const first = paging.first ?? PAYMENT_PAGE_MAX;
  if (!Number.isInteger(first) || first < 1 || first > PAYMENT_PAGE_MAX) {
    throw new AppError('BAD_USER_INPUT', 'input.pageTooLarge', { maximum: PAYMENT_PAGE_MAX });
  }
  if (!paging.after) return { limit: first, afterId: null };
  const afterId = decodeCursor(paging.after);
  if (!UUID.test(afterId)) throw new AppError('BAD_USER_INPUT', 'input.badCursor');
  return { limit: first, afterId };
}

/** The cursor of a page's last row: the enrolment's id only (a name in a cursor would leak past the masking). */
export function paymentCursor(beneficiaryId: string): string {
  return encodeCursor(beneficiaryId);
}
