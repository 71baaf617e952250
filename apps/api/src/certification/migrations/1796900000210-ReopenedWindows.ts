import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A return or reopen of a closed year records, in the submission's history, until when it re-opened the LAO's window. */
export class ReopenedWindows1796900000210 implements MigrationInterface {
  name = 'ReopenedWindows1796900000210';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submission_event" ADD "window_until" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submission_event" DROP COLUMN "window_until"`);
  }
}
