import type { CertificationModule, IndicatorValue } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { LinkedSources } from '../catalogue/linked-sources';

interface LiveLink {
  code: string;
  linked_from: CertificationModule;
  linked_code: string;
}

/**
 * INFO's linked values: an indicator naming its source's code (catalogue_indicator.linked_code) reads that module
 * live through LinkedSources (Waste's tonnage, Welfare's recipients); the others are filled into info_linked_value
 * by their module (until those modules exist, by the demo).
 */
@Injectable()
export class InfoRepository {
  private live: Promise<LiveLink[]> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sources: LinkedSources,
  ) {}

  /** Linked values of many LAOs, by LAO then indicator code; all linked indicators when `indicatorCodes` is null. */
  async linkedValues(laoCodes: string[], fiscalYear: number, indicatorCodes: string[] | null, manager: EntityManager = this.db.manager): Promise<Map<string, Map<string, IndicatorValue>>> {
    const result = new Map<string, Map<string, IndicatorValue>>();
    if (laoCodes.length === 0 || indicatorCodes?.length === 0) return result;
    const put = (lao: string, code: string, value: IndicatorValue) => {
      const map = result.get(lao) ?? new Map<string, IndicatorValue>();
      map.set(code, value);
      result.set(lao, map);
    };
    const live = (await this.liveLinks()).filter((l) => !indicatorCodes || indicatorCodes.includes(l.code));
    const stored: { lao_code: string; indicator_code: string; value: IndicatorValue }[] = await manager.query(
      `SELECT lao_code, indicator_code, value FROM info_linked_value
        WHERE fiscal_year = $1 AND lao_code = ANY($2::bpchar[]) AND ($3::text[] IS NULL OR indicator_code = ANY($3::text[]))
          AND NOT (indicator_code = ANY($4::text[]))`,
      [fiscalYear, laoCodes, indicatorCodes, (await this.liveLinks()).map((l) => l.code)],
    );
    for (const r of stored) put(r.lao_code, r.indicator_code, r.value);
    const bySource = new Map<CertificationModule, LiveLink[]>();
    for (const l of live) bySource.set(l.linked_from, [...(bySource.get(l.linked_from) ?? []), l]);
    await Promise.all(
      [...bySource].map(async ([module, links]) => {
        const source = this.sources.source(module);
        if (!source) return;
        const values = await source({ laoCodes, fiscalYear, codes: links.map((l) => l.linked_code), manager });
        for (const [lao, byCode] of values) for (const l of links) if (byCode.has(l.linked_code)) put(lao, l.code, byCode.get(l.linked_code)!);
      }),
    );
    return result;
  }

  /** INFO's live links, read once (the catalogue changes only through migrations, which run before the API serves). */
  private liveLinks(): Promise<LiveLink[]> {
    this.live ??= this.db
      .query(`SELECT code, linked_from, linked_code FROM catalogue_indicator WHERE module = 'INFO' AND linked_code IS NOT NULL`)
      .catch((error: unknown) => {
        this.live = null;
        throw error;
      });
    return this.live;
  }
}
