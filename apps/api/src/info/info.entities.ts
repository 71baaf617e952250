import type { CertificationModule, IndicatorValue } from '@lao/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Figures INFO shows read-only, as reported by their source module (LEC schools, Welfare allowances, ELE council)
 * when the source is not a catalogue report: those (Waste tonnage) are read live through catalogue_indicator.linked_code.
 * Until those modules write here themselves, demo data fills it.
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
