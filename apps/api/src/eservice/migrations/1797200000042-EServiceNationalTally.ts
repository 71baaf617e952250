import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATE_TABLE, DROP, FILL, REPLACE_FUNCTIONS } from './eservice-national-tally.sql';

/**
 * The national e-Service adoption report reads a tally summed over the provinces (about 150 rows instead of
 * 11,400), kept by the same triggers as the province tally. What and how: eservice-national-tally.sql.ts.
 */
export class EServiceNationalTally1797200000042 implements MigrationInterface {
  name = 'EServiceNationalTally1797200000042';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [CREATE_TABLE, ...REPLACE_FUNCTIONS, ...FILL]) await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of DROP) await queryRunner.query(sql);
  }
}
