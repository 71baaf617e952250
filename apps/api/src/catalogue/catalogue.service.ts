import type { CertificationModule, IndicatorDefinition } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';

export interface IndicatorRow {
  module: CertificationModule;
  code: string;
  section: string;
  position: number;
  label_th: string;
  label_en: string;
  unit: string | null;
  unit_en: string | null;
  value_type: IndicatorDefinition['valueType'];
  required: boolean;
  linked_from: IndicatorDefinition['linkedFrom'];
  options: IndicatorDefinition['options'];
  min_value: string | null;
  max_value: string | null;
  decimals: number | null;
  max_length: number | null;
  hint_th: string | null;
  hint_en: string | null;
  first_year: number;
  last_year: number | null;
}

/**
 * Every module's catalogue, read once: it changes only through migrations, which run before the API serves.
 * Everything about an indicator (form field, validation, completeness, partner tables) comes from here.
 */
@Injectable()
export class CatalogueService {
  private all: Promise<IndicatorDefinition[]> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * A module's catalogue of a fiscal year for the given sections (one form of the module), in their order, then by
   * position; only one section when it is named.
   */
  async forYear(module: CertificationModule, sections: readonly string[], fiscalYear: number, section?: string | null): Promise<IndicatorDefinition[]> {
    const all = await this.load();
    return all
      .filter((i) => i.module === module && sections.includes(i.section) && i.firstYear <= fiscalYear && (i.lastYear === null || i.lastYear >= fiscalYear) && (!section || i.section === section))
      .sort((a, b) => sections.indexOf(a.section) - sections.indexOf(b.section) || a.position - b.position);
  }

  /** Like forYear, but a year without any indicator is refused: there is nothing to record or read for it. */
  async requireYear(module: CertificationModule, sections: readonly string[], fiscalYear: number): Promise<IndicatorDefinition[]> {
    const indicators = await this.forYear(module, sections, fiscalYear);
    if (indicators.length === 0) throw new AppError('BAD_USER_INPUT', 'info.noCatalogue', { fiscalYear });
    return indicators;
  }

  private load(): Promise<IndicatorDefinition[]> {
    this.all ??= this.db
      .query(`SELECT * FROM catalogue_indicator`)
      .then((rows: IndicatorRow[]) => rows.map(toDefinition))
      .catch((error: unknown) => {
        this.all = null;
        throw error;
      });
    return this.all;
  }
}

/** A catalogue row as the shared IndicatorDefinition. */
export function toDefinition(row: IndicatorRow): IndicatorDefinition {
  return {
    module: row.module,
    code: row.code,
    section: row.section,
    position: row.position,
    labelTh: row.label_th,
    labelEn: row.label_en,
    unit: row.unit,
    unitEn: row.unit_en,
    valueType: row.value_type,
    required: row.required,
    linkedFrom: row.linked_from,
    options: row.options,
    min: row.min_value === null ? null : Number(row.min_value),
    max: row.max_value === null ? null : Number(row.max_value),
    decimals: row.decimals,
    maxLength: row.max_length,
    hintTh: row.hint_th,
    hintEn: row.hint_en,
    firstYear: row.first_year,
    lastYear: row.last_year,
  };
}
