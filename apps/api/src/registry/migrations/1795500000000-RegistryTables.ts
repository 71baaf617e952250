import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registry: provinces, districts and LAOs. */
export class RegistryTables1795500000000 implements MigrationInterface {
  name = 'RegistryTables1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "province" ("code" character(2) NOT NULL, "name_th" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, CONSTRAINT "PK_3288dfa18d390ed33b359fc0418" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "district" ("code" character(4) NOT NULL, "province_code" character(2) NOT NULL, "name_th" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, CONSTRAINT "PK_fbfe5cb0d22c2be8c9a9fff5b6b" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_district_province" ON "district" ("province_code") `);
    await queryRunner.query(`CREATE TABLE "local_authority" ("code" character(7) NOT NULL, "name_th" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "type" character varying(30) NOT NULL, "province_code" character(2) NOT NULL, "district_code" character(4), "website" character varying(255), "info_admins" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" character varying(64), CONSTRAINT "PK_1abb350095cd5179bc3b67b13d7" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_local_authority_type" ON "local_authority" ("type", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_local_authority_district" ON "local_authority" ("district_code", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_local_authority_province" ON "local_authority" ("province_code", "code") `);
    await queryRunner.query(`ALTER TABLE "district" ADD CONSTRAINT "FK_district_province" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "local_authority" ADD CONSTRAINT "FK_local_authority_province" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "local_authority" ADD CONSTRAINT "FK_local_authority_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "local_authority" DROP CONSTRAINT "FK_local_authority_district"`);
    await queryRunner.query(`ALTER TABLE "local_authority" DROP CONSTRAINT "FK_local_authority_province"`);
    await queryRunner.query(`ALTER TABLE "district" DROP CONSTRAINT "FK_district_province"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_local_authority_province"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_local_authority_district"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_local_authority_type"`);
    await queryRunner.query(`DROP TABLE "local_authority"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_district_province"`);
    await queryRunner.query(`DROP TABLE "district"`);
    await queryRunner.query(`DROP TABLE "province"`);
  }
}
