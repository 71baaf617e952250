import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A side (ด้าน) of the survey, 1–6 (seed 002). */
@Entity('eservice_side')
export class EServiceSideEntity {
  @PrimaryColumn({ type: 'smallint' })
  side: number;

  @Column({ name: 'title_th', type: 'varchar', length: 300 })
  titleTh: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300 })
  titleEn: string;
}

/** A sub-group of a side (side 1: newborns/children/youth, elderly and disabled, other health, online complaints). */
@Entity('eservice_group')
export class EServiceGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'smallint' })
  side: number;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'title_th', type: 'varchar', length: 300 })
  titleTh: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300 })
  titleEn: string;
}

/**
 * A service item: preset by the department for fiscal years first_year..last_year (lao_code null), or added by one
 * LAO for one fiscal year (lao_code and fiscal_year set), which only that LAO sees and may delete.
 */
@Entity('eservice_item')
@Index('IDX_eservice_item_lao_year', ['laoCode', 'fiscalYear'])
@Index('UQ_eservice_item_code', ['code'], { unique: true })
export class EServiceItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable code of a preset item (S1_01 …); null for items an LAO added. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  code: string | null;

  @Column({ type: 'smallint' })
  side: number;

  @Column({ name: 'group_code', type: 'varchar', length: 40, nullable: true })
  groupCode: string | null;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'name_th', type: 'varchar', length: 300 })
  nameTh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ name: 'lao_code', type: 'char', length: 7, nullable: true })
  laoCode: string | null;

  @Column({ name: 'fiscal_year', type: 'smallint', nullable: true })
  fiscalYear: number | null;

  @Column({ name: 'first_year', type: 'smallint', nullable: true })
  firstYear: number | null;

  @Column({ name: 'last_year', type: 'smallint', nullable: true })
  lastYear: number | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** One LAO's answer for one item in one fiscal year. */
@Entity('eservice_answer')
@Index('IDX_eservice_answer_year_item', ['fiscalYear', 'itemId'])
export class EServiceAnswerEntity {
  @PrimaryColumn({ name: 'lao_code', type: 'char', length: 7 })
  laoCode: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ type: 'boolean' })
  offered: boolean;

  @Column({ type: 'boolean', nullable: true })
  needed: boolean | null;

  @Column({ type: 'smallint', array: true, nullable: true })
  steps: number[] | null;

  @Column({ type: 'varchar', length: 20, array: true, nullable: true })
  channels: string[] | null;

  @Column({ name: 'other_channels', type: 'varchar', length: 300, nullable: true })
  otherChannels: string | null;

  @Column({ type: 'integer', nullable: true })
  users: number | null;
}

/** When a side was last saved ("บันทึกและไปด้านถัดไป"): a side counts as complete only once saved. */
@Entity('eservice_side_save')
export class EServiceSideSaveEntity {
  @PrimaryColumn({ name: 'lao_code', type: 'char', length: 7 })
  laoCode: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @PrimaryColumn({ type: 'smallint' })
  side: number;

  @Column({ name: 'saved_at', type: 'timestamptz', default: () => 'now()' })
  savedAt: Date;

  @Column({ name: 'saved_by', type: 'varchar', length: 64, nullable: true })
  savedBy: string | null;
}
