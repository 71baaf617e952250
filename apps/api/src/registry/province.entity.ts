import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { DistrictEntity } from './district.entity';

/** One of the 77 provinces (76 + Bangkok), keyed by its two-digit interior-ministry code. */
@Entity('province')
export class ProvinceEntity {
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  @Column({ name: 'name_th', type: 'varchar', length: 100 })
  nameTh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn: string;

  @OneToMany(() => DistrictEntity, (district) => district.province)
  districts: DistrictEntity[];
}
