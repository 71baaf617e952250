import type { SubmissionSortField } from '@lao/domain';
import type { UrlSort } from '../../ui/useUrlSort';

/** The province list's sortable columns as the address names them (?sort=status&dir=asc); by code when none. */
export const SUBMISSION_SORT_KEYS = ['code', 'district', 'lao', 'type', 'status'] as const;
export type SubmissionSortKey = (typeof SUBMISSION_SORT_KEYS)[number];

export const SUBMISSION_SORT_INITIAL: UrlSort<SubmissionSortKey> = { key: 'code', direction: 'ascending' };

const API_FIELD: Record<SubmissionSortKey, SubmissionSortField> = { code: 'CODE', district: 'DISTRICT', lao: 'NAME', type: 'TYPE', status: 'STATUS' };

/** The API's SubmissionSort (the server sorts the whole province, not just the page shown); null for by code. */
export function toSubmissionApiSort(sort: UrlSort<SubmissionSortKey>) {
  if (sort.key === SUBMISSION_SORT_INITIAL.key && sort.direction === SUBMISSION_SORT_INITIAL.direction) return null;
  return { field: API_FIELD[sort.key], direction: sort.direction === 'descending' ? ('DESC' as const) : ('ASC' as const) };
}
