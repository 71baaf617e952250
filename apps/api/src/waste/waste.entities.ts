import type { DisposalMethod, SiteStatus } from '@lao/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../registry/local-authority.entity';

/**
 * A solid-waste disposal site (สถานที่กำจัดขยะมูลฝอย), run by one LAO and shared by the LAOs that send their
 * collected waste to it (PCD's cluster sites). Not per year: a site is a place, what it receives is per year.
 */
@Entity('waste_disposal_site')
@Index('IDX_waste_disposal_site_operator', ['operatorLaoCode'])
@Check('CHK_waste_disposal_site_latitude', 'latitude BETWEEN 5.6 AND 20.5')
@Check('CHK_waste_disposal_site_longitude', 'longitude BETWEEN 97.3 AND 105.7')
export class DisposalSiteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'operator_lao_code', type: 'char', length: 7 })
  operatorLaoCode: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operator_lao_code' })
  operator?: LocalAuthorityEntity;

  @Column({ name: 'name_th', type: 'varchar', length: 200 })
  nameTh: string;

  @Column({ type: 'varchar', length: 20 })
  method: DisposalMethod;

  @Column({ type: 'varchar', length: 10 })
  status: SiteStatus;

  @Column({ type: 'numeric', precision: 8, scale: 5 })
  latitude: string;

  @Column({ type: 'numeric', precision: 8, scale: 5 })
  longitude: string;

  @Column({ name: 'capacity_tonnes_per_day', type: 'numeric', precision: 10, scale: 2, nullable: true })
  capacityTonnesPerDay: string | null;

  @Column({ name: 'opened_year', type: 'smallint', nullable: true })
  openedYear: number | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy: string | null;
}

/** Where an LAO's collected waste goes in a fiscal year: t/day to each site (saveWasteDisposal replaces them). */
@Entity('waste_disposal_use')
@Index('IDX_waste_disposal_use_site', ['siteId', 'fiscalYear'])
@Check('CHK_waste_disposal_use_tonnes', 'tonnes_per_day >= 0')
export class DisposalUseEntity {
  @PrimaryColumn({ name: 'lao_code', type: 'char', length: 7 })
  laoCode: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @PrimaryColumn({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_code' })
  lao?: LocalAuthorityEntity;

  @ManyToOne(() => DisposalSiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: DisposalSiteEntity;

  @Column({ name: 'tonnes_per_day', type: 'numeric', precision: 10, scale: 2 })
  tonnesPerDay: string;
}
