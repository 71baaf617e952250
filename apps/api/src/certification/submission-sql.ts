import type { CertificationModule } from '@lao/domain';
import type { AggregateScope } from '../auth/access-policy.service';
import type { SqlParams } from '../registry/lao-filter';

/**
 * A JOIN that keeps only rows of submissions the LAO has certified (or further), for reports that count certified
 * data only. Defined by certification so that modules' report queries never spell out the submission table.
 */
export function certifiedOnlyJoin(module: CertificationModule, laoColumn: string, yearColumn: string): string {
  return `JOIN submission cert ON cert.module = '${module}' AND cert.lao_code = ${laoColumn} AND cert.fiscal_year = ${yearColumn} AND cert.status <> 'DRAFT'`;
}

/**
 * How an aggregate of recorded values keeps to the caller's scope (AccessPolicy.aggregateScope): a JOIN to add
 * after the LAO-keyed rows and WHERE conditions, outside the caller's own scope counting only province-certified
 * submissions. `lao` is the local_authority alias; its parameters go into `params`.
 */
export function aggregateScopeSql(
  module: CertificationModule,
  scope: AggregateScope,
  lao: string,
  yearColumn: string,
  params: SqlParams,
): { join: string; where: string[] } {
  if (scope.onlyProvince) return { join: '', where: [`${lao}.province_code = ${params.add(scope.onlyProvince)}`] };
  const own = scope.ownProvince ? `${lao}.province_code = ${params.add(scope.ownProvince)}` : scope.ownLao ? `${lao}.code = ${params.add(scope.ownLao)}` : null;
  if (!own) return { join: '', where: [] };
  return {
    join: `LEFT JOIN submission scope_s ON scope_s.module = '${module}' AND scope_s.lao_code = ${lao}.code AND scope_s.fiscal_year = ${yearColumn}`,
    where: [`(${own} OR scope_s.status = 'PROVINCE_CERTIFIED')`],
  };
}
