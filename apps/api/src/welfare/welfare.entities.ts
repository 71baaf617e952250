import type { AllowanceType, BeneficiaryAddress, BeneficiaryStatus, EndReason, PaymentMethod, Sex } from '@lao/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../registry/local-authority.entity';

/** A person known to the registry, once nationally by national ID (identity only; each enrolment holds the rest). */
@Entity('welfare_person')
export class WelfarePersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_welfare_person_national_id', { unique: true })
  @Column({ name: 'national_id', type: 'char', length: 13 })
  nationalId: string;

  @Column({ type: 'varchar', length: 30 })
  title: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ type: 'varchar', length: 6 })
  sex: Sex;
}

/**
 * An enrolment: one person, one allowance type, one LAO. The partial unique index is the national rule — never two
 * live (ACTIVE or SUSPENDED) enrolments of one type for one person anywhere — so two LAOs racing cannot both win.
 */
@Entity('welfare_beneficiary')
@Index('UQ_welfare_beneficiary_live', ['personId', 'allowanceType'], { unique: true, where: `status <> 'ENDED'` })
@Index('IDX_welfare_beneficiary_lao', ['laoCode', 'allowanceType', 'status'])
@Check('CHK_welfare_beneficiary_ended', `(status = 'ENDED') = (ended_on IS NOT NULL)`)
export class WelfareBeneficiaryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => WelfarePersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: WelfarePersonEntity;

  @Column({ name: 'lao_code', type: 'char', length: 7 })
  laoCode: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lao_code' })
  lao?: LocalAuthorityEntity;

  @Column({ name: 'allowance_type', type: 'varchar', length: 10 })
  allowanceType: AllowanceType;

  @Column({ type: 'varchar', length: 10 })
  status: BeneficiaryStatus;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 12, nullable: true })
  endReason: EndReason | null;

  @Column({ name: 'payment_method', type: 'varchar', length: 15 })
  paymentMethod: PaymentMethod;

  @Column({ name: 'bank_account', type: 'varchar', length: 12, nullable: true })
  bankAccount: string | null;

  @Column({ type: 'jsonb' })
  address: BeneficiaryAddress;

  @Column({ type: 'varchar', length: 10, nullable: true })
  phone: string | null;

  @Column({ name: 'disability_card_no', type: 'varchar', length: 30, nullable: true })
  disabilityCardNo: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy: string | null;
}

/** A period an enrolment was not paid (ระงับการจ่าย): from `from` until `until` (open while suspended). */
@Entity('welfare_suspension')
@Index('IDX_welfare_suspension_beneficiary', ['beneficiaryId'])
export class WelfareSuspensionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId: string;

  @ManyToOne(() => WelfareBeneficiaryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'beneficiary_id' })
  beneficiary?: WelfareBeneficiaryEntity;

  @Column({ name: 'from_date', type: 'date' })
  from: string;

  @Column({ name: 'until_date', type: 'date', nullable: true })
  until: string | null;
}

/** The history of an enrolment: every change, who made it and when (changed field names, never their values). */
@Entity('welfare_event')
@Index('IDX_welfare_event_beneficiary', ['beneficiaryId', 'at'])
export class WelfareEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId: string;

  @ManyToOne(() => WelfareBeneficiaryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'beneficiary_id' })
  beneficiary?: WelfareBeneficiaryEntity;

  @Column({ type: 'varchar', length: 12 })
  kind: 'REGISTERED' | 'UPDATED' | 'SUSPENDED' | 'RESUMED' | 'ENDED';

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor', type: 'varchar', length: 64 })
  actor: string;
}

/** A certified year's frozen figures for one LAO: enrolments paid by type and monthly amount, and the year's total. */
@Entity('welfare_snapshot')
export class WelfareSnapshotEntity {
  @PrimaryColumn({ name: 'lao_code', type: 'char', length: 7 })
  laoCode: string;

  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear: number;

  @PrimaryColumn({ name: 'allowance_type', type: 'varchar', length: 10 })
  allowanceType: AllowanceType;

  @PrimaryColumn({ name: 'monthly_amount', type: 'integer' })
  monthlyAmount: number;

  @Column({ type: 'integer' })
  count: number;

  @Column({ name: 'yearly_amount', type: 'bigint' })
  yearlyAmount: string;

  @Column({ name: 'taken_at', type: 'timestamptz', default: () => 'now()' })
  takenAt: Date;
}
