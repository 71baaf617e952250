import type { CertificationModule, CertificationStatus } from '@lao/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One LAO's submission for one module and fiscal year: the unit that is certified (domain.md §3). Every module that
 * certifies keeps its data elsewhere and its certification here, so the machine, the history and the province's
 * certify-all are written once. `complete` and `recordedCount` are kept by the module when it saves, under the
 * row lock, so lists and LPA scores never recompute completeness.
 */
@Entity('submission')
@Index('UQ_submission_module_lao_year', ['module', 'laoCode', 'fiscalYear'], { unique: true })
@Index('IDX_submission_module_year_status', ['module', 'fiscalYear', 'status'])
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  module: CertificationModule;

  @Column({ name: 'lao_code', type: 'char', length: 7 })
  laoCode: string;

  @Column({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status: CertificationStatus;

  @Column({ type: 'boolean', default: false })
  complete: boolean;

  @Column({ name: 'recorded_count', type: 'integer', default: 0 })
  recordedCount: number;

  @Column({ name: 'lao_certified_at', type: 'timestamptz', nullable: true })
  laoCertifiedAt: Date | null;

  @Column({ name: 'province_certified_at', type: 'timestamptz', nullable: true })
  provinceCertifiedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy: string | null;
}

/** Every transition, kept forever: who, when, from, to, and the comment (a return's reason). */
@Entity('submission_event')
@Index('IDX_submission_event_submission', ['submissionId', 'id'])
export class SubmissionEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @Column({ type: 'varchar', length: 30 })
  action: string;

  @Column({ name: 'from_status', type: 'varchar', length: 20 })
  fromStatus: CertificationStatus;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus: CertificationStatus;

  @Column({ type: 'varchar', length: 64 })
  actor: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** A return or reopen of a closed year re-opened the LAO's window until then (an extension of its own). */
  @Column({ name: 'window_until', type: 'timestamptz', nullable: true })
  windowUntil: Date | null;
}

/** The department's yearly cycle for a module: its entry windows and extensions hang from it. */
@Entity('certification_cycle')
export class CertificationCycleEntity {
  @Column({ type: 'varchar', length: 20, primary: true })
  module: CertificationModule;

  @Column({ name: 'fiscal_year', type: 'smallint', primary: true })
  fiscalYear: number;

  @Column({ name: 'opened_by', type: 'varchar', length: 64 })
  openedBy: string;

  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt: Date;
}

/** One entry window of a cycle: LAOs record and certify from opens_at to closes_at (LEC has two a year). */
@Entity('certification_window')
export class CertificationWindowEntity {
  @Column({ type: 'varchar', length: 20, primary: true })
  module: CertificationModule;

  @Column({ name: 'fiscal_year', type: 'smallint', primary: true })
  fiscalYear: number;

  @Column({ name: 'opens_at', type: 'timestamptz', primary: true })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;
}

/** A later deadline for one province (2-digit scope) or one LAO (7-digit scope). */
@Entity('certification_extension')
export class CertificationExtensionEntity {
  @Column({ type: 'varchar', length: 20, primary: true })
  module: CertificationModule;

  @Column({ name: 'fiscal_year', type: 'smallint', primary: true })
  fiscalYear: number;

  @Column({ name: 'scope_code', type: 'varchar', length: 7, primary: true })
  scopeCode: string;

  @Column({ type: 'timestamptz' })
  until: Date;

  @Column({ name: 'granted_by', type: 'varchar', length: 64 })
  grantedBy: string;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;
}
