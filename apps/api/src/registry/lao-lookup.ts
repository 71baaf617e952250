import type { LaoScope } from '../auth/access-policy.service';
import { AppError } from '../common/app-error';

interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/** The one lookup of an LAO's scope (code and province) by code: null when there is no such LAO. */
export async function findLaoScope(db: Queryable, code: string): Promise<LaoScope | null> {
  if (!/^\d{7}$/.test(code)) return null;
  const rows = (await db.query(`SELECT code, province_code FROM local_authority WHERE code = $1`, [code])) as { code: string; province_code: string }[];
  const row = rows[0];
  return row ? { code: row.code, provinceCode: row.province_code } : null;
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
