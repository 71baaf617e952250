import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * INFO's indicator engine becomes every module's: info_indicator → catalogue_indicator (rows per module and
 * section), info_section → catalogue_section (sections per module, LAO, year and subject). INFO's rows keep their
 * values; its domain is the section.
 */
export class SharedCatalogue1796100000000 implements MigrationInterface {
  name = 'SharedCatalogue1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "info_indicator" RENAME TO "catalogue_indicator"`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" ADD "module" character varying(20) NOT NULL DEFAULT 'INFO'`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" ALTER COLUMN "module" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" RENAME COLUMN "domain" TO "section"`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" DROP CONSTRAINT "PK_5709712af75c43565e1cb8f0c3b"`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" ADD CONSTRAINT "PK_cac227ba3fe7e0a9492baf428ab" PRIMARY KEY ("module", "code")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_info_indicator_domain"`);
    await queryRunner.query(`CREATE INDEX "IDX_catalogue_indicator_section" ON "catalogue_indicator" ("module", "section", "position") `);

    await queryRunner.query(`ALTER TABLE "info_section" RENAME TO "catalogue_section"`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" ADD "module" character varying(20) NOT NULL DEFAULT 'INFO'`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" ALTER COLUMN "module" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" ADD "subject_key" character varying(40) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" RENAME COLUMN "domain" TO "section"`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" DROP CONSTRAINT "PK_96c23ddb6ebb823f66ff3d395e3"`);
    await queryRunner.query(
      `ALTER TABLE "catalogue_section" ADD CONSTRAINT "PK_188c2f4b908895f733d5314f01e" PRIMARY KEY ("module", "lao_code", "fiscal_year", "subject_key", "section")`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_info_section_year_domain"`);
    await queryRunner.query(`CREATE INDEX "IDX_catalogue_section_year" ON "catalogue_section" ("module", "fiscal_year", "section") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_catalogue_section_year"`);
    await queryRunner.query(`DELETE FROM "catalogue_section" WHERE "module" <> 'INFO' OR "subject_key" <> ''`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" DROP CONSTRAINT "PK_188c2f4b908895f733d5314f01e"`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" RENAME COLUMN "section" TO "domain"`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" DROP COLUMN "subject_key"`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" DROP COLUMN "module"`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" ADD CONSTRAINT "PK_96c23ddb6ebb823f66ff3d395e3" PRIMARY KEY ("lao_code", "fiscal_year", "domain")`);
    await queryRunner.query(`ALTER TABLE "catalogue_section" RENAME TO "info_section"`);
    await queryRunner.query(`CREATE INDEX "IDX_info_section_year_domain" ON "info_section" ("fiscal_year", "domain") `);

    await queryRunner.query(`DROP INDEX "public"."IDX_catalogue_indicator_section"`);
    await queryRunner.query(`DELETE FROM "catalogue_indicator" WHERE "module" <> 'INFO'`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" DROP CONSTRAINT "PK_cac227ba3fe7e0a9492baf428ab"`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" RENAME COLUMN "section" TO "domain"`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" DROP COLUMN "module"`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" ADD CONSTRAINT "PK_5709712af75c43565e1cb8f0c3b" PRIMARY KEY ("code")`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" RENAME TO "info_indicator"`);
    await queryRunner.query(`CREATE INDEX "IDX_info_indicator_domain" ON "info_indicator" ("domain", "position") `);
  }
}
