import { AUDIT_ACTIONS, type AuditAction, type PlatformModule, type UserLevel } from '@lao/domain';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Append-only trail of changes, certification steps, personal-data access, failed logins and refusals: who did what
 * to which record, when (api-contract.md, "Access"). The database refuses UPDATE, DELETE and TRUNCATE of it for
 * every role (trigger `audit_log_append_only`, see migrations). Every filter of `auditTrail` has an index ending in
 * (at, id), the page order; `province_code` is the LAO's province (or the province an entry concerns), so a
 * province reads its LAOs' entries with one indexed condition.
 */
@Entity('audit_log')
@Index('IDX_audit_log_at', ['at', 'id'])
@Index('IDX_audit_log_actor', ['actor', 'at', 'id'])
@Index('IDX_audit_log_lao', ['laoCode', 'at', 'id'])
@Index('IDX_audit_log_province', ['provinceCode', 'at', 'id'])
@Index('IDX_audit_log_subject', ['subjectId', 'at'])
@Index('IDX_audit_log_module_action', ['module', 'action', 'at'])
/** GIN over subject_ids (every subject a read showed): created by the migration, which TypeORM cannot declare. */
@Index('IDX_audit_log_subject_ids', { synchronize: false })
@Check('CHK_audit_log_action', `"action" IN (${quoted(AUDIT_ACTIONS)})`)
@Check('CHK_audit_log_actor_level', `"actor_level" IN ('DEPARTMENT', 'PROVINCE', 'LAO')`)
@Check('CHK_audit_log_subject_count', `"subject_count" >= 0`)
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** username, `apikey:<prefix>`, or for a failed login the username tried (lower case, at most 64 characters). */
  @Column({ type: 'varchar', length: 100 })
  actor: string;

  /** The user's level; null for API keys, anonymous callers and failed logins. */
  @Column({ name: 'actor_level', type: 'varchar', length: 20, nullable: true })
  actorLevel: UserLevel | null;

  @Column({ name: 'api_key_name', type: 'varchar', length: 200, nullable: true })
  apiKeyName: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 20, nullable: true })
  module: PlatformModule | null;

  @Column({ name: 'lao_code', type: 'char', length: 7, nullable: true })
  laoCode: string | null;

  @Column({ name: 'province_code', type: 'char', length: 2, nullable: true })
  provinceCode: string | null;

  /** What the entry is about: SUBMISSION, CYCLE, SUBJECT_GRANT, LOCAL_AUTHORITY, USER, API_KEY, AUDIT_TRAIL, … */
  @Column({ name: 'subject_type', type: 'varchar', length: 60, nullable: true })
  subjectType: string | null;

  @Column({ name: 'subject_id', type: 'varchar', length: 100, nullable: true })
  subjectId: string | null;

  /** Every subject the entry concerns (a read: each record it showed; a certify-all: each submission moved). */
  @Column({ name: 'subject_ids', type: 'text', array: true, default: () => `'{}'` })
  subjectIds: string[];

  @Column({ name: 'subject_count', type: 'int', default: 0 })
  subjectCount: number;

  /** Why: the certification action and its reason, a reveal's stated purpose. */
  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  /** Before and after of a change and other particulars; never sent to clients (it may hold personal data). */
  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;
}
