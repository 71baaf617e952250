import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ESERVICE_CATALOGUE_V1 } from './eservice-catalogue-v1.data';

/** The survey's sides, groups and preset items from fiscal year 2566 (seed 002). Later changes are new migrations. */
export class EServiceCatalogueV11795817465500 implements MigrationInterface {
  name = 'EServiceCatalogueV11795817465500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const sides = ESERVICE_CATALOGUE_V1.map(({ side, titleTh, titleEn }) => ({ side, titleTh, titleEn }));
    const groups = ESERVICE_CATALOGUE_V1.flatMap((s) => s.groups.map((g, i) => ({ code: g.code, side: s.side, position: i + 1, titleTh: g.titleTh, titleEn: g.titleEn })));
    const items = ESERVICE_CATALOGUE_V1.flatMap((s) => [
      ...s.groups.flatMap((g) => g.items.map((item) => ({ ...item, side: s.side, groupCode: g.code }))),
      ...s.items.map((item) => ({ ...item, side: s.side, groupCode: null })),
    ]).map((item, i) => ({ ...item, position: i + 1 }));
    await queryRunner.query(
      `INSERT INTO eservice_side (side, title_th, title_en) SELECT side, "titleTh", "titleEn" FROM jsonb_to_recordset($1::jsonb) AS x(side smallint, "titleTh" varchar, "titleEn" varchar)`,
      [JSON.stringify(sides)],
    );
    await queryRunner.query(
      `INSERT INTO eservice_group (code, side, position, title_th, title_en)
       SELECT code, side, position, "titleTh", "titleEn" FROM jsonb_to_recordset($1::jsonb) AS x(code varchar, side smallint, position smallint, "titleTh" varchar, "titleEn" varchar)`,
      [JSON.stringify(groups)],
    );
    await queryRunner.query(
      `INSERT INTO eservice_item (code, side, group_code, position, name_th, name_en, first_year, created_by)
       SELECT code, side, "groupCode", position, "nameTh", "nameEn", 2566, 'catalogue'
         FROM jsonb_to_recordset($1::jsonb) AS x(code varchar, side smallint, "groupCode" varchar, position integer, "nameTh" varchar, "nameEn" varchar)`,
      [JSON.stringify(items)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM eservice_item WHERE lao_code IS NULL`);
    await queryRunner.query(`DELETE FROM eservice_group`);
    await queryRunner.query(`DELETE FROM eservice_side`);
  }
}
