import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DOWN, UP } from '../progress-by-state.sql';

/**
 * The progress tally counts submissions by status, completeness and whether anything is recorded, so that INFO's
 * LPA distribution reads it instead of grouping the registry with its submissions on every call: the new key, the
 * triggers' functions replaced, and the tally refilled from existing rows. What, how and what it costs:
 * progress-by-state.sql.ts.
 */
export class SubmissionProgressByState1797200000070 implements MigrationInterface {
  name = 'SubmissionProgressByState1797200000070';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of UP) await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of DOWN) await queryRunner.query(sql);
  }
}
