import type { CertificationModule, IndicatorValue } from '@lao/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

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
