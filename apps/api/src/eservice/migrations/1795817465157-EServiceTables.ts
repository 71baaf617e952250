import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The e-Service survey: sides, groups, preset and added items, answers, and which sides were saved. */
export class EServiceTables1795817465157 implements MigrationInterface {
  name = 'EServiceTables1795817465157';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "eservice_side" ("side" smallint NOT NULL, "title_th" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, CONSTRAINT "PK_4f70c439b386ab873f1768e6037" PRIMARY KEY ("side"))`);
    await queryRunner.query(`CREATE TABLE "eservice_group" ("code" character varying(40) NOT NULL, "side" smallint NOT NULL, "position" smallint NOT NULL, "title_th" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, CONSTRAINT "PK_467c32dcfc2927acac1efca1095" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "eservice_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(10), "side" smallint NOT NULL, "group_code" character varying(40), "position" integer NOT NULL, "name_th" character varying(300) NOT NULL, "name_en" character varying(300), "lao_code" character(7), "fiscal_year" smallint, "first_year" smallint, "last_year" smallint, "created_by" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b69c7200ef9932e8a8f8560faf5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_eservice_item_code" ON "eservice_item" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_eservice_item_lao_year" ON "eservice_item" ("lao_code", "fiscal_year") `);
    await queryRunner.query(`CREATE TABLE "eservice_answer" ("lao_code" character(7) NOT NULL, "fiscal_year" smallint NOT NULL, "item_id" uuid NOT NULL, "offered" boolean NOT NULL, "needed" boolean, "steps" smallint array, "channels" character varying(20) array, "other_channels" character varying(300), "users" integer, CONSTRAINT "PK_4f4b2b9f8f47ee3f50180f0e377" PRIMARY KEY ("lao_code", "fiscal_year", "item_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_eservice_answer_year_item" ON "eservice_answer" ("fiscal_year", "item_id") `);
    await queryRunner.query(`CREATE TABLE "eservice_side_save" ("lao_code" character(7) NOT NULL, "fiscal_year" smallint NOT NULL, "side" smallint NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "saved_by" character varying(64), CONSTRAINT "PK_56e924d466dacb1703a7ff2a878" PRIMARY KEY ("lao_code", "fiscal_year", "side"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "eservice_side_save"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eservice_answer_year_item"`);
    await queryRunner.query(`DROP TABLE "eservice_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eservice_item_lao_year"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_eservice_item_code"`);
    await queryRunner.query(`DROP TABLE "eservice_item"`);
    await queryRunner.query(`DROP TABLE "eservice_group"`);
    await queryRunner.query(`DROP TABLE "eservice_side"`);
  }
}
