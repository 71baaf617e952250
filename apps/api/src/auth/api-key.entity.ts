import type { Rights } from '@lao/domain';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A partner agency's read-only key. Only a SHA-256 of the key is stored: keys are 32 random bytes, so a fast hash
 * is as safe as a slow one and keeps each request cheap. The prefix lets an administrator tell keys apart.
 */
@Entity('api_key')
@Index('UQ_api_key_hash', ['keyHash'], { unique: true })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'key_prefix', type: 'varchar', length: 16 })
  keyPrefix: string;

  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  /** VIEW per module it may read (a key never holds another right). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  rights: Rights;

  /** The one province it reads, or null for the nation. */
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}

/**
 * Requests per caller (a user or an API key) per minute, and how many were refused: the rate limit's budget,
 * shared by every API replica, and each key's usage shown to the department (summed per day).
 */
@Entity('request_counter')
export class RequestCounterEntity {
  /** `user:<id>` or `key:<id>`. */
  @PrimaryColumn({ type: 'varchar', length: 60 })
  caller: string;

  @PrimaryColumn({ type: 'timestamptz' })
  minute: Date;

  @Column({ type: 'integer', default: 0 })
  requests: number;

  @Column({ type: 'integer', default: 0 })
  refusals: number;
}
