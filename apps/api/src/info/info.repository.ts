import type { IndicatorValue } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** INFO's own statements: linked values (read live from their source module's report, or filled by it). */
@Injectable()
export class InfoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Linked values of many LAOs, by LAO then indicator code; all linked indicators when `indicatorCodes` is null. */
  async linkedValues(laoCodes: string[], fiscalYear: number, indicatorCodes: string[] | null, manager: EntityManager = this.db.manager): Promise<Map<string, Map<string, IndicatorValue>>> {
    const result = new Map<string, Map<string, IndicatorValue>>();
    if (laoCodes.length === 0 || indicatorCodes?.length === 0) return result;
    const rows: { lao_code: string; indicator_code: string; value: IndicatorValue }[] = await manager.query(
      // Indicators naming their source (linked_code) read the source module's report live; the others are
      // filled into info_linked_value by their module.
      `SELECT lao_code, indicator_code, value FROM info_linked_value
        WHERE fiscal_year = $1 AND lao_code = ANY($2::bpchar[]) AND ($3::text[] IS NULL OR indicator_code = ANY($3::text[]))
          AND NOT EXISTS (SELECT 1 FROM catalogue_indicator ci WHERE ci.module = 'INFO' AND ci.code = indicator_code AND ci.linked_code IS NOT NULL)
       UNION ALL
       SELECT cs.lao_code, ci.code, cs.values -> ci.linked_code
         FROM catalogue_indicator ci
         JOIN catalogue_section cs ON cs.module = ci.linked_from AND cs.fiscal_year = $1 AND cs.subject_key = '' AND cs.values ? ci.linked_code
        WHERE ci.module = 'INFO' AND ci.linked_code IS NOT NULL AND cs.lao_code = ANY($2::bpchar[])
          AND ($3::text[] IS NULL OR ci.code = ANY($3::text[]))`,
      [fiscalYear, laoCodes, indicatorCodes],
    );
    for (const r of rows) {
      const map = result.get(r.lao_code) ?? new Map<string, IndicatorValue>();
      map.set(r.indicator_code, r.value);
      result.set(r.lao_code, map);
    }
    return result;
  }
}
