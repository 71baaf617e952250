import type { LaoScope } from '../auth/access-policy.service';
import { AppError } from '../common/app-error';

interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/**
 * LAOs found, per database (a DataSource; an EntityManager counts as its DataSource's): an LAO's code and province
 * never change (nothing updates or deletes them: the registry edits contacts only), so every request that names an
 * LAO (the access guard's check of almost every write and private read) need not read it again. Unknown codes are
 * not kept: an LAO added later is found at once. Keyed by database, so tests' databases in one process never mix.
 */
const found = new WeakMap<object, Map<string, LaoScope>>();
/** Far above the ~7,850 LAOs there are: only a bound, should the table ever hold more. */
const MAX_CACHED = 20_000;

function cacheOf(db: Queryable): Map<string, LaoScope> {
  const owner = (db as { connection?: object }).connection ?? db;
  let cache = found.get(owner);
  if (!cache) found.set(owner, (cache = new Map()));
  return cache;
}

/** The one lookup of an LAO's scope (code and province) by code: null when there is no such LAO. */
export async function findLaoScope(db: Queryable, code: string): Promise<LaoScope | null> {
  if (!/^\d{7}$/.test(code)) return null;
  const cache = cacheOf(db);
  const known = cache.get(code);
  if (known) return known;
  const rows = (await db.query(`SELECT code, province_code FROM local_authority WHERE code = $1`, [code])) as { code: string; province_code: string }[];
  const row = rows[0];
  if (!row) return null;
  const lao = { code: row.code, provinceCode: row.province_code };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(code, lao);
  return lao;
}

/** Like findLaoScope, but an unknown code is the caller's mistake (BAD_USER_INPUT). */
export async function requireLaoScope(db: Queryable, code: string): Promise<LaoScope> {
  const lao = await findLaoScope(db, code);
  if (!lao) throw new AppError('BAD_USER_INPUT', 'input.unknownLao', { code: code.slice(0, 20) });
  return lao;
}

/**
 * The LAO of a request: the one the access guard resolved for it (AccessGuard keeps each in the request context),
 * else looked up once (BAD_USER_INPUT when unknown).
 */
export async function laoOfRequest(ctx: { laos?: Map<string, LaoScope> } | undefined, db: Queryable, code: string): Promise<LaoScope> {
  return ctx?.laos?.get(code) ?? requireLaoScope(db, code);
}
