import { ESERVICE_CHANNELS } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../auth/access-policy.service';
import type { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { GeographyService } from '../registry/geography.service';
import type { EServiceItemAdoption, EServiceProvinceAdoption } from './eservice.models';
import { EServiceAdoptionRepository } from './eservice-adoption.repository';

/**
 * The adoption reports of the e-Service survey, nationally and per province, within the caller's aggregate scope
 * (AccessPolicy.aggregateScope: outside its own scope a caller counts province-certified surveys only), read from
 * the tallies the database keeps with every answer and status change (eservice-adoption.repository.ts).
 */
@Injectable()
export class EServiceReportsService {
  constructor(
    private readonly repository: EServiceAdoptionRepository,
    private readonly geography: GeographyService,
    private readonly policy: AccessPolicy,
  ) {}

  /** Adoption per preset item, nationally or in one province. */
  async adoption(actor: Actor, fiscalYear: number, provinceCode: string | null, certifiedOnly: boolean): Promise<EServiceItemAdoption[]> {
    if (provinceCode && !this.geography.province(provinceCode)) throw new AppError('BAD_USER_INPUT', 'input.unknownProvince', { code: provinceCode.slice(0, 20) });
    const rows = await this.repository.adoption(fiscalYear, provinceCode, certifiedOnly, this.policy.aggregateScope(actor, 'ESERVICE'));
    return rows.map((r) => ({
      itemCode: r.code as string,
      side: r.side as number,
      sideTitleTh: r.side_title_th as string,
      sideTitleEn: r.side_title_en as string,
      group: r.group_code as string | null,
      groupTitleTh: r.group_title_th as string | null,
      groupTitleEn: r.group_title_en as string | null,
      nameTh: r.name_th as string,
      nameEn: r.name_en as string | null,
      answered: r.answered as number,
      offered: r.offered as number,
      offeredShare: (r.answered as number) ? (r.offered as number) / (r.answered as number) : 0,
      needed: r.needed as number,
      notNeeded: r.not_needed as number,
      totalUsers: r.total_users as number,
      steps: [1, 2, 3, 4, 5, 6].map((step) => ({ step, count: r[`step_${step}`] as number })),
      channels: ESERVICE_CHANNELS.map((channel) => ({ channel, count: r[`channel_${channel.toLowerCase()}`] as number })),
    }));
  }

  /** Per province: respondents, LAOs offering anything online, and the share of answered items offered. */
  async provinceAdoption(actor: Actor, fiscalYear: number, certifiedOnly: boolean): Promise<EServiceProvinceAdoption[]> {
    const rows = await this.repository.provinceAdoption(fiscalYear, certifiedOnly, this.policy.aggregateScope(actor, 'ESERVICE'));
    return this.geography.inProvinceOrder(rows, (r) => r.province_code).map(({ province, row: r }) => ({
      provinceCode: province.code,
      province,
      laoCount: r.lao_count,
      respondents: r.respondents,
      offeringAny: r.offering_any,
      offeredShare: r.answered ? r.offered / r.answered : 0,
    }));
  }
}
