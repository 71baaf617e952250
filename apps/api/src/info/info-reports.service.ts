import { type CertificationStatus, type IndicatorValue, lpaScore } from '@lao/domain';
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

  /**
   * The partners' table: chosen indicators for a page of LAOs. The page and its typed-in values are one statement
   * (each LAO's sections read by primary key beside it), linked values one more only when some are asked, the count
   * only when totalCount is (`count`).
   */
  async values(
    actor: Actor,
    fiscalYear: number,
    indicatorCodes: string[],
    filterInput: LocalAuthorityFilter | null | undefined,
    page: PageArgs,
    count = true,
  ): Promise<Connection<LaoValues>> {
    const codes = [...new Set(indicatorCodes)];
    if (codes.length === 0 || codes.length > MAX_INDICATORS_PER_TABLE) throw new AppError('BAD_USER_INPUT', 'info.tooManyIndicators');
    const catalogue = await this.sections.indicators(INFO_FORM, fiscalYear);
    const known = new Map(catalogue.map((i) => [i.code, i]));
    const unknown = codes.find((c) => !known.has(c));
    if (unknown) throw new AppError('BAD_USER_INPUT', 'info.unknownIndicator', { code: unknown.slice(0, 20) });

    const typedIn = codes.filter((c) => !known.get(c)!.linkedFrom);
    const sectionsOf = [...new Set(typedIn.map((c) => known.get(c)!.section))];
    // INFO's own sections (subject ''), only the keys asked: the same values SectionsService.valuesOf reads.
    const valuesColumn = (params: SqlParams) =>
      typedIn.length === 0
        ? `l.code, NULL::jsonb AS values`
        : `l.code, (SELECT jsonb_object_agg(e.key, e.value) FROM catalogue_section cs, jsonb_each(cs.values) e
                     WHERE cs.module = ${params.add(MODULE)} AND cs.lao_code = l.code AND cs.fiscal_year = ${params.add(fiscalYear)}
                       AND cs.subject_key = '' AND cs.section = ANY(${params.add(sectionsOf)}::text[]) AND e.key = ANY(${params.add(typedIn)}::text[])) AS values`;
    const { rows, total, limit } = await this.laoPage<{ code: string; values: Record<string, IndicatorValue> | null }>(actor, filterInput, page, count, valuesColumn);
    const laoCodes = rows.map((r) => r.code);
    const linked = await this.repository.linkedValues(laoCodes, fiscalYear, codes.filter((c) => known.get(c)!.linkedFrom));
    const nodes = rows.map(({ code: laoCode, values }) => ({
      laoCode,
      values: codes.map((indicatorCode) => ({
        indicatorCode,
        value: ((known.get(indicatorCode)!.linkedFrom ? linked.get(laoCode)?.get(indicatorCode) : values?.[indicatorCode]) ?? null) as IndicatorValue,
      })),
    }));
    return toConnection(nodes, limit, total, (n) => n.laoCode);
  }

  /** LPA indicator 7 for a page of LAOs: the registry page with each LAO's submission in one statement (and a count when asked). */
  async lpaScores(actor: Actor, fiscalYear: number, filterInput: LocalAuthorityFilter | null | undefined, page: PageArgs, count = true): Promise<Connection<LpaScore>> {
    await this.sections.requireYear(INFO_FORM, fiscalYear);
    type Row = { code: string; status: CertificationStatus | null; complete: boolean | null; recorded_count: number | null };
    const { rows, total, limit } = await this.laoPage<Row>(actor, filterInput, page, count, 'l.code, s.status, s.complete, s.recorded_count', {
      // One submission per LAO, module and year (unique): the LEFT JOIN neither adds nor loses an LAO.
      join: (params) => `LEFT JOIN submission s ON s.lao_code = l.code AND s.module = ${params.add(MODULE)} AND s.fiscal_year = ${params.add(fiscalYear)}`,
    });
    const nodes = rows.map((r) => {
      const status = r.status ?? 'DRAFT';
      const complete = r.complete ?? false;
      return { laoCode: r.code, status, complete, score: lpaScore({ status, complete, recordedValues: r.recorded_count ?? 0 }) };
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

  /** A page of the caller's LAOs (local_authority `l`, code order), with columns of the caller's and `join`'s. */
  private async laoPage<R>(
    actor: Actor,
    filterInput: LocalAuthorityFilter | null | undefined,
    page: PageArgs,
    count: boolean,
    select: string | ((params: SqlParams) => string),
    options: { join?: (params: SqlParams) => string } = {},
  ) {
    const filter = parseLaoFilter(this.geography, filterInput);
    const { limit, afterKey } = pageWindow(page);
    const params = new SqlParams();
    // The join's parameters come first: the count reads the same FROM.
    const from = `FROM local_authority l ${options.join?.(params) ?? ''}`;
    const where = laoFilterConditions('l', filter, this.policy.readScope(actor, MODULE), params);
    const { rows, total } = await queryLaoPage<R>(this.db, { select, from, alias: 'l', where, params, limit, afterKey, count });
    return { rows, total, limit };
  }
}
