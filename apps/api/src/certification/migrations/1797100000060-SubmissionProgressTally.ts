import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATE_TABLES, CREATE_TRIGGERS, DROP, FILL } from '../progress-tally.sql';

/**
 * certificationProgress reads maintained counts (a few rows per province) instead of grouping the registry with
 * its submissions on every call: the tables, the triggers that keep them in the writes' transactions, and their
 * first fill from existing rows. What and how: progress-tally.sql.ts.
 */
export class SubmissionProgressTally1797100000060 implements MigrationInterface {
  name = 'SubmissionProgressTally1797100000060';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [...CREATE_TABLES, ...CREATE_TRIGGERS, ...FILL]) await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of DROP) await queryRunner.query(sql);
  }
}
