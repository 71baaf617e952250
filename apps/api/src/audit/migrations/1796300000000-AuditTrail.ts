import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail of api-contract.md ("Access"): who (actor, level, key name), what (action, module), where (LAO and
 * its province), about what (subject, every subject a read showed, their count) and why (purpose). Existing rows
 * move over (entity → subject_type, entity_key → subject_id, the old free-text actions onto the contract's, kept in
 * detail.legacyAction). Then the table becomes append-only in the database itself: a statement trigger refuses
 * UPDATE, DELETE and TRUNCATE for every role, the owner the API connects as included, and fires also under
 * session_replication_role = replica (ENABLE ALWAYS).
 */
export class AuditTrail1796300000000 implements MigrationInterface {
  name = 'AuditTrail1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "actor_level" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "api_key_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "module" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "lao_code" character(7)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "province_code" character(2)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "subject_type" character varying(60)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "subject_id" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "subject_ids" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "subject_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "purpose" text`);

    // Existing rows: the writes of accounts, API keys, contacts and create-admin, one subject each.
    await queryRunner.query(`
      UPDATE audit_log SET
        subject_type = CASE entity WHEN 'app_user' THEN 'USER' WHEN 'user' THEN 'USER' WHEN 'api_key' THEN 'API_KEY'
                                   WHEN 'local_authority' THEN 'LOCAL_AUTHORITY' ELSE upper(entity) END,
        subject_id = entity_key,
        subject_ids = ARRAY[entity_key]::text[],
        subject_count = 1,
        module = CASE WHEN entity IN ('app_user', 'user', 'api_key') THEN 'ACCOUNTS' WHEN entity = 'local_authority' THEN 'REGISTRY' END,
        lao_code = CASE WHEN entity = 'local_authority' AND entity_key ~ '^[0-9]{7}$' THEN entity_key END,
        action = CASE
          WHEN action IN ('CREATE_USER', 'create') THEN 'CREATE'
          WHEN action IN ('UPDATE_USER', 'UPDATE_CONTACTS') THEN 'UPDATE'
          WHEN action = 'CREATE_API_KEY' THEN 'KEY_CREATED'
          WHEN action = 'REVOKE_API_KEY' THEN 'KEY_REVOKED'
          WHEN action IN ('READ_PERSONAL', 'EXPORT_PERSONAL', 'REVEAL', 'CREATE', 'UPDATE', 'DELETE', 'TRANSITION',
                          'LOGIN_FAILED', 'KEY_CREATED', 'KEY_REVOKED', 'ACCESS_DENIED') THEN action
          ELSE 'UPDATE' END,
        detail = coalesce(detail, '{}'::jsonb) || jsonb_build_object('legacyAction', action)`);
    await queryRunner.query(`UPDATE audit_log a SET province_code = l.province_code FROM local_authority l WHERE l.code = a.lao_code`);
    await queryRunner.query(`UPDATE audit_log a SET actor_level = u.level FROM app_user u WHERE u.username = a.actor`);
    await queryRunner.query(`UPDATE audit_log a SET api_key_name = k.name FROM api_key k WHERE a.actor = 'apikey:' || k.key_prefix`);

    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_entity"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "entity"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "entity_key"`);

    await queryRunner.query(`CREATE INDEX "IDX_audit_log_at" ON "audit_log" ("at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_actor" ON "audit_log" ("actor", "at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_lao" ON "audit_log" ("lao_code", "at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_province" ON "audit_log" ("province_code", "at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_subject" ON "audit_log" ("subject_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_module_action" ON "audit_log" ("module", "action", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_subject_ids" ON "audit_log" USING gin ("subject_ids")`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD CONSTRAINT "CHK_audit_log_subject_count" CHECK ("subject_count" >= 0)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD CONSTRAINT "CHK_audit_log_actor_level" CHECK ("actor_level" IN ('DEPARTMENT', 'PROVINCE', 'LAO'))`);
    await queryRunner.query(
      `ALTER TABLE "audit_log" ADD CONSTRAINT "CHK_audit_log_action" CHECK ("action" IN ('READ_PERSONAL', 'EXPORT_PERSONAL', 'REVEAL', 'CREATE', 'UPDATE', 'DELETE', 'TRANSITION', 'LOGIN_FAILED', 'KEY_CREATED', 'KEY_REVOKED', 'ACCESS_DENIED'))`,
    );

    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege', HINT = 'Audit entries can be neither changed nor deleted.';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`,
    );
    await queryRunner.query(`ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_append_only`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "CHK_audit_log_action"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "CHK_audit_log_actor_level"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "CHK_audit_log_subject_count"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_subject_ids"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_module_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_province"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_lao"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_actor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_at"`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "entity" character varying(60)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "entity_key" character varying(100)`);
    await queryRunner.query(`
      UPDATE audit_log SET entity = lower(coalesce(subject_type, 'unknown')), entity_key = coalesce(subject_id, ''),
                           action = coalesce(detail->>'legacyAction', action)`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "entity" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "entity_key" SET NOT NULL`);
    for (const column of ['purpose', 'subject_count', 'subject_ids', 'subject_id', 'subject_type', 'province_code', 'lao_code', 'module', 'api_key_name', 'actor_level']) {
      await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "${column}"`);
    }
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_entity" ON "audit_log" ("entity", "entity_key", "at") `);
  }
}
