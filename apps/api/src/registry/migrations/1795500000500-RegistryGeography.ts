import type { MigrationInterface, QueryRunner } from 'typeorm';
import { thaiGeography } from '../thai-geography';

/**
 * The real 77 provinces and their districts, from the `thai-address-universal` package (pinned; its interior-
 * ministry geocodes are the codes we keep, with the corrections in thai-geography.ts), and trigram indexes for searching LAO names in Thai and English.
 */
export class RegistryGeography1795500000500 implements MigrationInterface {
  name = 'RegistryGeography1795500000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const provinces = await thaiGeography();
    const districts = provinces.flatMap((p) => p.districts.map((d) => ({ ...d, provinceCode: p.code })));
    await queryRunner.query(
      `INSERT INTO province (code, name_th, name_en) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
      [provinces.map((p) => p.code), provinces.map((p) => p.nameTh), provinces.map((p) => p.nameEn)],
    );
    await queryRunner.query(
      `INSERT INTO district (code, province_code, name_th, name_en)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
      [
        districts.map((d) => d.code),
        districts.map((d) => d.provinceCode),
        districts.map((d) => d.nameTh),
        districts.map((d) => d.nameEn),
      ],
    );
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "IDX_local_authority_name_th_trgm" ON local_authority USING gin (name_th gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_local_authority_name_en_trgm" ON local_authority USING gin (lower(name_en) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_local_authority_name_en_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_local_authority_name_th_trgm"`);
    await queryRunner.query(`DELETE FROM district`);
    await queryRunner.query(`DELETE FROM province`);
  }
}
