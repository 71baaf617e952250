import type { Rights, UserLevel } from '@lao/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person's account: a level, a scope (province or LAO code; none for the department) and per-module rights. */
@Entity('app_user')
@Index('UQ_app_user_username', ['username'], { unique: true })
@Index('IDX_app_user_scope', ['level', 'scopeCode'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  /** argon2id hash (PHC string). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20 })
  level: UserLevel;

  @Column({ name: 'scope_code', type: 'varchar', length: 7, nullable: true })
  scopeCode: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  rights: Rights;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Bumped when the password changes or the account is disabled, so tokens issued before stop working. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  /** Set when an administrator resets the password: the account must choose its own before anything else. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
