import type { CertificationStatus } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SqlParams } from '../registry/lao-filter';
import type { LaoConditions, SubmissionKey } from './submission.repository';

/** One province's row of certification progress (LAOs without a submission are DRAFT: total − the certified). */
export interface ProvinceProgressRow {
  province_code: string;
  total: number;
  lao_certified: number;
  province_certified: number;
}

/** How many LAOs stand in one state of a module and year: status, complete, anything recorded. */
export interface StatusCount {
  status: CertificationStatus;
  complete: boolean;
  recorded: boolean;
  count: number;
}

/**
 * Counts of the registry's LAOs by the state of their submission, read from the tallies the triggers keep
 * (progress-tally.sql.ts, progress-by-state.sql.ts), each beside the live recount it must equal: the recount
 * answers what the tallies cannot express, and is what the tests compare them with.
 */
@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Per-province counts over the registry, for one module and year (optionally one province), from the maintained
   * tallies (progress-tally.sql.ts, keyed by state since progress-by-state.sql.ts): a few rows per province instead
   * of the registry joined with its submissions. The certified rows are summed over completeness and recorded; the
   * DRAFT rows (recorded or complete drafts) are not certified and not read.
   */
  progress(key: SubmissionKey, provinceCode: string | null): Promise<ProvinceProgressRow[]> {
    return this.db.query(
      `SELECT c.province_code, c.lao_count AS total,
              coalesce(sum(t.n) FILTER (WHERE t.status = 'LAO_CERTIFIED'), 0)::int AS lao_certified,
              coalesce(sum(t.n) FILTER (WHERE t.status = 'PROVINCE_CERTIFIED'), 0)::int AS province_certified
         FROM province_lao_tally c
         LEFT JOIN submission_progress_tally t
           ON t.module = $1 AND t.fiscal_year = $2 AND t.province_code = c.province_code AND t.status <> 'DRAFT'
        WHERE c.lao_count > 0 AND ($3::text IS NULL OR c.province_code = $3)
        GROUP BY c.province_code, c.lao_count`,
      [key.module, key.fiscalYear, provinceCode],
    );
  }

  /** The same counts grouped live (the registry with its submissions): the recount the tallies are tested against. */
  liveProgress(key: SubmissionKey, provinceCode: string | null): Promise<ProvinceProgressRow[]> {
    return this.db.query(
      `SELECT l.province_code, count(*)::int AS total,
              count(*) FILTER (WHERE s.status = 'LAO_CERTIFIED')::int AS lao_certified,
              count(*) FILTER (WHERE s.status = 'PROVINCE_CERTIFIED')::int AS province_certified
         FROM local_authority l
         LEFT JOIN submission s ON s.lao_code = l.code AND s.module = $1 AND s.fiscal_year = $2
        WHERE ($3::text IS NULL OR l.province_code = $3)
        GROUP BY l.province_code`,
      [key.module, key.fiscalYear, provinceCode],
    );
  }

  /**
   * How many LAOs of the provinces that are each of `provinceCodes` (none: the whole registry; two different ones:
   * no LAO) stand in each (status, complete, anything recorded) combination, from the maintained tallies
   * (progress-by-state.sql.ts): the tally's rows summed over those provinces, and the default state (a DRAFT with
   * nothing recorded, not kept in the tally) as their LAOs less every other state. Groups with a count only, like
   * the live recount. Modules turn it into their own figures (INFO's LPA distribution) with their own rule.
   */
  statusCounts(key: SubmissionKey, provinceCodes: string[]): Promise<StatusCount[]> {
    return this.db.query(
      `WITH provinces AS (
         SELECT province_code, lao_count FROM province_lao_tally WHERE province_code = ALL($3::bpchar[])),
       counted AS (
         SELECT t.status, t.complete, t.recorded, sum(t.n)::int AS count
           FROM submission_progress_tally t JOIN provinces p ON p.province_code = t.province_code
          WHERE t.module = $1 AND t.fiscal_year = $2
          GROUP BY t.status, t.complete, t.recorded)
       SELECT * FROM (
         SELECT status, complete, recorded, count FROM counted
         UNION ALL
         SELECT 'DRAFT', false, false, ((SELECT coalesce(sum(lao_count), 0) FROM provinces) - (SELECT coalesce(sum(count), 0) FROM counted))::int
       ) g WHERE count > 0`,
      [key.module, key.fiscalYear, provinceCodes],
    );
  }

  /**
   * The same counts for the LAOs of any filter, grouped live (the registry with its submissions, at most twelve
   * rows): for a scope the tally cannot express (one LAO), and the recount the tally is tested against.
   */
  liveStatusCounts(key: SubmissionKey, conditions: LaoConditions): Promise<StatusCount[]> {
    const params = new SqlParams([key.module, key.fiscalYear]);
    const where = conditions(params);
    return this.db.query(
      `SELECT coalesce(s.status, 'DRAFT') AS status, coalesce(s.complete, false) AS complete, coalesce(s.recorded_count, 0) > 0 AS recorded,
              count(*)::int AS count
         FROM local_authority l
         LEFT JOIN submission s ON s.lao_code = l.code AND s.module = $1 AND s.fiscal_year = $2
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        GROUP BY 1, 2, 3`,
      params.values,
    );
  }
}
