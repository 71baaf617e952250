import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATE_ROLLUP_TABLE, ROLLUP_REFILL_SQL, ROLLUP_TRIGGERS, rollupTriggersSql } from '../waste-rollup.sql';

/**
 * The province rollup of Waste's maintained figures (waste-rollup.sql.ts), for the national summary: its table, its
 * triggers, and its rows from the figures already there. Writers of the figures and of submissions are held off
 * (SHARE locks) while it fills, so no write is counted twice or missed.
 */
export class WasteProvinceRollup1797100000050 implements MigrationInterface {
  name = 'WasteProvinceRollup1797100000050';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(CREATE_ROLLUP_TABLE);
    await queryRunner.query(`LOCK TABLE waste_lao_figures, submission IN SHARE MODE`);
    for (const sql of rollupTriggersSql()) await queryRunner.query(sql);
    for (const sql of ROLLUP_REFILL_SQL) await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table] of ROLLUP_TRIGGERS) {
      await queryRunner.query(`DROP TRIGGER ${name} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
    await queryRunner.query(`DROP TABLE waste_province_figure`);
  }
}
