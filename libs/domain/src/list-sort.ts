/**
 * Sorting of lists the API pages (the registry): a whitelist of columns and a direction. The API orders by the
 * column and then the LAO code, so every order is total and cursor paging stays exact.
 */
export const LAO_SORT_FIELDS = ['CODE', 'NAME', 'TYPE', 'DISTRICT', 'PROVINCE'] as const;
export type LaoSortField = (typeof LAO_SORT_FIELDS)[number];

export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export type SortDirectionCode = (typeof SORT_DIRECTIONS)[number];

export interface LaoSort {
  field: LaoSortField | SubmissionSortField;
  direction: SortDirectionCode;
}

/** A province's list of submissions sorts by the same columns and by certification status. */
export const SUBMISSION_SORT_FIELDS = [...LAO_SORT_FIELDS, 'STATUS'] as const;
export type SubmissionSortField = (typeof SUBMISSION_SORT_FIELDS)[number];

/** The registry's order when none is asked for: by code, ascending. */
export const DEFAULT_LAO_SORT: LaoSort = { field: 'CODE', direction: 'ASC' };

export function isLaoSortField(value: string): value is LaoSortField {
  return (LAO_SORT_FIELDS as readonly string[]).includes(value);
}
