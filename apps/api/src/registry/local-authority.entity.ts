import type { InfoAdminInput, LaoType } from '@lao/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DistrictEntity } from './district.entity';
import { ProvinceEntity } from './province.entity';

/**
 * An LAO of the registry (ทะเบียน อปท.), the master list every module refers to. Contacts (seed 001) live on the
 * row: the website and at most two INFO administrators, kept as one JSON array so an update replaces them whole.
 */
@Entity('local_authority')
@Index('IDX_local_authority_province', ['provinceCode', 'code'])
@Index('IDX_local_authority_district', ['districtCode', 'code'])
@Index('IDX_local_authority_type', ['type', 'code'])
// Trigram indexes for Thai/English text search; declared here so TypeORM leaves them alone, created in the migration.
@Index('IDX_local_authority_name_th_trgm', { synchronize: false })
@Index('IDX_local_authority_name_en_trgm', { synchronize: false })
export class LocalAuthorityEntity {
  @PrimaryColumn({ type: 'char', length: 7 })
  code: string;

  @Column({ name: 'name_th', type: 'varchar', length: 200 })
  nameTh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ type: 'varchar', length: 30 })
  type: LaoType;

  @Column({ name: 'province_code', type: 'char', length: 2 })
  provinceCode: string;

  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'FK_local_authority_province' })
  province: ProvinceEntity;

  @Column({ name: 'district_code', type: 'char', length: 4, nullable: true })
  districtCode: string | null;

  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'FK_local_authority_district' })
  district: DistrictEntity | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  website: string | null;

  @Column({ name: 'info_admins', type: 'jsonb', default: () => "'[]'" })
  infoAdmins: InfoAdminInput[];

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy: string | null;
}
