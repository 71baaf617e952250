import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ModuleTables } from '../../platform/feature-module';

/**
 * The catalogue of the kit's sample module (a test module, registered only by tests): LEC-like child-development
 * centres. The LAO answers one section for itself; each centre, a record below the LAO's submission, two.
 */
const ROWS = [
  ['CD01', 'OVERVIEW', 1, 'งบประมาณอุดหนุนศูนย์พัฒนาเด็กเล็ก', 'Grant to child-development centres', 'บาท', 'DECIMAL'],
  ['CD11', 'CHILDREN', 1, 'เด็กชาย', 'Boys', 'คน', 'INTEGER'],
  ['CD12', 'CHILDREN', 2, 'เด็กหญิง', 'Girls', 'คน', 'INTEGER'],
  ['CD21', 'STAFF', 1, 'ครูพี่เลี้ยง', 'Caregivers', 'คน', 'INTEGER'],
] as const;

export class SampleCentresCatalogue1796200000000 implements MigrationInterface {
  name = 'SampleCentresCatalogue1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [code, section, position, labelTh, labelEn, unit, valueType] of ROWS) {
      await queryRunner.query(
        `INSERT INTO catalogue_indicator (module, code, section, position, label_th, label_en, unit, value_type, required, min_value, first_year)
         VALUES ('LEC', $1, $2, $3, $4, $5, $6, $7, true, 0, 2566)`,
        [code, section, position, labelTh, labelEn, unit, valueType],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM catalogue_indicator WHERE module = 'LEC' AND code = ANY($1::text[])`, [ROWS.map((r) => r[0])]);
  }
}

export const SAMPLE_CENTRES_TABLES: ModuleTables = { entities: [], migrations: [SampleCentresCatalogue1796200000000] };
