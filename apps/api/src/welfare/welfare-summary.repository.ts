import { fiscalMonthStart, type IsoDate, referenceMonth } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AggregateScope } from '../auth/access-policy.service';
import { statusClassScopeSql } from '../certification/status-class';
import { aggregateScopeSql } from '../certification/submission-sql';
import { SqlParams } from '../registry/lao-filter';
import { enrolmentFiguresSql } from './welfare-figures.sql';
import { WelfareFiguresRepository } from './welfare-figures.repository';

/** The fiscal month (1 = October) of a month's first day. */
const fiscalMonthOf = (monthStart: IsoDate) => ((Number(monthStart.slice(5, 7)) + 2) % 12) + 1;

/** One LAO's figures for a year by type and monthly amount (live, or frozen when certified). */
export interface TierRow {
  lao_code: string;
  allowance_type: string;
  monthly_amount: number;
  count: number;
  yearly_amount: string;
}

export interface GroupTierRow extends TierRow {
  code: string;
  name_th: string;
}

/**
 * The registry's figures for a fiscal year, set-based over every enrolment: who is paid in the year's reference month
 * (by type and amount) and what the twelve months cost (tiers moving up and people turning 60 included, each
 * enrolment kept as it is now). A year the LAO has certified is read from its frozen snapshot instead.
 */
@Injectable()
export class WelfareSummaryRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly figures: WelfareFiguresRepository,
  ) {}

  /** Live figures, one row per enrolment paid in the year: its amount in the reference month and its twelve months' total. */
  private liveSql(params: SqlParams, fiscalYear: number, today: IsoDate, laoFilter: string): string {
    const ref = params.add(referenceMonth(fiscalYear, today));
    const first = params.add(fiscalMonthStart(fiscalYear, 1));
    const last = params.add(fiscalMonthStart(fiscalYear, 12));
    return enrolmentFiguresSql(first, last, ref, laoFilter);
  }

  /**
   * Figures by LAO, type and amount: snapshot rows for certified years, live rows otherwise, or with `maintained` the
   * maintained figures (the reference month's counts, and each type's year as one row of amount 0: what the
   * summaries add up is the same).
   */
  private perLaoSql(params: SqlParams, fiscalYear: number, today: IsoDate, laoFilter: (alias: string) => string, fy = params.add(fiscalYear), maintained = false): string {
    const certified = (alias: string) =>
      `EXISTS (SELECT 1 FROM submission cs WHERE cs.module = 'WELFARE' AND cs.lao_code = ${alias}.lao_code AND cs.fiscal_year = ${fy} AND cs.status <> 'DRAFT')`;
    const snapshot = `SELECT lao_code, allowance_type, monthly_amount, count, yearly_amount FROM welfare_snapshot sn
             WHERE sn.fiscal_year = ${fy} AND ${certified('sn')} AND ${laoFilter('sn')}`;
    if (maintained) {
      const month = params.add(fiscalMonthOf(referenceMonth(fiscalYear, today)));
      // NOT IN: one hashed set of the year's certified LAOs, whatever the estimates (a nested anti join would compare
      // each of ~55,000 national rows with every certified LAO).
      const uncertified = (alias: string) =>
        `${alias}.lao_code NOT IN (SELECT cs.lao_code FROM submission cs WHERE cs.module = 'WELFARE' AND cs.fiscal_year = ${fy} AND cs.status <> 'DRAFT')`;
      return `SELECT f.lao_code, f.allowance_type, f.monthly_amount, f.count, 0::bigint AS yearly_amount FROM welfare_month_figure f
               WHERE f.fiscal_year = ${fy} AND f.fiscal_month = ${month} AND f.count <> 0 AND ${laoFilter('f')} AND ${uncertified('f')}
              UNION ALL
              SELECT y.lao_code, y.allowance_type, 0, 0, y.yearly_amount FROM welfare_year_figure y
               WHERE y.fiscal_year = ${fy} AND y.yearly_amount <> 0 AND ${laoFilter('y')} AND ${uncertified('y')}
              UNION ALL
              ${snapshot}`;
    }
    return `SELECT lao_code, allowance_type, monthly_amount, count(*) FILTER (WHERE monthly_amount > 0)::int AS count, sum(yearly)::bigint AS yearly_amount
              FROM (${this.liveSql(params, fiscalYear, today, `${laoFilter('b')} AND NOT ${certified('b')}`)}) live
             GROUP BY lao_code, allowance_type, monthly_amount
            UNION ALL
            ${snapshot}`;
  }

  /** Live figures of some LAOs for the year (what a certification freezes; INFO's linked recipients). */
  async live(manager: EntityManager, laoCodes: readonly string[], fiscalYear: number, today: IsoDate): Promise<TierRow[]> {
    const params = new SqlParams([laoCodes]);
    const sql = this.liveSql(params, fiscalYear, today, 'b.lao_code = ANY($1::bpchar[])');
    return manager.query(
      `SELECT lao_code, allowance_type, monthly_amount, count(*) FILTER (WHERE monthly_amount > 0)::int AS count, sum(yearly)::bigint AS yearly_amount
         FROM (${sql}) live GROUP BY lao_code, allowance_type, monthly_amount`,
      params.values,
    );
  }

  /**
   * Who is paid in the reference month, by LAO, type and amount (amounts > 0): the maintained month's rows when the
   * year is in the horizon (exact within the caller's transaction: the triggers ran on its writes), else live.
   */
  async referenceCounts(manager: EntityManager, laoCodes: readonly string[], fiscalYear: number, today: IsoDate): Promise<Omit<TierRow, 'yearly_amount'>[]> {
    if (!(await this.figures.inHorizon(fiscalYear, manager))) {
      return (await this.live(manager, laoCodes, fiscalYear, today)).filter((r) => r.monthly_amount > 0 && r.count > 0);
    }
    return manager.query(
      `SELECT lao_code, allowance_type, monthly_amount, count FROM welfare_month_figure
        WHERE fiscal_year = $1 AND fiscal_month = $2 AND lao_code = ANY($3::bpchar[]) AND monthly_amount > 0 AND count > 0`,
      [fiscalYear, fiscalMonthOf(referenceMonth(fiscalYear, today)), laoCodes],
    );
  }

  async freeze(manager: EntityManager, laoCode: string, fiscalYear: number, rows: TierRow[]): Promise<void> {
    await manager.query(`DELETE FROM welfare_snapshot WHERE lao_code = $1 AND fiscal_year = $2`, [laoCode, fiscalYear]);
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO welfare_snapshot (lao_code, fiscal_year, allowance_type, monthly_amount, count, yearly_amount)
       SELECT $1, $2, t, a, c, y FROM unnest($3::text[], $4::int[], $5::int[], $6::bigint[]) AS x(t, a, c, y)`,
      [laoCode, fiscalYear, rows.map((r) => r.allowance_type), rows.map((r) => r.monthly_amount), rows.map((r) => r.count), rows.map((r) => r.yearly_amount)],
    );
  }

  /** Figures of some LAOs by LAO (INFO's linked recipients). */
  perLao(laoCodes: readonly string[], fiscalYear: number, today: IsoDate, manager: EntityManager = this.db.manager): Promise<TierRow[]> {
    const params = new SqlParams([laoCodes]);
    return manager.query(this.perLaoSql(params, fiscalYear, today, (a) => `${a}.lao_code = ANY($1::bpchar[])`), params.values);
  }

  /** The LAOs of a province, by code (the rows of a province's summary). */
  laosOf(provinceCode: string): Promise<{ code: string; name_th: string }[]> {
    return this.db.query(`SELECT code, name_th FROM local_authority WHERE province_code = $1 ORDER BY code`, [provinceCode]);
  }

  /**
   * The national figures by province from the province rollup (welfare-rollup.sql.ts): the reference month's counts
   * and the years (month 0) of uncertified LAOs, the snapshots of certified ones by class, the classes the caller's
   * scope may count (status-class.ts). An LAO user's own LAO, unless province-certified (then it is in the rollup's
   * class already), is added from its own rows.
   */
  private nationalFromRollup(fiscalYear: number, scope: AggregateScope, today: IsoDate): Promise<GroupTierRow[]> {
    const params = new SqlParams([fiscalYear]);
    const month = params.add(fiscalMonthOf(referenceMonth(fiscalYear, today)));
    const scoped = statusClassScopeSql(scope, { province: 'r.province_code', statusClass: 'r.status_class' }, false, params);
    const parts = [
      `SELECT r.province_code, r.allowance_type, r.monthly_amount, r.count, r.yearly_amount
         FROM (SELECT province_code, 'NONE' AS status_class, allowance_type, monthly_amount, count, yearly_amount FROM welfare_province_figure
                WHERE fiscal_year = $1 AND fiscal_month IN (0, ${month})
               UNION ALL
               SELECT province_code, status_class, allowance_type, monthly_amount, count, yearly_amount FROM welfare_province_snapshot WHERE fiscal_year = $1) r
        ${scoped.where.length ? `WHERE ${scoped.where.join(' AND ')}` : ''}`,
    ];
    if (scoped.liveLao) {
      // The own LAO by its class, read once: uncertified its maintained rows, LAO_CERTIFIED its snapshot, and nothing
      // when PROVINCE_CERTIFIED (the rollup's rows hold it already).
      const lao = params.add(scoped.liveLao);
      const own = `(SELECT la.province_code, coalesce((SELECT CASE WHEN s.status = 'DRAFT' THEN 'NONE' ELSE s.status END FROM submission s
                     WHERE s.module = 'WELFARE' AND s.lao_code = la.code AND s.fiscal_year = $1), 'NONE') AS status_class
                      FROM local_authority la WHERE la.code = ${lao})`;
      parts.push(`SELECT o.province_code, f.allowance_type, f.monthly_amount, f.count, 0::bigint FROM ${own} o
                    JOIN welfare_month_figure f ON f.fiscal_year = $1 AND f.fiscal_month = ${month} AND f.lao_code = ${lao} WHERE o.status_class = 'NONE'
                  UNION ALL
                  SELECT o.province_code, y.allowance_type, 0, 0, y.yearly_amount FROM ${own} o
                    JOIN welfare_year_figure y ON y.fiscal_year = $1 AND y.lao_code = ${lao} WHERE o.status_class = 'NONE'
                  UNION ALL
                  SELECT o.province_code, sn.allowance_type, sn.monthly_amount, sn.count, sn.yearly_amount FROM ${own} o
                    JOIN welfare_snapshot sn ON sn.fiscal_year = $1 AND sn.lao_code = ${lao} WHERE o.status_class = 'LAO_CERTIFIED'`);
    }
    return this.db.query(
      `SELECT province_code AS code, '' AS name_th, allowance_type, monthly_amount, sum(count)::int AS count, sum(yearly_amount)::bigint AS yearly_amount
         FROM (${parts.join(' UNION ALL ')}) x
        GROUP BY province_code, allowance_type, monthly_amount HAVING sum(count) <> 0 OR sum(yearly_amount) <> 0 ORDER BY 1`,
      params.values,
    );
  }

  /**
   * Figures by province (national) or by LAO of one province, within the caller's aggregate scope. `source`: 'live'
   * computes every enrolment (the recount), 'lao' reads the maintained LAO rows even nationally (the rollup's recount).
   */
  async grouped(fiscalYear: number, provinceCode: string | null, scope: AggregateScope, today: IsoDate, source: 'auto' | 'live' | 'lao' = 'auto'): Promise<GroupTierRow[]> {
    const maintained = source !== 'live' && (await this.figures.maintained(fiscalYear));
    if (maintained && !provinceCode && source === 'auto') return this.nationalFromRollup(fiscalYear, scope, today);
    // $1, the year, serves the figures and the scope alike (a parameter no statement uses has no type: an error).
    const params = new SqlParams([fiscalYear]);
    const province = provinceCode ? params.add(provinceCode) : null;
    // A province's page computes only its own LAOs' enrolments.
    const ofProvince = (alias: string) => (province ? `${alias}.lao_code IN (SELECT code FROM local_authority WHERE province_code = ${province})` : 'true');
    const perLao = this.perLaoSql(params, fiscalYear, today, ofProvince, '$1', maintained);
    const visible = aggregateScopeSql('WELFARE', scope, 'la', '$1', params);
    const where = [...visible.where];
    if (province) where.push(`la.province_code = ${province}`);
    const group = provinceCode ? 'la.code' : 'la.province_code';
    return this.db.query(
      `SELECT ${group} AS code, ${provinceCode ? 'min(la.name_th)' : "''"} AS name_th, t.allowance_type, t.monthly_amount,
              sum(t.count)::int AS count, sum(t.yearly_amount)::bigint AS yearly_amount
         FROM (${perLao}) t JOIN local_authority la ON la.code = t.lao_code ${visible.join}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        GROUP BY ${group}, t.allowance_type, t.monthly_amount ORDER BY 1`,
      params.values,
    );
  }
}
