import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeyRightsAndUsage1796117242752 implements MigrationInterface {
  name = 'ApiKeyRightsAndUsage1796117242752';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "request_counter" ("caller" character varying(60) NOT NULL, "minute" TIMESTAMP WITH TIME ZONE NOT NULL, "requests" integer NOT NULL DEFAULT '0', "refusals" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_701bb87f5b2d294ea1fb0dbf010" PRIMARY KEY ("caller", "minute"))`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD "rights" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD "province_code" character varying(2)`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
    // Keys made before rights existed read what a key reads by default; the demo partner key (demo mode) reads every
    // module, as the contract says.
    await queryRunner.query(
      `UPDATE "api_key" SET rights = CASE WHEN key_prefix = 'demo-partner'
         THEN (SELECT jsonb_object_agg(m, '["VIEW"]'::jsonb) FROM unnest(ARRAY['REGISTRY','INFO','ESERVICE','ELE','LEC','LHR','WELFARE','WASTE']) AS m)
         ELSE '{"REGISTRY":["VIEW"],"INFO":["VIEW"],"ESERVICE":["VIEW"],"WASTE":["VIEW"]}'::jsonb END`,
    );
    // PERSONAL_DATA is new: existing accounts get it as new ones do (LAOs on the registry, Welfare and LHR; the
    // department on every module it views); provinces only when an administrator grants it.
    await queryRunner.query(
      `UPDATE "app_user" u SET rights = u.rights || (
         SELECT coalesce(jsonb_object_agg(r.key, r.value || '["PERSONAL_DATA"]'::jsonb), '{}'::jsonb)
           FROM jsonb_each(u.rights) AS r(key, value)
          WHERE r.value ? 'VIEW' AND NOT r.value ? 'PERSONAL_DATA'
            AND (u.level = 'DEPARTMENT' OR (u.level = 'LAO' AND r.key IN ('REGISTRY', 'WELFARE', 'LHR'))))
        WHERE u.level IN ('DEPARTMENT', 'LAO')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "expires_at"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "province_code"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "rights"`);
    await queryRunner.query(`DROP TABLE "request_counter"`);
  }
}
