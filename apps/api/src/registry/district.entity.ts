import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProvinceEntity } from './province.entity';

/** A district (อำเภอ; เขต in Bangkok), keyed by its four-digit code whose first two digits are the province's. */
@Entity('district')
@Index('IDX_district_province', ['provinceCode'])
export class DistrictEntity {
  @PrimaryColumn({ type: 'char', length: 4 })
  code: string;

  @Column({ name: 'province_code', type: 'char', length: 2 })
  provinceCode: string;

  @ManyToOne(() => ProvinceEntity, (province) => province.districts, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'FK_district_province' })
  province: ProvinceEntity;

  @Column({ name: 'name_th', type: 'varchar', length: 100 })
  nameTh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn: string;
}
