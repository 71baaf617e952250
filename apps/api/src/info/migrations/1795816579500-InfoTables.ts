import type { MigrationInterface, QueryRunner } from 'typeorm';

/** INFO's catalogue, its sections (values per LAO, year and domain) and the figures linked from other modules. */
export class InfoTables1795816579500 implements MigrationInterface {
  name = 'InfoTables1795816579500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "info_indicator" ("code" character varying(8) NOT NULL, "domain" character varying(40) NOT NULL, "position" smallint NOT NULL, "label_th" character varying(300) NOT NULL, "label_en" character varying(300) NOT NULL, "unit" character varying(40), "unit_en" character varying(40), "value_type" character varying(20) NOT NULL, "required" boolean NOT NULL, "linked_from" character varying(20), "options" jsonb, "min_value" numeric, "max_value" numeric, "decimals" smallint, "max_length" integer, "hint_th" character varying(300), "hint_en" character varying(300), "first_year" smallint NOT NULL, "last_year" smallint, CONSTRAINT "PK_5709712af75c43565e1cb8f0c3b" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_info_indicator_domain" ON "info_indicator" ("domain", "position") `);
    await queryRunner.query(`CREATE TABLE "info_section" ("lao_code" character(7) NOT NULL, "fiscal_year" smallint NOT NULL, "domain" character varying(40) NOT NULL, "values" jsonb NOT NULL DEFAULT '{}', "complete" boolean NOT NULL DEFAULT false, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "saved_by" character varying(64), CONSTRAINT "PK_96c23ddb6ebb823f66ff3d395e3" PRIMARY KEY ("lao_code", "fiscal_year", "domain"))`);
    await queryRunner.query(`CREATE INDEX "IDX_info_section_year_domain" ON "info_section" ("fiscal_year", "domain") `);
    await queryRunner.query(`CREATE TABLE "info_linked_value" ("lao_code" character(7) NOT NULL, "fiscal_year" smallint NOT NULL, "indicator_code" character varying(8) NOT NULL, "value" jsonb NOT NULL, "source_module" character varying(20) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d94cdc9f4dfac5c5356cf8159ce" PRIMARY KEY ("lao_code", "fiscal_year", "indicator_code"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "info_linked_value"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_info_section_year_domain"`);
    await queryRunner.query(`DROP TABLE "info_section"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_info_indicator_domain"`);
    await queryRunner.query(`DROP TABLE "info_indicator"`);
  }
}
