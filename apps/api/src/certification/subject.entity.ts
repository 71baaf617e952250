import type { CertificationModule } from '@lao/domain';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A record below an LAO's submissions that a module keeps with its own key: a school or a child-development centre
 * (LEC), an election term (ELE), a person (LHR). Its yearly data is catalogue sections keyed by its id, and its
 * completeness counts towards the LAO's submission of the year.
 */
@Entity('submission_subject')
@Index('IDX_submission_subject_lao', ['module', 'laoCode', 'kind'])
export class SubmissionSubjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  module: CertificationModule;

  @Column({ name: 'lao_code', type: 'char', length: 7 })
  laoCode: string;

  /** The module's kind of record, e.g. CENTRE or SCHOOL. */
  @Column({ type: 'varchar', length: 30 })
  kind: string;

  @Column({ name: 'name_th', type: 'varchar', length: 300 })
  nameTh: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;
}

/** Recording on one subject granted to one user (a centre's head records only that centre). */
@Entity('subject_grant')
@Index('IDX_subject_grant_subject', ['subjectId'])
export class SubjectGrantEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'granted_by', type: 'varchar', length: 64 })
  grantedBy: string;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;
}
