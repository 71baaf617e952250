import type { CertificationModule, IndicatorValue } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface SectionRow {
  section: string;
  subject_key: string;
  values: Record<string, IndicatorValue>;
  saved_at: Date;
}

export interface SectionKey {
  module: CertificationModule;
  laoCode: string;
  fiscalYear: number;
  /** '' for the submission itself, a record's id below it. */
  subjectKey?: string;
}

/** Every statement on catalogue_section. */
@Injectable()
export class SectionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every section of one LAO's form (all its subjects), one query. */
  all(key: Omit<SectionKey, 'subjectKey'>, manager: EntityManager = this.db.manager): Promise<SectionRow[]> {
    return manager.query(
      `SELECT section, subject_key, values, saved_at FROM catalogue_section WHERE module = $1 AND lao_code = $2 AND fiscal_year = $3`,
      [key.module, key.laoCode, key.fiscalYear],
    );
  }

  async one(manager: EntityManager, key: SectionKey, section: string): Promise<Record<string, IndicatorValue>> {
    const [row] = (await manager.query(
      `SELECT values FROM catalogue_section WHERE module = $1 AND lao_code = $2 AND fiscal_year = $3 AND subject_key = $4 AND section = $5`,
      [key.module, key.laoCode, key.fiscalYear, key.subjectKey ?? '', section],
    )) as { values: Record<string, IndicatorValue> }[];
    return row?.values ?? {};
  }

  async save(manager: EntityManager, key: SectionKey, section: string, values: Record<string, IndicatorValue>, complete: boolean, actor: string): Promise<Date> {
    const [saved] = (await manager.query(
      `INSERT INTO catalogue_section (module, lao_code, fiscal_year, subject_key, section, values, complete, saved_at, saved_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, now(), $8)
       ON CONFLICT (module, lao_code, fiscal_year, subject_key, section)
       DO UPDATE SET values = EXCLUDED.values, complete = EXCLUDED.complete, saved_at = now(), saved_by = EXCLUDED.saved_by
       RETURNING saved_at`,
      [key.module, key.laoCode, key.fiscalYear, key.subjectKey ?? '', section, JSON.stringify(values), complete, actor],
    )) as { saved_at: Date }[];
    return saved!.saved_at;
  }

  /** Chosen indicators of the submissions' own sections for many LAOs (partner tables), one query. */
  async valuesOf(
    module: CertificationModule,
    fiscalYear: number,
    laoCodes: readonly string[],
    sections: readonly string[],
    codes: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, Map<string, IndicatorValue>>> {
    const byLao = new Map<string, Map<string, IndicatorValue>>();
    if (laoCodes.length === 0 || codes.length === 0) return byLao;
    const rows: { lao_code: string; values: Record<string, IndicatorValue> }[] = await manager.query(
      `SELECT lao_code, (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(values) WHERE key = ANY($5::text[])) AS values
         FROM catalogue_section
        WHERE module = $1 AND fiscal_year = $2 AND lao_code = ANY($3::bpchar[]) AND subject_key = '' AND section = ANY($4::text[])`,
      [module, fiscalYear, laoCodes, sections, codes],
    );
    for (const s of rows) {
      const map = byLao.get(s.lao_code) ?? new Map<string, IndicatorValue>();
      for (const [k, v] of Object.entries(s.values)) map.set(k, v);
      byLao.set(s.lao_code, map);
    }
    return byLao;
  }
}
