import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, partner API keys and the login throttle. */
export class AccountsTables1795500001000 implements MigrationInterface {
  name = 'AccountsTables1795500001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "key_prefix" character varying(16) NOT NULL, "key_hash" character(64) NOT NULL, "created_by" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_key_hash" ON "api_key" ("key_hash") `);
    await queryRunner.query(`CREATE TABLE "login_throttle" ("key" character varying(200) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_start" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" character varying(255) NOT NULL, "level" character varying(20) NOT NULL, "scope_code" character varying(7), "rights" jsonb NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "token_version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_app_user_scope" ON "app_user" ("level", "scope_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_username" ON "app_user" ("username") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_app_user_username"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_app_user_scope"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_api_key_hash"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
