import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit log. */
export class AuditLogTable1795500002000 implements MigrationInterface {
  name = 'AuditLogTable1795500002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" character varying(100) NOT NULL, "action" character varying(60) NOT NULL, "entity" character varying(60) NOT NULL, "entity_key" character varying(100) NOT NULL, "detail" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_entity" ON "audit_log" ("entity", "entity_key", "at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_entity"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
