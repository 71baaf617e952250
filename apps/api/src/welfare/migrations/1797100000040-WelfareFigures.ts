import { fiscalYearOf } from '@lao/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { figureTriggersSql, FIGURES_LOCK, rebuildYearsSql } from '../welfare-figures.maintenance';

/**
 * Maintained figures for the national and provincial summaries (welfare-figures.maintenance.ts): per LAO, fiscal
 * year, month, type and amount how many enrolments are paid; per LAO, year and type what the year costs; the horizon
 * of maintained years; the triggers that keep them exact. Filled here for the open year and its neighbours.
 */
export class WelfareFigures1797100000040 implements MigrationInterface {
  name = 'WelfareFigures1797100000040';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE welfare_figure_year (fiscal_year smallint PRIMARY KEY, built_at timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE welfare_month_figure (
        fiscal_year smallint NOT NULL, fiscal_month smallint NOT NULL, lao_code character(7) NOT NULL, allowance_type character varying(10) NOT NULL,
        monthly_amount integer NOT NULL, count integer NOT NULL,
        CONSTRAINT "PK_welfare_month_figure" PRIMARY KEY (fiscal_year, fiscal_month, lao_code, allowance_type, monthly_amount))`);
    await queryRunner.query(`CREATE TABLE welfare_year_figure (
        fiscal_year smallint NOT NULL, lao_code character(7) NOT NULL, allowance_type character varying(10) NOT NULL, yearly_amount bigint NOT NULL,
        CONSTRAINT "PK_welfare_year_figure" PRIMARY KEY (fiscal_year, lao_code, allowance_type))`);
    for (const sql of figureTriggersSql()) await queryRunner.query(sql);
    const open = fiscalYearOf(new Date());
    await queryRunner.query(`SELECT pg_advisory_xact_lock(${FIGURES_LOCK})`);
    for (const sql of rebuildYearsSql()) await queryRunner.query(sql, [[open - 1, open, open + 1]]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['beneficiary_insert', 'beneficiary_update', 'beneficiary_delete', 'suspension_insert', 'suspension_update', 'suspension_delete', 'person_update']) {
      const table = t.startsWith('person') ? 'welfare_person' : t.startsWith('suspension') ? 'welfare_suspension' : 'welfare_beneficiary';
      await queryRunner.query(`DROP TRIGGER welfare_figures_${t} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION welfare_figures_${t}()`);
    }
    await queryRunner.query(`DROP TABLE welfare_year_figure`);
    await queryRunner.query(`DROP TABLE welfare_month_figure`);
    await queryRunner.query(`DROP TABLE welfare_figure_year`);
  }
}
