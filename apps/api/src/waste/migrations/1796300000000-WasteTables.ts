import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Waste's tables: disposal sites (shared between LAOs) and where each LAO's collected waste goes per year; and the
 * catalogue's `linked_code`, naming the source indicator an INFO indicator reads live (Waste is the first source).
 */
export class WasteTables1796300000000 implements MigrationInterface {
  name = 'WasteTables1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "waste_disposal_site" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "operator_lao_code" character(7) NOT NULL, "name_th" character varying(200) NOT NULL, "method" character varying(20) NOT NULL, "status" character varying(10) NOT NULL, "latitude" numeric(8,5) NOT NULL, "longitude" numeric(8,5) NOT NULL, "capacity_tonnes_per_day" numeric(10,2), "opened_year" smallint, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" character varying(64), CONSTRAINT "CHK_waste_disposal_site_longitude" CHECK (longitude BETWEEN 97.3 AND 105.7), CONSTRAINT "CHK_waste_disposal_site_latitude" CHECK (latitude BETWEEN 5.6 AND 20.5), CONSTRAINT "PK_d1886b256c1c6629503d3d7fc4a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_waste_disposal_site_operator" ON "waste_disposal_site" ("operator_lao_code") `);
    await queryRunner.query(`CREATE TABLE "waste_disposal_use" ("lao_code" character(7) NOT NULL, "fiscal_year" smallint NOT NULL, "site_id" uuid NOT NULL, "tonnes_per_day" numeric(10,2) NOT NULL, CONSTRAINT "CHK_waste_disposal_use_tonnes" CHECK (tonnes_per_day >= 0), CONSTRAINT "PK_dc52f145be86eb473ba26b56261" PRIMARY KEY ("lao_code", "fiscal_year", "site_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_waste_disposal_use_site" ON "waste_disposal_use" ("site_id", "fiscal_year") `);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" ADD "linked_code" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "waste_disposal_site" ADD CONSTRAINT "FK_3994002d14b67425109991e4e9b" FOREIGN KEY ("operator_lao_code") REFERENCES "local_authority"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "waste_disposal_use" ADD CONSTRAINT "FK_8c5faf545121d5dc5933aa32238" FOREIGN KEY ("lao_code") REFERENCES "local_authority"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "waste_disposal_use" ADD CONSTRAINT "FK_708828ee91992fe7cf07f7f19a1" FOREIGN KEY ("site_id") REFERENCES "waste_disposal_site"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "waste_disposal_use" DROP CONSTRAINT "FK_708828ee91992fe7cf07f7f19a1"`);
    await queryRunner.query(`ALTER TABLE "waste_disposal_use" DROP CONSTRAINT "FK_8c5faf545121d5dc5933aa32238"`);
    await queryRunner.query(`ALTER TABLE "waste_disposal_site" DROP CONSTRAINT "FK_3994002d14b67425109991e4e9b"`);
    await queryRunner.query(`ALTER TABLE "catalogue_indicator" DROP COLUMN "linked_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_waste_disposal_use_site"`);
    await queryRunner.query(`DROP TABLE "waste_disposal_use"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_waste_disposal_site_operator"`);
    await queryRunner.query(`DROP TABLE "waste_disposal_site"`);
  }
}
