import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATE_TABLES, CREATE_TRIGGERS, DROP, FILL } from './eservice-tally.sql';

/**
 * The e-Service adoption reports read maintained tallies instead of grouping every answer (1.96 M nationally):
 * the tables, the triggers that keep them in the writes' transactions, and their first fill from existing rows.
 * What and how: eservice-tally.sql.ts.
 */
export class EServiceAdoptionTally1797100000041 implements MigrationInterface {
  name = 'EServiceAdoptionTally1797100000041';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [...CREATE_TABLES, ...CREATE_TRIGGERS, ...FILL]) await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of DROP) await queryRunner.query(sql);
  }
}
