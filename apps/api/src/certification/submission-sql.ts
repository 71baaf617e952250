import type { CertificationModule } from '@lao/domain';

/**
 * A JOIN that keeps only rows of submissions the LAO has certified (or further), for reports that count certified
 * data only. Defined by certification so that modules' report queries never spell out the submission table.
 */
export function certifiedOnlyJoin(module: CertificationModule, laoColumn: string, yearColumn: string): string {
  return `JOIN submission cert ON cert.module = '${module}' AND cert.lao_code = ${laoColumn} AND cert.fiscal_year = ${yearColumn} AND cert.status <> 'DRAFT'`;
}
