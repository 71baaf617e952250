import { laoSearchTerms, localAuthorityFilterSchema, type LocalAuthorityFilterInput } from '@lao/domain';
import { AppError, parseInput } from '../common/app-error';
import type { GeographyService } from './geography.service';

/** Escapes LIKE wildcards so a search for "50%" or "_" means those characters, not patterns. */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Positional SQL parameters collected while a query is built. */
export class SqlParams {
  readonly values: unknown[];

  constructor(initial: unknown[] = []) {
    this.values = [...initial];
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Validates a registry filter (shared zod schema) and refuses unknown province or district codes. */
export function parseLaoFilter<T extends LocalAuthorityFilterInput>(
  geography: GeographyService,
  raw: unknown,
  schema: { safeParse(value: unknown): unknown } = localAuthorityFilterSchema,
): T {
  const filter = parseInput(schema as typeof localAuthorityFilterSchema, raw ?? {}) as T;
  if (filter.provinceCode && !geography.province(filter.provinceCode)) {
    throw new AppError('BAD_USER_INPUT', 'input.unknownProvince', { code: filter.provinceCode });
  }
  if (filter.districtCode && !geography.district(filter.districtCode)) {
    throw new AppError('BAD_USER_INPUT', 'input.unknownDistrict', { code: filter.districtCode });
  }
  return filter;
}

/**
 * WHERE conditions on local_authority (aliased `alias`) for a registry filter and a read scope. Every list of LAOs
 * (the registry, submissions, INFO tables, LPA scores) filters through here, so they all understand the same
 * filter and the same Thai search.
 */
export function laoFilterConditions(
  alias: string,
  filter: LocalAuthorityFilterInput,
  scope: { provinceCode?: string; laoCode?: string },
  params: SqlParams,
): string[] {
  const a = alias ? `${alias}.` : '';
  const where: string[] = [];
  if (scope.provinceCode) where.push(`${a}province_code = ${params.add(scope.provinceCode)}`);
  if (scope.laoCode) where.push(`${a}code = ${params.add(scope.laoCode)}`);
  if (filter.provinceCode) where.push(`${a}province_code = ${params.add(filter.provinceCode)}`);
  if (filter.districtCode) where.push(`${a}district_code = ${params.add(filter.districtCode)}`);
  if (filter.type) where.push(`${a}type = ${params.add(filter.type)}`);
  for (const term of laoSearchTerms(filter.search ?? '')) {
    const pattern = params.add(`%${likeEscape(term)}%`);
    const lowered = params.add(`%${likeEscape(term.toLowerCase())}%`);
    const codeClause = /^\d+$/.test(term) ? ` OR ${a}code LIKE ${params.add(`${term}%`)}` : '';
    where.push(`(${a}name_th LIKE ${pattern} OR lower(${a}name_en) LIKE ${lowered}${codeClause})`);
  }
  return where;
}

/**
 * The total of a page nobody asked for (`count: false`): not a number, so a total read by mistake fails loudly as
 * an Int instead of showing a wrong figure.
 */
export const NOT_COUNTED = Number.NaN;

/** The filter's count, unless `count` is false (the caller did not select totalCount: a whole scan saved). */
export function countFiltered(
  db: { query(sql: string, params: unknown[]): Promise<unknown> },
  count: boolean | undefined,
  sql: string,
  params: unknown[],
): Promise<number> {
  if (count === false) return Promise.resolve(NOT_COUNTED);
  return (db.query(sql, params) as Promise<{ n: number }[]>).then((rows) => rows[0]?.n ?? 0);
}

/**
 * One page of LAO rows in code order (keyset: after the cursor's code) and the filter's count, run side by side.
 * `from` names local_authority as `alias` (and may join to it); `where` and `params` come from laoFilterConditions.
 */
export async function queryLaoPage<R>(
  db: { query(sql: string, params: unknown[]): Promise<unknown> },
  query: {
    /** The columns; a function when they take parameters of their own (the count, which has no such column, does not see them). */
    select: string | ((params: SqlParams) => string);
    from: string;
    alias: string;
    where: string[];
    params: SqlParams;
    limit: number;
    afterKey: string | null;
    count?: boolean;
  },
): Promise<{ rows: R[]; total: number }> {
  const code = query.alias ? `${query.alias}.code` : 'code';
  const filtered = query.where.length ? `WHERE ${query.where.join(' AND ')}` : '';
  const countParams = [...query.params.values];
  const select = typeof query.select === 'function' ? query.select(query.params) : query.select;
  const pageWhere = query.afterKey ? `${filtered ? `${filtered} AND` : 'WHERE'} ${code} > ${query.params.add(query.afterKey)}` : filtered;
  const [rows, total] = await Promise.all([
    db.query(
      `SELECT ${select} ${query.from} ${pageWhere} ORDER BY ${code} LIMIT ${query.params.add(query.limit + 1)}`,
      query.params.values,
    ) as Promise<R[]>,
    countFiltered(db, query.count, `SELECT count(*)::int AS n ${query.from} ${filtered}`, countParams),
  ]);
  return { rows, total };
}
