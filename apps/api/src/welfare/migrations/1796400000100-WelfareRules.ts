import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The allowance rules as SQL functions, for set-based summaries and payment lists over millions of enrolments. They
 * mirror libs/domain welfare.ts (monthlyAmount, firstPaidMonth); a test compares both on a table of cases. Also:
 * INFO's linked welfare indicators (SC04 elderly, SC05 disabled recipients) name their source counts.
 */
export class WelfareRules1796400000100 implements MigrationInterface {
  name = 'WelfareRules1796400000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION welfare_monthly_amount(allowance_type text, birth_date date, month_start date) RETURNS integer
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE allowance_type
          WHEN 'AIDS' THEN 500
          WHEN 'DISABILITY' THEN CASE WHEN date_part('year', age(month_start, birth_date)) < 18 THEN 1000 ELSE 800 END
          ELSE CASE WHEN date_part('year', age(month_start, birth_date)) >= 90 THEN 1000
                    WHEN date_part('year', age(month_start, birth_date)) >= 80 THEN 800
                    WHEN date_part('year', age(month_start, birth_date)) >= 70 THEN 700
                    WHEN date_part('year', age(month_start, birth_date)) >= 60 THEN 600
                    ELSE 0 END
        END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION welfare_first_paid_month(allowance_type text, birth_date date, registered_on date) RETURNS date
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN allowance_type = 'ELDERLY'
                    THEN greatest((date_trunc('month', birth_date + interval '60 years') + interval '1 month')::date,
                                  (date_trunc('month', registered_on) + interval '1 month')::date)
                    ELSE (date_trunc('month', registered_on) + interval '1 month')::date END
      $$`);
    await queryRunner.query(`UPDATE catalogue_indicator SET linked_code = CASE code WHEN 'SC04' THEN 'ELDERLY' ELSE 'DISABLED' END
                              WHERE module = 'INFO' AND code IN ('SC04', 'SC05') AND linked_from = 'WELFARE'`);
    await queryRunner.query(`DELETE FROM info_linked_value WHERE source_module = 'WELFARE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE catalogue_indicator SET linked_code = NULL WHERE module = 'INFO' AND code IN ('SC04', 'SC05')`);
    await queryRunner.query(`DROP FUNCTION welfare_first_paid_month(text, date, date)`);
    await queryRunner.query(`DROP FUNCTION welfare_monthly_amount(text, date, date)`);
  }
}
