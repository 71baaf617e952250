import type { MigrationInterface, QueryRunner } from 'typeorm';
import { WASTE_CATALOGUE_V1 } from './waste-catalogue-v1.data';

/**
 * Waste's first catalogue (fiscal years 2566 on), and INFO's linked waste indicators read live from it: PH05
 * (generated) and PH06 (collected) name WC05 and WC06, so the copies the demo used to fill in info_linked_value go.
 */
export class WasteCatalogueV11796300000100 implements MigrationInterface {
  name = 'WasteCatalogueV11796300000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO catalogue_indicator (module, code, section, position, label_th, label_en, unit, unit_en, value_type, required,
                                        min_value, max_value, decimals, hint_th, hint_en, first_year)
       SELECT 'WASTE', code, section, position, "labelTh", "labelEn", unit, "unitEn", "valueType", required, min, max, decimals, "hintTh", "hintEn", 2566
         FROM jsonb_to_recordset($1::jsonb) AS x(code varchar, section varchar, position smallint, "labelTh" varchar, "labelEn" varchar,
              unit varchar, "unitEn" varchar, "valueType" varchar, required boolean, min numeric, max numeric, decimals smallint,
              "hintTh" varchar, "hintEn" varchar)`,
      [JSON.stringify(WASTE_CATALOGUE_V1)],
    );
    await queryRunner.query(`UPDATE catalogue_indicator SET linked_code = CASE code WHEN 'PH05' THEN 'WC05' ELSE 'WC06' END
                              WHERE module = 'INFO' AND code IN ('PH05', 'PH06') AND linked_from = 'WASTE'`);
    await queryRunner.query(`DELETE FROM info_linked_value WHERE source_module = 'WASTE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE catalogue_indicator SET linked_code = NULL WHERE module = 'INFO' AND code IN ('PH05', 'PH06')`);
    await queryRunner.query(`DELETE FROM catalogue_indicator WHERE module = 'WASTE'`);
  }
}
