import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Login checks per key, kept in the database so every API replica sees the same count and the API stays stateless:
 * `p:` a (username, address) pair, `u:` a username from every address, `a:` the distinct usernames an address
 * failed on (login-throttle.service.ts says what each bounds).
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'window_start', type: 'timestamptz', default: () => 'now()' })
  windowStart: Date;

  /** A pair waits until then before its next check (growing with each failure). */
  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;

  /** Rows untouched for a day are forgotten (and swept by this index). */
  @Index('IDX_login_throttle_last_attempt')
  @Column({ name: 'last_attempt_at', type: 'timestamptz', default: () => 'now()' })
  lastAttemptAt: Date;
}
