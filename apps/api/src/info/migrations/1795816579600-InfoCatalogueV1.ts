import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INFO_CATALOGUE_V1 } from './info-catalogue-v1.data';

/**
 * The first INFO catalogue (fiscal years 2566 on): the data of info-catalogue-v1.data.ts. Later changes to the
 * catalogue are new migrations (add an indicator, set last_year to retire one), never edits of this one. (The table
 * became catalogue_indicator later, migration SharedCatalogue; the data's `section` is INFO's domain.)
 */
export class InfoCatalogueV11795816579600 implements MigrationInterface {
  name = 'InfoCatalogueV11795816579600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO info_indicator (code, domain, position, label_th, label_en, unit, unit_en, value_type, required, linked_from,
                                   options, min_value, max_value, decimals, max_length, hint_th, hint_en, first_year, last_year)
       SELECT code, section, position, "labelTh", "labelEn", unit, "unitEn", "valueType", required, "linkedFrom",
              options, min, max, decimals, "maxLength", "hintTh", "hintEn", "firstYear", "lastYear"
         FROM jsonb_to_recordset($1::jsonb) AS x(code varchar, section varchar, position smallint, "labelTh" varchar, "labelEn" varchar,
              unit varchar, "unitEn" varchar, "valueType" varchar, required boolean, "linkedFrom" varchar, options jsonb, min numeric,
              max numeric, decimals smallint, "maxLength" integer, "hintTh" varchar, "hintEn" varchar, "firstYear" smallint, "lastYear" smallint)`,
      [JSON.stringify(INFO_CATALOGUE_V1)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM info_indicator WHERE code = ANY($1::text[])`, [INFO_CATALOGUE_V1.map((i) => i.code)]);
  }
}
