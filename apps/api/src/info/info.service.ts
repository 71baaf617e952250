import {
  hasValue,
  type IndicatorDefinition,
  type IndicatorValue,
  indicatorValueSchema,
  INFO_DOMAINS,
  type InfoDomain,
  lpaScore,
  missingIndicators,
  saveInfoSectionSchema,
} from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AccessPolicy, type LaoScope } from '../auth/access-policy.service';
import { type Actor, actorLabel } from '../auth/actor';
import { AppError, parseInput } from '../common/app-error';
import { type Connection, type PageArgs, pageWindow, toConnection } from '../common/paging';
import { CertificationService, type SubmissionRow } from '../certification/certification.service';
import { GeographyService } from '../registry/geography.service';
import { laoFilterConditions, parseLaoFilter, queryLaoPage, SqlParams } from '../registry/lao-filter';
import type { LocalAuthorityFilter } from '../registry/registry.models';
import { InfoCatalogueService } from './info-catalogue.service';
import type { InfoSectionModel, InfoSubmission, LaoValues, LpaScore, SaveInfoSectionInput } from './info.models';

const MODULE = 'INFO' as const;
// LAO codes are char(7): arrays of them are cast to bpchar[] so PostgreSQL uses the primary keys (a text[]
// comparison casts the column instead and scans; measured by the bench: infoSubmission 77 ms → 5 ms).
export const MAX_INDICATORS_PER_TABLE = 50;

interface SectionRow {
  domain: InfoDomain;
  values: Record<string, IndicatorValue>;
  saved_at: Date;
}

/**
 * INFO (domain.md §3): sections saved independently while the submission is a DRAFT in the open cycle, validated
 * against the catalogue of the year; completeness and the count of recorded values are kept on the submission in
 * the same transaction, under its lock, so certification and LPA scores read them without recomputing.
 */
@Injectable()
export class InfoService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalogue: InfoCatalogueService,
    private readonly certification: CertificationService,
    private readonly policy: AccessPolicy,
    private readonly geography: GeographyService,
  ) {}

  /** One LAO's INFO for a year: four queries whatever its size (catalogue cached). */
  async submission(laoCode: string, fiscalYear: number): Promise<InfoSubmission> {
    const indicators = await this.catalogue.requireYear(fiscalYear);
    const lao = await this.certification.laoScope(laoCode);
    const [row, sections, linked] = await Promise.all([
      this.certification.find(MODULE, lao, fiscalYear),
      this.db.query(`SELECT domain, values, saved_at FROM info_section WHERE lao_code = $1 AND fiscal_year = $2`, [laoCode, fiscalYear]) as Promise<SectionRow[]>,
      this.linkedValues(this.db.manager, [laoCode], fiscalYear, null),
    ]);
    return this.toSubmission(row, indicators, sections, linked.get(laoCode) ?? new Map());
  }

  /** บันทึก: one domain's values; values not listed keep what they had, null clears one. */
  async saveSection(actor: Actor, raw: SaveInfoSectionInput): Promise<InfoSectionModel> {
    const input = parseInput(saveInfoSectionSchema, raw);
    const indicators = (await this.catalogue.requireYear(input.fiscalYear)).filter((i) => i.domain === input.domain);
    const changes = this.validate(indicators, input.values);
    return this.db.transaction(async (manager) => {
      const lao = await this.certification.laoScope(input.laoCode, manager);
      const row = await this.certification.lock(manager, MODULE, lao, input.fiscalYear);
      await this.certification.assertWindowOpen(manager, actor, MODULE, lao, input.fiscalYear);
      this.certification.assertEditable(row);

      const [existing] = (await manager.query(
        `SELECT values FROM info_section WHERE lao_code = $1 AND fiscal_year = $2 AND domain = $3`,
        [lao.code, input.fiscalYear, input.domain],
      )) as { values: Record<string, IndicatorValue> }[];
      const values: Record<string, IndicatorValue> = { ...(existing?.values ?? {}) };
      for (const [code, value] of changes) {
        if (hasValue(value)) values[code] = value;
        else delete values[code];
      }
      const missing = missingIndicators(indicators, new Map(Object.entries(values)));
      const [saved] = (await manager.query(
        `INSERT INTO info_section (lao_code, fiscal_year, domain, values, complete, saved_at, saved_by)
         VALUES ($1, $2, $3, $4::jsonb, $5, now(), $6)
         ON CONFLICT (lao_code, fiscal_year, domain)
         DO UPDATE SET values = EXCLUDED.values, complete = EXCLUDED.complete, saved_at = now(), saved_by = EXCLUDED.saved_by
         RETURNING saved_at`,
        [lao.code, input.fiscalYear, input.domain, JSON.stringify(values), missing.length === 0, actorLabel(actor)],
      )) as { saved_at: Date }[];
      await this.refreshCompleteness(manager, row, lao, input.fiscalYear, actor);
      const linked = (await this.linkedValues(manager, [lao.code], input.fiscalYear, indicators.map((i) => i.code))).get(lao.code);
      return this.toSection(input.domain, indicators, values, linked ?? new Map(), saved?.saved_at ?? null);
    });
  }

  /** รับรองข้อมูล: INCOMPLETE, naming what is missing per domain, unless every domain is complete. */
  async certify(actor: Actor, laoCode: string, fiscalYear: number): Promise<InfoSubmission> {
    await this.catalogue.requireYear(fiscalYear);
    await this.db.transaction(async (manager) => {
      const lao = await this.certification.laoScope(laoCode, manager);
      const row = await this.certification.lock(manager, MODULE, lao, fiscalYear);
      await this.certification.assertWindowOpen(manager, actor, MODULE, lao, fiscalYear);
      this.certification.assertMayFire(actor, lao, row, 'CERTIFY');
      const missing = await this.refreshCompleteness(manager, row, lao, fiscalYear, actor);
      if (missing.length > 0) {
        const count = missing.reduce((n, m) => n + m.indicatorCodes.length, 0);
        throw new AppError('INCOMPLETE', 'info.incomplete', { count, domains: missing.length }, { missing });
      }
      await this.certification.fire(manager, actor, lao, { ...row, complete: missing.length === 0 }, 'CERTIFY');
    });
    return this.submission(laoCode, fiscalYear);
  }

  /** The partners' table: chosen indicators for a page of LAOs; four queries whatever the page size. */
  async values(
    actor: Actor,
    fiscalYear: number,
    indicatorCodes: string[],
    filterInput: LocalAuthorityFilter | null | undefined,
    page: PageArgs,
  ): Promise<Connection<LaoValues>> {
    const codes = [...new Set(indicatorCodes)];
    if (codes.length === 0 || codes.length > MAX_INDICATORS_PER_TABLE) throw new AppError('BAD_USER_INPUT', 'info.tooManyIndicators');
    const catalogue = await this.catalogue.forYear(fiscalYear);
    const known = new Map(catalogue.map((i) => [i.code, i]));
    const unknown = codes.find((c) => !known.has(c));
    if (unknown) throw new AppError('BAD_USER_INPUT', 'info.unknownIndicator', { code: unknown.slice(0, 20) });

    const { laoCodes, total, limit } = await this.laoPage(actor, filterInput, page);
    const typedIn = codes.filter((c) => !known.get(c)!.linkedFrom);
    const domains = [...new Set(typedIn.map((c) => known.get(c)!.domain))];
    const [sections, linked] = await Promise.all([
      typedIn.length
        ? (this.db.query(
            `SELECT lao_code, (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(values) WHERE key = ANY($4::text[])) AS values
               FROM info_section WHERE fiscal_year = $1 AND lao_code = ANY($2::bpchar[]) AND domain = ANY($3::text[])`,
            [fiscalYear, laoCodes, domains, typedIn],
          ) as Promise<{ lao_code: string; values: Record<string, IndicatorValue> }[]>)
        : Promise.resolve([]),
      this.linkedValues(this.db.manager, laoCodes, fiscalYear, codes.filter((c) => known.get(c)!.linkedFrom)),
    ]);
    const byLao = new Map<string, Map<string, IndicatorValue>>();
    for (const s of sections) {
      const map = byLao.get(s.lao_code) ?? new Map<string, IndicatorValue>();
      for (const [k, v] of Object.entries(s.values)) map.set(k, v);
      byLao.set(s.lao_code, map);
    }
    const nodes = laoCodes.map((laoCode) => ({
      laoCode,
      values: codes.map((indicatorCode) => ({
        indicatorCode,
        value: (known.get(indicatorCode)!.linkedFrom ? linked.get(laoCode)?.get(indicatorCode) : byLao.get(laoCode)?.get(indicatorCode)) ?? null,
      })),
    }));
    return toConnection(nodes, limit, total, (n) => n.laoCode);
  }

  /** LPA indicator 7 for a page of LAOs: the registry page and their submissions, two queries and a count. */
  async lpaScores(actor: Actor, fiscalYear: number, filterInput: LocalAuthorityFilter | null | undefined, page: PageArgs): Promise<Connection<LpaScore>> {
    await this.catalogue.requireYear(fiscalYear);
    const { laoCodes, total, limit } = await this.laoPage(actor, filterInput, page);
    const rows: { lao_code: string; status: LpaScore['status']; complete: boolean; recorded_count: number }[] = await this.db.query(
      `SELECT lao_code, status, complete, recorded_count FROM submission WHERE module = 'INFO' AND fiscal_year = $1 AND lao_code = ANY($2::bpchar[])`,
      [fiscalYear, laoCodes],
    );
    const byLao = new Map(rows.map((r) => [r.lao_code, r]));
    const nodes = laoCodes.map((laoCode) => {
      const r = byLao.get(laoCode);
      const status = r?.status ?? 'DRAFT';
      const complete = r?.complete ?? false;
      return { laoCode, status, complete, score: lpaScore({ status, complete, recordedValues: r?.recorded_count ?? 0 }) };
    });
    return toConnection(nodes, limit, total, (n) => n.laoCode);
  }

  /** Distribution of LPA scores (how many LAOs scored 5, 3, 1, 0) for the department's view, one grouped query. */
  async lpaDistribution(actor: Actor, fiscalYear: number, provinceCode: string | null): Promise<{ score: number; count: number }[]> {
    const scope = this.policy.readScope(actor, MODULE);
    const params = new SqlParams([fiscalYear]);
    const where = laoFilterConditions('l', { provinceCode }, scope, params);
    const rows: { score: number; count: number }[] = await this.db.query(
      `SELECT CASE WHEN s.complete AND s.status = 'PROVINCE_CERTIFIED' THEN 5
                   WHEN s.complete AND s.status = 'LAO_CERTIFIED' THEN 3
                   WHEN coalesce(s.recorded_count, 0) > 0 THEN 1 ELSE 0 END AS score,
              count(*)::int AS count
         FROM local_authority l
         LEFT JOIN submission s ON s.lao_code = l.code AND s.module = 'INFO' AND s.fiscal_year = $1
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        GROUP BY 1`,
      params.values,
    );
    return [5, 3, 1, 0].map((score) => ({ score, count: rows.find((r) => r.score === score)?.count ?? 0 }));
  }

  /** Checks each value against its indicator; every problem is reported at once, naming the value's position. */
  private validate(indicators: IndicatorDefinition[], values: { indicatorCode: string; value?: unknown }[]): Map<string, IndicatorValue> {
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    const issues: z.core.$ZodIssue[] = [];
    const changes = new Map<string, IndicatorValue>();
    values.forEach(({ indicatorCode, value }, index) => {
      const indicator = byCode.get(indicatorCode);
      if (!indicator) {
        issues.push({ code: 'custom', path: ['values', index, 'indicatorCode'], message: 'info.unknownIndicator', input: indicatorCode });
        return;
      }
      if (indicator.linkedFrom) {
        issues.push({ code: 'custom', path: ['values', index, 'value'], message: 'info.linkedReadOnly', input: value });
        return;
      }
      const parsed = indicatorValueSchema(indicator).safeParse(value ?? null);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) issues.push({ ...issue, path: ['values', index, 'value', ...issue.path] });
        return;
      }
      changes.set(indicatorCode, parsed.data);
    });
    if (issues.length) {
      const first = issues[0]!;
      const key = first.message === 'info.unknownIndicator' || first.message === 'info.linkedReadOnly' ? first.message : 'info.invalidValues';
      const culprit = values[Number(first.path[1])];
      throw new AppError(
        'BAD_USER_INPUT',
        key as 'info.invalidValues',
        { code: String(culprit?.indicatorCode ?? '').slice(0, 20), module: byCode.get(String(culprit?.indicatorCode))?.linkedFrom ?? '', count: issues.length },
        {},
        new z.ZodError(issues),
      );
    }
    return changes;
  }

  /**
   * Recomputes the submission's completeness and recorded-value count from its sections (under the lock) and stores
   * them; answers what is missing per domain.
   */
  private async refreshCompleteness(
    manager: EntityManager,
    row: SubmissionRow,
    lao: LaoScope,
    fiscalYear: number,
    actor: Actor,
  ): Promise<{ domain: InfoDomain; indicatorCodes: string[] }[]> {
    const indicators = await this.catalogue.forYear(fiscalYear);
    const sections: SectionRow[] = await manager.query(
      `SELECT domain, values, saved_at FROM info_section WHERE lao_code = $1 AND fiscal_year = $2`,
      [lao.code, fiscalYear],
    );
    const values = new Map<string, IndicatorValue>();
    for (const s of sections) for (const [k, v] of Object.entries(s.values)) values.set(k, v);
    const missing = INFO_DOMAINS.map((domain) => ({
      domain,
      indicatorCodes: missingIndicators(indicators.filter((i) => i.domain === domain), values),
    })).filter((m) => m.indicatorCodes.length > 0);
    await manager.query(
      `UPDATE submission SET complete = $2, recorded_count = $3, updated_at = now(), updated_by = $4 WHERE id = $1`,
      [row.id, missing.length === 0, values.size, actorLabel(actor)],
    );
    return missing;
  }

  private async laoPage(actor: Actor, filterInput: LocalAuthorityFilter | null | undefined, page: PageArgs) {
    const filter = parseLaoFilter(this.geography, filterInput);
    const { limit, afterKey } = pageWindow(page);
    const params = new SqlParams();
    const where = laoFilterConditions('', filter, this.policy.readScope(actor, MODULE), params);
    const { rows, total } = await queryLaoPage<{ code: string }>(this.db, { select: 'code', from: 'FROM local_authority', alias: '', where, params, limit, afterKey });
    return { laoCodes: rows.map((r) => r.code), total, limit };
  }

  private async linkedValues(
    manager: EntityManager,
    laoCodes: string[],
    fiscalYear: number,
    indicatorCodes: string[] | null,
  ): Promise<Map<string, Map<string, IndicatorValue>>> {
    const result = new Map<string, Map<string, IndicatorValue>>();
    if (laoCodes.length === 0 || indicatorCodes?.length === 0) return result;
    const rows: { lao_code: string; indicator_code: string; value: IndicatorValue }[] = await manager.query(
      `SELECT lao_code, indicator_code, value FROM info_linked_value
        WHERE fiscal_year = $1 AND lao_code = ANY($2::bpchar[]) AND ($3::text[] IS NULL OR indicator_code = ANY($3::text[]))`,
      [fiscalYear, laoCodes, indicatorCodes],
    );
    for (const r of rows) {
      const map = result.get(r.lao_code) ?? new Map<string, IndicatorValue>();
      map.set(r.indicator_code, r.value);
      result.set(r.lao_code, map);
    }
    return result;
  }

  private toSubmission(
    row: SubmissionRow,
    indicators: IndicatorDefinition[],
    sections: SectionRow[],
    linked: Map<string, IndicatorValue>,
  ): InfoSubmission {
    const byDomain = new Map(sections.map((s) => [s.domain, s]));
    const models = INFO_DOMAINS.map((domain) =>
      this.toSection(domain, indicators.filter((i) => i.domain === domain), byDomain.get(domain)?.values ?? {}, linked, byDomain.get(domain)?.saved_at ?? null),
    );
    const complete = models.every((s) => s.complete);
    const recordedValues = sections.reduce((n, s) => n + Object.keys(s.values).length, 0);
    return {
      ...this.certification.toModel<InfoSubmission>(row),
      complete,
      lpaScore: lpaScore({ status: row.status, complete, recordedValues }),
      sections: models,
    };
  }

  private toSection(
    domain: InfoDomain,
    indicators: IndicatorDefinition[],
    values: Record<string, IndicatorValue>,
    linked: Map<string, IndicatorValue>,
    savedAt: Date | null,
  ): InfoSectionModel {
    const typed = new Map(Object.entries(values));
    const missing = missingIndicators(indicators, typed);
    return {
      domain,
      complete: missing.length === 0,
      missing,
      savedAt,
      values: indicators.map((i) => ({ indicatorCode: i.code, value: (i.linkedFrom ? linked.get(i.code) : typed.get(i.code)) ?? null })),
    };
  }
}
