import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A password an administrator reset is temporary: the account must change it before anything else
 * (accounts.service.ts resetPassword, auth.service.ts changePassword).
 */
export class UserMustChangePassword1797000000700 implements MigrationInterface {
  name = 'UserMustChangePassword1797000000700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "must_change_password"`);
  }
}
