import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed logins per key (username, and client address), kept in the database so every API replica sees the same
 * count and the API itself stays stateless.
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'window_start', type: 'timestamptz', default: () => 'now()' })
  windowStart: Date;
}
