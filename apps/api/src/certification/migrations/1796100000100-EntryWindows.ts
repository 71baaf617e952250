import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cycle holds entry windows (opening and closing) instead of one deadline: each existing cycle becomes one
 * window from its opening (or the start of its fiscal year, if it was opened after its deadline) to its deadline.
 */
export class EntryWindows1796100000100 implements MigrationInterface {
  name = 'EntryWindows1796100000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certification_window" ("module" character varying(20) NOT NULL, "fiscal_year" smallint NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_742ac2464912f22c3a14efbf18c" PRIMARY KEY ("module", "fiscal_year", "opens_at"))`,
    );
    await queryRunner.query(
      `INSERT INTO "certification_window" ("module", "fiscal_year", "opens_at", "closes_at")
       SELECT module, fiscal_year,
              CASE WHEN opened_at < deadline THEN opened_at
                   ELSE make_timestamptz(fiscal_year - 544, 10, 1, 0, 0, 0, 'Asia/Bangkok') END,
              deadline
         FROM "certification_cycle"`,
    );
    await queryRunner.query(`ALTER TABLE "certification_cycle" DROP COLUMN "deadline"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certification_cycle" ADD "deadline" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "certification_cycle" c SET deadline = (SELECT max(closes_at) FROM "certification_window" w WHERE w.module = c.module AND w.fiscal_year = c.fiscal_year)`,
    );
    await queryRunner.query(`DELETE FROM "certification_cycle" WHERE deadline IS NULL`);
    await queryRunner.query(`ALTER TABLE "certification_cycle" ALTER COLUMN "deadline" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "certification_window"`);
  }
}
