import type { AggregateScope } from '../auth/access-policy.service';
import type { SqlParams } from '../registry/lao-filter';

/**
 * Maintained aggregates of a certified module keep their counts per submission *status class*: the LAO's
 * submission status, or NONE while it has none. A read then combines the classes the caller's AggregateScope may
 * count, answering exactly what aggregateScopeSql answers over the live rows (submission-sql.ts):
 *
 * - the department or a national key: every class; a key limited to a province: that province;
 * - a province user: its province in every class, elsewhere PROVINCE_CERTIFIED only;
 * - an LAO user: PROVINCE_CERTIFIED everywhere, and its own LAO whatever its class: the rollup holds that LAO only
 *   when it is PROVINCE_CERTIFIED, so `liveLao` names the LAO whose other-class rows the caller adds live (cheap).
 *
 * `certifiedOnly` (certifiedOnlyJoin) keeps submissions the LAO has certified, or further.
 */
export const NO_SUBMISSION_CLASS = 'NONE';
export const CERTIFIED_CLASSES = ['LAO_CERTIFIED', 'PROVINCE_CERTIFIED'] as const;

export function statusClassScopeSql(
  scope: AggregateScope,
  columns: { province: string; statusClass: string },
  certifiedOnly: boolean,
  params: SqlParams,
): { where: string[]; liveLao: string | null } {
  const where: string[] = certifiedOnly ? [`${columns.statusClass} IN (${CERTIFIED_CLASSES.map((c) => `'${c}'`).join(', ')})`] : [];
  if (scope.onlyProvince) return { where: [...where, `${columns.province} = ${params.add(scope.onlyProvince)}`], liveLao: null };
  if (scope.ownProvince) {
    return { where: [...where, `(${columns.province} = ${params.add(scope.ownProvince)} OR ${columns.statusClass} = 'PROVINCE_CERTIFIED')`], liveLao: null };
  }
  if (scope.ownLao) return { where: [...where, `${columns.statusClass} = 'PROVINCE_CERTIFIED'`], liveLao: scope.ownLao };
  return { where, liveLao: null };
}
