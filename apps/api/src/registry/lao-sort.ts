import { DEFAULT_LAO_SORT, LAO_SORT_FIELDS, SORT_DIRECTIONS, SUBMISSION_SORT_FIELDS, type LaoSort, type LaoSortField, type SortDirectionCode, type SubmissionSortField } from '@lao/domain';
import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { badInput } from '../common/app-error';
import { type Connection, decodeCursor, encodeCursor, pageWindow, type PageArgs } from '../common/paging';
import { countFiltered, type SqlParams } from './lao-filter';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const LaoSortFieldEnum = asEnum(LAO_SORT_FIELDS);
export const SubmissionSortFieldEnum = asEnum(SUBMISSION_SORT_FIELDS);
export const SortDirectionEnum = asEnum(SORT_DIRECTIONS);
const COLUMNS = 'CODE; NAME (Thai name); TYPE (the kind digit of the code: PAO, city, town, subdistrict municipality, SAO, …); DISTRICT, PROVINCE (their Thai names)';
registerEnumType(LaoSortFieldEnum, { name: 'LocalAuthoritySortField', description: `${COLUMNS}.` });
registerEnumType(SubmissionSortFieldEnum, { name: 'SubmissionSortField', description: `${COLUMNS}; STATUS (DRAFT, LAO_CERTIFIED, PROVINCE_CERTIFIED).` });
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

@InputType({ description: 'The order of a registry page; ties are broken by code, so paging is exact in every order.' })
export class LocalAuthoritySort {
  @Field(() => LaoSortFieldEnum)
  field: LaoSortField;

  @Field(() => SortDirectionEnum, { nullable: true, description: 'Default ASC.' })
  direction?: SortDirectionCode | null;
}

@InputType({ description: 'The order of a page of submissions; ties are broken by LAO code, so paging is exact in every order.' })
export class SubmissionSort {
  @Field(() => SubmissionSortFieldEnum)
  field: SubmissionSortField;

  @Field(() => SortDirectionEnum, { nullable: true, description: 'Default ASC.' })
  direction?: SortDirectionCode | null;
}

/**
 * The SQL of each sortable column on local_authority `a` (a submission `s` joined for STATUS): a whitelist, so no
 * client text reaches ORDER BY. Never NULL (an LAO without a district sorts first), so the keyset comparison holds
 * for every row. DISTRICT and PROVINCE need their names joined (`joins`).
 */
function sortSql(field: SubmissionSortField, a: string): { key: string; joins: string } {
  switch (field) {
    case 'CODE':
      return { key: `${a}.code::text`, joins: '' };
    case 'NAME':
      return { key: `${a}.name_th`, joins: '' };
    case 'TYPE':
      return { key: `left(${a}.code, 1)`, joins: '' };
    case 'DISTRICT':
      return { key: "COALESCE(sort_d.name_th, '')", joins: `LEFT JOIN district sort_d ON sort_d.code = ${a}.district_code` };
    case 'PROVINCE':
      return { key: 'sort_p.name_th', joins: `JOIN province sort_p ON sort_p.code = ${a}.province_code` };
    case 'STATUS':
      // The workflow's order is also the alphabet's: DRAFT < LAO_CERTIFIED < PROVINCE_CERTIFIED.
      return { key: "coalesce(s.status, 'DRAFT')", joins: '' };
  }
}

export function normalSort(sort: { field: SubmissionSortField; direction?: SortDirectionCode | null } | null | undefined): LaoSort {
  return sort ? { field: sort.field, direction: sort.direction ?? 'ASC' } : DEFAULT_LAO_SORT;
}

export const isDefaultSort = (sort: LaoSort) => sort.field === 'CODE' && sort.direction === 'ASC';

/**
 * A sorted page's cursor names its order and the last LAO's code (`NAME:DESC:5120101`), never the name itself (a
 * Thai name would outgrow a cursor): the key is read back from that row, and a cursor of another order is refused
 * rather than giving a wrong page.
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

/** The cursors of a sorted page: each edge's, and the end. */
export function withSortedCursors<T>(connection: Connection<T>, sort: LaoSort, codeOf: (node: T) => string): Connection<T> {
  for (const edge of connection.edges) edge.cursor = sortedCursor(sort, codeOf(edge.node));
  connection.pageInfo.endCursor = connection.edges.at(-1)?.cursor ?? null;
  return connection;
}

/**
 * queryLaoPage in another order: ORDER BY the column then the code, keyset on (column, code) after the cursor's
 * LAO, whose key is read in the same statement from the same FROM (same joins, same collation as the ORDER BY).
 */
export async function querySortedLaoPage<R>(
  db: { query(sql: string, params: unknown[]): Promise<unknown> },
  query: { select: string; from: string; alias: string; where: string[]; params: SqlParams; limit: number; sort: LaoSort; afterCode: string | null; count?: boolean },
): Promise<{ rows: R[]; total: number }> {
  const a = query.alias;
  const { key, joins } = sortSql(query.sort.field, a);
  const from = `${query.from} ${joins}`;
  const filtered = query.where.length ? `WHERE ${query.where.join(' AND ')}` : '';
  const countParams = [...query.params.values];
  const dir = query.sort.direction === 'DESC' ? 'DESC' : 'ASC';
  let pageWhere = filtered;
  if (query.afterCode) {
    const code = query.params.add(query.afterCode);
    const after = `(${key}, ${a}.code) ${dir === 'DESC' ? '<' : '>'} ((SELECT ${key} ${from} WHERE ${a}.code = ${code}), ${code}::bpchar)`;
    pageWhere = filtered ? `${filtered} AND ${after}` : `WHERE ${after}`;
  }
  const [rows, total] = await Promise.all([
    db.query(`SELECT ${query.select} ${from} ${pageWhere} ORDER BY ${key} ${dir}, ${a}.code ${dir} LIMIT ${query.params.add(query.limit + 1)}`, query.params.values) as Promise<R[]>,
    countFiltered(db, query.count, `SELECT count(*)::int AS n ${query.from} ${filtered}`, countParams),
  ]);
  return { rows, total };
}
