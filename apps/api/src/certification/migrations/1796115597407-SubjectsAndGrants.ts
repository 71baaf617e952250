import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SubjectsAndGrants1796115597407 implements MigrationInterface {
  name = 'SubjectsAndGrants1796115597407';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "submission_subject" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module" character varying(20) NOT NULL, "lao_code" character(7) NOT NULL, "kind" character varying(30) NOT NULL, "name_th" character varying(300) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" character varying(64) NOT NULL, CONSTRAINT "PK_3372bbe367aa582df80b750e55c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_submission_subject_lao" ON "submission_subject" ("module", "lao_code", "kind") `);
    await queryRunner.query(`CREATE TABLE "subject_grant" ("user_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "granted_by" character varying(64) NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3ffc50d0dfd998a26b4cad22d1d" PRIMARY KEY ("user_id", "subject_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_subject_grant_subject" ON "subject_grant" ("subject_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_subject_grant_subject"`);
    await queryRunner.query(`DROP TABLE "subject_grant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_submission_subject_lao"`);
    await queryRunner.query(`DROP TABLE "submission_subject"`);
  }
}
