import type { CertificationModule, IndicatorOption, IndicatorValue, IndicatorValueType, InfoDomain } from '@lao/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The INFO catalogue (data, changed by migrations): an indicator belongs to fiscal years first_year..last_year.
 * Forms, validation and partner tables are all driven by these rows.
 */
@Entity('info_indicator')
@Index('IDX_info_indicator_domain', ['domain', 'position'])
export class InfoIndicatorEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 40 })
  domain: InfoDomain;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'label_th', type: 'varchar', length: 300 })
  labelTh: string;

  @Column({ name: 'label_en', type: 'varchar', length: 300 })
  labelEn: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  unit: string | null;

  @Column({ name: 'unit_en', type: 'varchar', length: 40, nullable: true })
  unitEn: string | null;

  @Column({ name: 'value_type', type: 'varchar', length: 20 })
  valueType: IndicatorValueType;

  @Column({ type: 'boolean' })
  required: boolean;

  @Column({ name: 'linked_from', type: 'varchar', length: 20, nullable: true })
  linkedFrom: CertificationModule | null;

  @Column({ type: 'jsonb', nullable: true })
  options: IndicatorOption[] | null;

  @Column({ name: 'min_value', type: 'numeric', nullable: true })
  min: string | null;

  @Column({ name: 'max_value', type: 'numeric', nullable: true })
  max: string | null;

  @Column({ type: 'smallint', nullable: true })
  decimals: number | null;

  @Column({ name: 'max_length', type: 'integer', nullable: true })
  maxLength: number | null;

  @Column({ name: 'hint_th', type: 'varchar', length: 300, nullable: true })
  hintTh: string | null;

  @Column({ name: 'hint_en', type: 'varchar', length: 300, nullable: true })
  hintEn: string | null;

  @Column({ name: 'first_year', type: 'smallint' })
  firstYear: number;

  @Column({ name: 'last_year', type: 'smallint', nullable: true })
  lastYear: number | null;
}

/**
 * One domain of one LAO's INFO for one fiscal year: its values as one JSON object keyed by indicator code, saved
 * whole-section-at-a-time ("บันทึกและไปด้านถัดไป"), with its completeness kept beside it.
 */
@Entity('info_section')
@Index('IDX_info_section_year_domain', ['fiscalYear', 'domain'])
export class InfoSectionEntity {
  @PrimaryColumn({ name: 'lao_code', type: 'char', length: 7 })
  laoCode: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  domain: InfoDomain;

  @Column({ name: 'values', type: 'jsonb', default: () => "'{}'" })
  values: Record<string, IndicatorValue>;

  @Column({ type: 'boolean', default: false })
  complete: boolean;

  @Column({ name: 'saved_at', type: 'timestamptz', default: () => 'now()' })
  savedAt: Date;

  @Column({ name: 'saved_by', type: 'varchar', length: 64, nullable: true })
  savedBy: string | null;
}

/**
 * Figures INFO shows read-only, as reported by their source module (LEC schools, Welfare allowances, Waste
 * tonnage, ELE council). Until those modules write here themselves, demo data fills it.
 */
@Entity('info_linked_value')
export class InfoLinkedValueEntity {
  @PrimaryColumn({ name: 'lao_code', type: 'char', length: 7 })
  laoCode: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 8 })
  indicatorCode: string;

  @Column({ type: 'jsonb' })
  value: IndicatorValue;

  @Column({ name: 'source_module', type: 'varchar', length: 20 })
  sourceModule: CertificationModule;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
