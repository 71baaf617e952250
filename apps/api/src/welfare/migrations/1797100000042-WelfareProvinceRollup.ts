import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FIGURES_LOCK } from '../welfare-figures.maintenance';
import { CREATE_ROLLUP_TABLES, ROLLUP_REBUILDING_SETTING, ROLLUP_TRIGGERS, rollupRefillSql, rollupTriggersSql } from '../welfare-rollup.sql';

/**
 * The province rollup of the maintained figures (welfare-rollup.sql.ts), for the national summary: its tables, its
 * triggers, and its rows for the years already in the horizon, filled under FIGURES_LOCK (no write is counted twice
 * or missed while it fills).
 */
export class WelfareProvinceRollup1797100000042 implements MigrationInterface {
  name = 'WelfareProvinceRollup1797100000042';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of CREATE_ROLLUP_TABLES) await queryRunner.query(sql);
    await queryRunner.query(`SELECT pg_advisory_xact_lock(${FIGURES_LOCK})`);
    await queryRunner.query(`LOCK TABLE welfare_snapshot, submission IN SHARE MODE`);
    for (const sql of rollupTriggersSql()) await queryRunner.query(sql);
    const rows: { fiscal_year: number }[] = await queryRunner.query(`SELECT fiscal_year FROM welfare_figure_year`);
    for (const sql of rollupRefillSql('$1::int[]')) await queryRunner.query(sql, [rows.map((r) => r.fiscal_year)]);
    // An earlier rebuild in this transaction (the figures' own migration) left the triggers off: on again.
    await queryRunner.query(`SELECT set_config('${ROLLUP_REBUILDING_SETTING}', 'off', true)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table] of ROLLUP_TRIGGERS) {
      await queryRunner.query(`DROP TRIGGER ${name} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
    await queryRunner.query(`DROP TABLE welfare_province_snapshot`);
    await queryRunner.query(`DROP TABLE welfare_province_figure`);
  }
}
