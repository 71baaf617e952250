import { DEFAULT_LAO_SORT, LAO_SORT_FIELDS, SORT_DIRECTIONS, type LaoSort, type LaoSortField, type SortDirectionCode } from '@lao/domain';
import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { badInput } from '../common/app-error';
import { decodeCursor, encodeCursor, pageWindow, type PageArgs } from '../common/paging';
import type { SqlParams } from './lao-filter';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const LaoSortFieldEnum = asEnum(LAO_SORT_FIELDS);
export const SortDirectionEnum = asEnum(SORT_DIRECTIONS);
registerEnumType(LaoSortFieldEnum, {
  name: 'LocalAuthoritySortField',
  description: 'CODE; NAME (Thai name); TYPE (the kind digit of the code: PAO, city, town, subdistrict municipality, SAO, …); DISTRICT, PROVINCE (their Thai names).',
});
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

@InputType({ description: 'The order of a registry page; ties are broken by code, so paging is exact in every order.' })
export class LocalAuthoritySort {
  @Field(() => LaoSortFieldEnum)
  field: LaoSortField;

  @Field(() => SortDirectionEnum, { nullable: true, description: 'Default ASC.' })
  direction?: SortDirectionCode | null;
}

/**
 * The SQL of each sortable column, on local_authority `la` joined to its district `d` and province `p`: a
 * whitelist, so no client text reaches ORDER BY. Never NULL (an LAO without a district sorts first), so the
 * keyset comparison below holds for every row.
 */
const SORT_SQL: Record<LaoSortField, string> = {
  CODE: 'la.code::text',
  NAME: 'la.name_th',
  TYPE: 'left(la.code, 1)',
  DISTRICT: "COALESCE(d.name_th, '')",
  PROVINCE: 'p.name_th',
};

export const SORT_FROM = 'FROM local_authority la LEFT JOIN district d ON d.code = la.district_code JOIN province p ON p.code = la.province_code';

export function normalSort(sort: { field: LaoSortField; direction?: SortDirectionCode | null } | null | undefined): LaoSort {
  return sort ? { field: sort.field, direction: sort.direction ?? 'ASC' } : DEFAULT_LAO_SORT;
}

export const isDefaultSort = (sort: LaoSort) => sort.field === 'CODE' && sort.direction === 'ASC';

/**
 * A sorted page's cursor names its order and the last LAO's code (`NAME:DESC:5120101`), never the name itself: the
 * key is read back from that row, and a cursor from another order is refused rather than giving a wrong page.
 */
export function sortedCursor(sort: LaoSort, code: string): string {
  return encodeCursor(`${sort.field}:${sort.direction}:${code}`);
}

export function sortedPageWindow(page: PageArgs, sort: LaoSort): { limit: number; afterCode: string | null } {
  const { limit } = pageWindow({ first: page.first });
  if (!page.after) return { limit, afterCode: null };
  const match = /^([A-Z]+):(ASC|DESC):(\d{7})$/.exec(decodeCursor(page.after));
  if (!match || match[1] !== sort.field || match[2] !== sort.direction) throw badInput('input.badCursor');
  return { limit, afterCode: match[3]! };
}

/** ORDER BY and the keyset condition "after this LAO" for a sort, row-wise on (key, code). */
export function sortClauses(sort: LaoSort, afterCode: string | null, params: SqlParams): { orderBy: string; after: string | null } {
  const key = SORT_SQL[sort.field];
  const dir = sort.direction === 'DESC' ? 'DESC' : 'ASC';
  const orderBy = `ORDER BY ${key} ${dir}, la.code ${dir}`;
  if (!afterCode) return { orderBy, after: null };
  const code = params.add(afterCode);
  const cmp = dir === 'DESC' ? '<' : '>';
  // The key of the cursor's row, read in the same statement (same joins, same collation as the ORDER BY).
  const keyOfCursor = `(SELECT ${key} FROM local_authority la LEFT JOIN district d ON d.code = la.district_code JOIN province p ON p.code = la.province_code WHERE la.code = ${code})`;
  return { orderBy, after: `(${key}, la.code) ${cmp} (${keyOfCursor}, ${code}::bpchar)` };
}
