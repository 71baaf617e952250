import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only trail of changes and of personal-data access: who did what to which record, when. */
@Entity('audit_log')
@Index('IDX_audit_log_entity', ['entity', 'entityKey', 'at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** username, or `apikey:<prefix>`. */
  @Column({ type: 'varchar', length: 100 })
  actor: string;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entity: string;

  @Column({ name: 'entity_key', type: 'varchar', length: 100 })
  entityKey: string;

  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;
}
