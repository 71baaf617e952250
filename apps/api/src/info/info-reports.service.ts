import { type IndicatorValue, lpaScore } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import type { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { type Connection, type PageArgs, pageWindow, toConnection } from '../common/paging';
import { SectionsService } from '../catalogue/sections.service';
import { CertificationService } from '../certification/certification.service';
import { GeographyService } from '../registry/geography.service';
import { laoFilterConditions, parseLaoFilter, queryLaoPage, SqlParams } from '../registry/lao-filter';
import type { LocalAuthorityFilter } from '../registry/registry.models';
import { INFO_FORM } from './info.form';
import type { LaoValues, LpaScore } from './info.models';
import { InfoRepository } from './info.repository';

const MODULE = 'INFO' as const;
export const MAX_INDICATORS_PER_TABLE = 50;

/** INFO's tables for partners and the department: chosen indicators per LAO, LPA scores and their distribution. */
@Injectable()
export class InfoReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sections: SectionsService,
    private readonly certification: CertificationService,
    private readonly repository: InfoRepository,
    private readonly policy: AccessPolicy,
    private readonly geography: GeographyService,
  ) {}

  /** The partners' table: chosen indicators for a page of LAOs; four queries whatever the page size. */
  async values(actor: Actor, fiscalYear: number, indicatorCodes: string[], filterInput: LocalAuthorityFilter | null | undefined, page: PageArgs): Promise<Connection<LaoValues>> {
    const codes = [...new Set(indicatorCodes)];
    if (codes.length === 0 || codes.length > MAX_INDICATORS_PER_TABLE) throw new AppError('BAD_USER_INPUT', 'info.tooManyIndicators');
    const catalogue = await this.sections.indicators(INFO_FORM, fiscalYear);
    const known = new Map(catalogue.map((i) => [i.code, i]));
    const unknown = codes.find((c) => !known.has(c));
    if (unknown) throw new AppError('BAD_USER_INPUT', 'info.unknownIndicator', { code: unknown.slice(0, 20) });

    const { laoCodes, total, limit } = await this.laoPage(actor, filterInput, page);
    const typedIn = codes.filter((c) => !known.get(c)!.linkedFrom);
    const sectionsOf = [...new Set(typedIn.map((c) => known.get(c)!.section))];
    const [typed, linked] = await Promise.all([
      this.sections.valuesOf(INFO_FORM, fiscalYear, laoCodes, sectionsOf, typedIn),
      this.repository.linkedValues(laoCodes, fiscalYear, codes.filter((c) => known.get(c)!.linkedFrom)),
    ]);
    const nodes = laoCodes.map((laoCode) => ({
      laoCode,
      values: codes.map((indicatorCode) => ({
        indicatorCode,
        value: ((known.get(indicatorCode)!.linkedFrom ? linked : typed).get(laoCode)?.get(indicatorCode) ?? null) as IndicatorValue,
      })),
    }));
    return toConnection(nodes, limit, total, (n) => n.laoCode);
  }

  /** LPA indicator 7 for a page of LAOs: the registry page and their submissions, two queries and a count. */
  async lpaScores(actor: Actor, fiscalYear: number, filterInput: LocalAuthorityFilter | null | undefined, page: PageArgs): Promise<Connection<LpaScore>> {
    await this.sections.requireYear(INFO_FORM, fiscalYear);
    const { laoCodes, total, limit } = await this.laoPage(actor, filterInput, page);
    const byLao = await this.certification.statusesOf(MODULE, fiscalYear, laoCodes);
    const nodes = laoCodes.map((laoCode) => {
      const r = byLao.get(laoCode);
      const status = r?.status ?? 'DRAFT';
      const complete = r?.complete ?? false;
      return { laoCode, status, complete, score: lpaScore({ status, complete, recordedValues: r?.recorded_count ?? 0 }) };
    });
    return toConnection(nodes, limit, total, (n) => n.laoCode);
  }

  /** How many LAOs score 5, 3, 1 and 0: one grouped count by status, scored by the same lpaScore() as each LAO. */
  async lpaDistribution(actor: Actor, fiscalYear: number, provinceCode: string | null): Promise<{ score: number; count: number }[]> {
    if (provinceCode && !this.geography.province(provinceCode)) throw new AppError('BAD_USER_INPUT', 'input.unknownProvince', { code: provinceCode.slice(0, 20) });
    const groups = await this.certification.statusCounts(actor, MODULE, fiscalYear, provinceCode);
    const counts = new Map<number, number>();
    for (const g of groups) {
      const score = lpaScore({ status: g.status, complete: g.complete, recordedValues: g.recorded ? 1 : 0 });
      counts.set(score, (counts.get(score) ?? 0) + g.count);
    }
    return [5, 3, 1, 0].map((score) => ({ score, count: counts.get(score) ?? 0 }));
  }

  private async laoPage(actor: Actor, filterInput: LocalAuthorityFilter | null | undefined, page: PageArgs) {
    const filter = parseLaoFilter(this.geography, filterInput);
    const { limit, afterKey } = pageWindow(page);
    const params = new SqlParams();
    const where = laoFilterConditions('', filter, this.policy.readScope(actor, MODULE), params);
    const { rows, total } = await queryLaoPage<{ code: string }>(this.db, { select: 'code', from: 'FROM local_authority', alias: '', where, params, limit, afterKey });
    return { laoCodes: rows.map((r) => r.code), total, limit };
  }
}
