import type { CertificationModule, IndicatorOption, IndicatorValue, IndicatorValueType } from '@lao/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every module's catalogue (data, changed by migrations): an indicator of a module's form belongs to one section
 * and to fiscal years first_year..last_year. Forms, validation, completeness and partner tables follow these rows.
 */
@Entity('catalogue_indicator')
@Index('IDX_catalogue_indicator_section', ['module', 'section', 'position'])
export class CatalogueIndicatorEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  module: CertificationModule;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 40 })
  section: string;

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

  /** The source module's indicator a linked one reads live (null: the source module fills info_linked_value). */
  @Column({ name: 'linked_code', type: 'varchar', length: 8, nullable: true })
  linkedCode: string | null;

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
 * One section of one LAO's form for one module and fiscal year — of the submission itself (subject_key '') or of a
 * record below it (a school, a centre: its subject id) — as one JSON object keyed by indicator code, saved a
 * section at a time, with its completeness kept beside it.
 */
@Entity('catalogue_section')
@Index('IDX_catalogue_section_year', ['module', 'fiscalYear', 'section'])
export class CatalogueSectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  module: CertificationModule;

  @PrimaryColumn({ name: 'lao_code', type: 'char', length: 7 })
  laoCode: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @PrimaryColumn({ name: 'subject_key', type: 'varchar', length: 40, default: '' })
  subjectKey: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  section: string;

  @Column({ name: 'values', type: 'jsonb', default: () => "'{}'" })
  values: Record<string, IndicatorValue>;

  @Column({ type: 'boolean', default: false })
  complete: boolean;

  @Column({ name: 'saved_at', type: 'timestamptz', default: () => 'now()' })
  savedAt: Date;

  @Column({ name: 'saved_by', type: 'varchar', length: 64, nullable: true })
  savedBy: string | null;
}
