import type { IndicatorValue } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** INFO's own statements: linked values (filled by their source modules). */
@Injectable()
export class InfoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Linked values of many LAOs, by LAO then indicator code; all linked indicators when `indicatorCodes` is null. */
  async linkedValues(laoCodes: string[], fiscalYear: number, indicatorCodes: string[] | null, manager: EntityManager = this.db.manager): Promise<Map<string, Map<string, IndicatorValue>>> {
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
}
