import type { LaoSortField } from '@lao/domain';
import type { UrlSort } from '../../ui/useUrlSort';

/** The registry's sortable columns, as the address names them (?sort=name&dir=desc). */
export const REGISTRY_SORT_KEYS = ['code', 'name', 'type', 'district', 'province'] as const;
export type RegistrySortKey = (typeof REGISTRY_SORT_KEYS)[number];

/** By code, as the API orders when asked nothing. */
export const REGISTRY_SORT_INITIAL: UrlSort<RegistrySortKey> = { key: 'code', direction: 'ascending' };

const API_FIELD: Record<RegistrySortKey, LaoSortField> = { code: 'CODE', name: 'NAME', type: 'TYPE', district: 'DISTRICT', province: 'PROVINCE' };

/** The API's LocalAuthoritySort (the server sorts, so every page of 7,850 LAOs is in order); null for by code. */
export function toApiSort(sort: UrlSort<RegistrySortKey>) {
  if (sort.key === REGISTRY_SORT_INITIAL.key && sort.direction === REGISTRY_SORT_INITIAL.direction) return null;
  return { field: API_FIELD[sort.key], direction: sort.direction === 'descending' ? ('DESC' as const) : ('ASC' as const) };
}
