import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The certification machine's tables, shared by every module that certifies: submissions, their history,
 * the department's yearly cycles and deadline extensions.
 */
export class CertificationTables1795816579156 implements MigrationInterface {
  name = 'CertificationTables1795816579156';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module" character varying(20) NOT NULL, "lao_code" character(7) NOT NULL, "fiscal_year" smallint NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "complete" boolean NOT NULL DEFAULT false, "recorded_count" integer NOT NULL DEFAULT '0', "lao_certified_at" TIMESTAMP WITH TIME ZONE, "province_certified_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" character varying(64), CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_submission_module_year_status" ON "submission" ("module", "fiscal_year", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_submission_module_lao_year" ON "submission" ("module", "lao_code", "fiscal_year") `);
    await queryRunner.query(`CREATE TABLE "submission_event" ("id" BIGSERIAL NOT NULL, "submission_id" uuid NOT NULL, "action" character varying(30) NOT NULL, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "actor" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "comment" text, CONSTRAINT "PK_b70003d9d5fc33271446a460fd8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_submission_event_submission" ON "submission_event" ("submission_id", "id") `);
    await queryRunner.query(`CREATE TABLE "certification_cycle" ("module" character varying(20) NOT NULL, "fiscal_year" smallint NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_by" character varying(64) NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94875d3120e2487c9d6afc987ff" PRIMARY KEY ("module", "fiscal_year"))`);
    await queryRunner.query(`CREATE TABLE "certification_extension" ("module" character varying(20) NOT NULL, "fiscal_year" smallint NOT NULL, "scope_code" character varying(7) NOT NULL, "until" TIMESTAMP WITH TIME ZONE NOT NULL, "granted_by" character varying(64) NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e266551060ff9220094b280b13" PRIMARY KEY ("module", "fiscal_year", "scope_code"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "certification_extension"`);
    await queryRunner.query(`DROP TABLE "certification_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_submission_event_submission"`);
    await queryRunner.query(`DROP TABLE "submission_event"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_submission_module_lao_year"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_submission_module_year_status"`);
    await queryRunner.query(`DROP TABLE "submission"`);
  }
}
