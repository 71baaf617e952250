import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling by (username, address) pair with growing waits (login-throttle.service.ts). The old rows counted
 * per username and per address under other keys and meant a fixed lock: they are transient counts, dropped.
 */
export class LoginThrottlePairs1796900000200 implements MigrationInterface {
  name = 'LoginThrottlePairs1796900000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "login_throttle"`);
    await queryRunner.query(`ALTER TABLE "login_throttle" ADD "blocked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "login_throttle" ADD "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`CREATE INDEX "IDX_login_throttle_last_attempt" ON "login_throttle" ("last_attempt_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_login_throttle_last_attempt"`);
    await queryRunner.query(`ALTER TABLE "login_throttle" DROP COLUMN "last_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "login_throttle" DROP COLUMN "blocked_until"`);
    await queryRunner.query(`DELETE FROM "login_throttle"`);
  }
}
