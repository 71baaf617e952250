import { summedWasteFigures, type CertificationStatus } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../auth/access-policy.service';
import type { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { GeographyService } from '../registry/geography.service';
import type { WasteSummaryRow } from './waste.models';
import { type SummaryRow, WasteSummaryRepository } from './waste-summary.repository';

const MODULE = 'WASTE' as const;
const num = (value: string | null): number | null => (value === null ? null : Number(value));

/**
 * The Waste summaries: a row per province (national) or per LAO of one province, within the caller's aggregate
 * scope (outside its own scope a caller counts province-certified reports only).
 */
@Injectable()
export class WasteReportsService {
  constructor(
    private readonly repository: WasteSummaryRepository,
    private readonly geography: GeographyService,
    private readonly policy: AccessPolicy,
  ) {}

  async summary(actor: Actor, fiscalYear: number, provinceCode: string | null, certifiedOnly: boolean): Promise<WasteSummaryRow[]> {
    if (provinceCode && !this.geography.province(provinceCode)) throw new AppError('BAD_USER_INPUT', 'input.unknownProvince', { code: provinceCode.slice(0, 20) });
    const rows = await this.repository.summary(fiscalYear, provinceCode, certifiedOnly, this.policy.aggregateScope(actor, MODULE));
    if (provinceCode) return rows.map((r) => toRow(r, r.name_th ?? r.code));
    return this.geography.inProvinceOrder(rows, (r) => r.code).map(({ province, row }) => toRow(row, province.nameTh));
  }
}

function toRow(r: SummaryRow, nameTh: string): WasteSummaryRow {
  return {
    code: r.code,
    nameTh,
    reporting: r.reporting,
    total: r.total,
    warnings: r.warnings,
    status: r.status as CertificationStatus | null,
    latitude: num(r.latitude),
    longitude: num(r.longitude),
    ...summedWasteFigures({
      populationServed: num(r.served),
      generatedTonnesPerDay: num(r.generated),
      collectedTonnesPerDay: num(r.collected),
      properlyDisposedTonnesPerDay: num(r.proper),
      recycledTonnesPerYear: num(r.recycled),
      kgPerCapita: [num(r.kg_num), num(r.kg_den)],
      coverage: [num(r.cov_num), num(r.cov_den)],
      properDisposal: [num(r.proper_num), num(r.proper_den)],
      recycling: [num(r.rec_num), num(r.rec_den)],
      costRecovery: [num(r.cost_num), num(r.cost_den)],
    }),
  };
}
