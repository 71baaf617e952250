import { type IndicatorDefinition, INFO_DOMAINS, type InfoDomain } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';

export interface IndicatorRow {
  code: string;
  domain: InfoDomain;
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
 * The INFO catalogue, read once: it changes only through migrations, which run before the API serves. Everything
 * about an indicator (form field, validation, completeness, partner tables) comes from here.
 */
@Injectable()
export class InfoCatalogueService {
  private all: Promise<IndicatorDefinition[]> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The catalogue of a fiscal year, domain by domain in the department's order, then by position. */
  async forYear(fiscalYear: number, domain?: InfoDomain | null): Promise<IndicatorDefinition[]> {
    const all = await this.load();
    return all.filter(
      (i) => i.firstYear <= fiscalYear && (i.lastYear === null || i.lastYear >= fiscalYear) && (!domain || i.domain === domain),
    );
  }

  /** Like forYear, but a year without any indicator is refused: there is nothing to record or read for it. */
  async requireYear(fiscalYear: number): Promise<IndicatorDefinition[]> {
    const indicators = await this.forYear(fiscalYear);
    if (indicators.length === 0) throw new AppError('BAD_USER_INPUT', 'info.noCatalogue', { fiscalYear });
    return indicators;
  }

  private load(): Promise<IndicatorDefinition[]> {
    this.all ??= this.db
      .query(`SELECT * FROM info_indicator`)
      .then((rows: IndicatorRow[]) =>
        rows.map(toDefinition).sort((a, b) => INFO_DOMAINS.indexOf(a.domain) - INFO_DOMAINS.indexOf(b.domain) || a.position - b.position),
      )
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
    code: row.code,
    domain: row.domain,
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
