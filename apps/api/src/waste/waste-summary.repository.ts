import { PLAUSIBLE_KG_PER_CAPITA, PLAUSIBLE_YEARLY_CHANGE } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AggregateScope } from '../auth/access-policy.service';
import { statusClassScopeSql } from '../certification/status-class';
import { aggregateScopeSql } from '../certification/submission-sql';
import { SqlParams } from '../registry/lao-filter';
import { PROPER_METHODS_SQL } from './waste.repository';
import { contributionSql, ROLLUP_COLUMNS, SUMMARY_FROM_ROLLUP } from './waste-rollup.sql';

/** One group's sums (strings: PostgreSQL numerics), by province or by LAO. */
export interface SummaryRow {
  code: string;
  name_th: string | null;
  status: string | null;
  total: number;
  reporting: number;
  warnings: number;
  served: string | null;
  generated: string | null;
  collected: string | null;
  proper: string | null;
  recycled: string | null;
  kg_num: string | null;
  kg_den: string | null;
  cov_num: string | null;
  cov_den: string | null;
  proper_num: string | null;
  proper_den: string | null;
  rec_num: string | null;
  rec_den: string | null;
  cost_num: string | null;
  cost_den: string | null;
  latitude: string | null;
  longitude: string | null;
}

const section = (alias: string, name: string, year: string) =>
  `LEFT JOIN catalogue_section ${alias} ON ${alias}.module = 'WASTE' AND ${alias}.lao_code = la.code AND ${alias}.fiscal_year = ${year}
     AND ${alias}.subject_key = '' AND ${alias}.section = '${name}'`;

const n = (json: string, code: string) => `(${json}->>'${code}')::numeric`;

/**
 * How a summary reads: `maintained` the province rollup nationally (waste-rollup.sql.ts) and the figures kept per LAO
 * and year for a province's listing; `figures` those per-LAO rows nationally too (the rollup's own recount); `recount`
 * live from the reports' sources.
 */
export type SummarySource = 'maintained' | 'figures' | 'recount';

/**
 * The Waste summaries in one statement: every LAO's figures of the year (and last year's collection figures, for the
 * plausibility warnings), summed by province (national) or listed by LAO (one province). A row is counted only
 * where the caller's aggregate scope lets it be (certified-only elsewhere), so totals stay whole while drafts
 * outside the caller's scope are never read into a figure.
 *
 * The figures come from waste_lao_figures, which triggers keep in the same transaction as every write that changes
 * them (migration 1797100000030): a province's LAOs for its listing. The national summary reads their province rollup
 * instead (nationalFromRollup: a few hundred rows, not ~7,853 with their submissions), or with `figures` those rows.
 * `recount` reads them live from the report's sections, disposal uses and sites: what both are checked against.
 */
@Injectable()
export class WasteSummaryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async summary(
    fiscalYear: number,
    provinceCode: string | null,
    certifiedOnly: boolean,
    scope: AggregateScope,
    source: SummarySource = 'maintained',
  ): Promise<SummaryRow[]> {
    if (source === 'maintained' && !provinceCode) return this.nationalFromRollup(fiscalYear, certifiedOnly, scope);
    const params = new SqlParams([fiscalYear]);
    const visible = aggregateScopeSql('WASTE', scope, 'la', '$1', params);
    const rowFilter: string[] = [];
    if (provinceCode) rowFilter.push(`la.province_code = ${params.add(provinceCode)}`);
    if (scope.onlyProvince) rowFilter.push(`la.province_code = ${params.add(scope.onlyProvince)}`);
    const counted = [...visible.where, certifiedOnly ? `sub.status IS NOT NULL AND sub.status <> 'DRAFT'` : 'true'].join(' AND ');
    const kgMin = params.add(PLAUSIBLE_KG_PER_CAPITA.min);
    const kgMax = params.add(PLAUSIBLE_KG_PER_CAPITA.max);
    const change = params.add(PLAUSIBLE_YEARLY_CHANGE);
    const moved = (now: string, before: string) => `(${now} IS NOT NULL AND ${before} > 0 AND abs(${now} - ${before}) / ${before} > ${change})::int`;
    const group = provinceCode ? 'code' : 'province_code';
    const both = (a: string, b: string) => `${a} IS NOT NULL AND ${b} IS NOT NULL`;
    const from = source === 'recount' ? recountFrom() : maintainedFrom(provinceCode !== null);
    const rows: SummaryRow[] = await this.db.query(
      `WITH ${from.with ? `${from.with},` : ''} v AS (
         SELECT la.code, la.name_th, la.province_code, sub.status, (${counted}) AS counted, ${from.columns}
           FROM local_authority la
           LEFT JOIN submission sub ON sub.module = 'WASTE' AND sub.lao_code = la.code AND sub.fiscal_year = $1
           ${from.joins}
           ${visible.join}
          ${rowFilter.length ? `WHERE ${rowFilter.join(' AND ')}` : ''}
       ), w AS (
         SELECT v.*, CASE WHEN counted AND reported THEN
                  (gen IS NOT NULL AND pop > 0 AND (gen * 1000 / pop < ${kgMin} OR gen * 1000 / pop > ${kgMax}))::int
                  + ${moved('gen', 'p_gen')} + ${moved('col', 'p_col')} + ${moved('pop', 'p_pop')} ELSE 0 END AS warn
           FROM v
       )
       SELECT ${group} AS code, ${provinceCode ? 'min(name_th)' : 'NULL'} AS name_th,
              ${provinceCode ? 'min(status) FILTER (WHERE counted)' : 'NULL'} AS status,
              count(*)::int AS total, count(*) FILTER (WHERE counted AND reported)::int AS reporting, coalesce(sum(warn), 0)::int AS warnings,
              sum(served) FILTER (WHERE counted) AS served, sum(gen) FILTER (WHERE counted) AS generated,
              sum(col) FILTER (WHERE counted) AS collected, sum(proper) FILTER (WHERE counted) AS proper,
              sum(rec) FILTER (WHERE counted) AS recycled,
              sum(gen) FILTER (WHERE counted AND gen IS NOT NULL AND pop > 0) AS kg_num, sum(pop) FILTER (WHERE counted AND gen IS NOT NULL AND pop > 0) AS kg_den,
              sum(served) FILTER (WHERE counted AND ${both('served', 'pop')}) AS cov_num, sum(pop) FILTER (WHERE counted AND ${both('served', 'pop')}) AS cov_den,
              sum(proper) FILTER (WHERE counted AND ${both('proper', 'gen')}) AS proper_num, sum(gen) FILTER (WHERE counted AND ${both('proper', 'gen')}) AS proper_den,
              sum(rec) FILTER (WHERE counted AND ${both('rec', 'gen')}) AS rec_num, sum(gen) FILTER (WHERE counted AND ${both('rec', 'gen')}) AS rec_den,
              sum(rev) FILTER (WHERE counted AND ${both('rev', 'cost')}) AS cost_num, sum(cost) FILTER (WHERE counted AND ${both('rev', 'cost')}) AS cost_den,
              ${provinceCode ? 'min(lat)' : 'NULL'} AS latitude, ${provinceCode ? 'min(lon)' : 'NULL'} AS longitude
         FROM w GROUP BY ${group} ORDER BY ${group}`,
      params.values,
    );
    return rows;
  }

  /**
   * The national summary from the province rollup: the status classes the caller's scope may count (status-class.ts),
   * and an LAO user's own LAO, unless province-certified (then the rollup counts it already), from its own row. The
   * totals count every LAO of the province, as the live statement does.
   */
  private async nationalFromRollup(fiscalYear: number, certifiedOnly: boolean, scope: AggregateScope): Promise<SummaryRow[]> {
    const params = new SqlParams([fiscalYear]);
    const scoped = statusClassScopeSql(scope, { province: 'r.province_code', statusClass: 'r.status_class' }, certifiedOnly, params);
    const parts = [
      `SELECT r.province_code, ${ROLLUP_COLUMNS.map((c) => `r.${c}`).join(', ')} FROM waste_province_figure r
        WHERE r.fiscal_year = $1${scoped.where.map((w) => ` AND ${w}`).join('')}`,
    ];
    if (scoped.liveLao) {
      const lao = params.add(scoped.liveLao);
      const own = `coalesce(s.status, 'NONE')`;
      parts.push(`SELECT la.province_code, c.* FROM local_authority la CROSS JOIN LATERAL (${contributionSql(
        `SELECT f.* FROM waste_lao_figures f LEFT JOIN submission s ON s.module = 'WASTE' AND s.lao_code = f.lao_code AND s.fiscal_year = f.fiscal_year
          WHERE f.fiscal_year = $1 AND f.lao_code = la.code AND ${own} <> 'PROVINCE_CERTIFIED'${certifiedOnly ? ` AND ${own} = 'LAO_CERTIFIED'` : ''}`,
      )}) c WHERE la.code = ${lao}`);
    }
    const onlyProvince = scope.onlyProvince ? `WHERE province_code = ${params.add(scope.onlyProvince)}` : '';
    return this.db.query(
      `WITH s AS (
         SELECT province_code, ${ROLLUP_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM (${parts.join(' UNION ALL ')}) x GROUP BY province_code
       ), p AS (SELECT province_code, count(*)::int AS total FROM local_authority ${onlyProvince} GROUP BY province_code)
       SELECT p.province_code AS code, NULL AS name_th, NULL AS status, p.total, ${SUMMARY_FROM_ROLLUP.join(', ')}, NULL AS latitude, NULL AS longitude
         FROM p LEFT JOIN s ON s.province_code = p.province_code ORDER BY p.province_code`,
      params.values,
    );
  }
}

/** Where v's per-LAO columns come from: CTEs, the columns (reported, this and last year's figures, disposal) and joins. */
interface FiguresFrom {
  with: string;
  columns: string;
  joins: string;
}

/**
 * A map point for LAOs sending no waste anywhere this year: the mean place of the sites they run. Only the province
 * listing shows points (the national rows have none), so the national read skips it.
 */
const OPERATED = `operated AS (
  SELECT operator_lao_code, avg(latitude) AS lat, avg(longitude) AS lon FROM waste_disposal_site GROUP BY operator_lao_code
)`;

function maintainedFrom(withPoints: boolean): FiguresFrom {
  const point = (c: 'lat' | 'lon') => (withPoints ? `coalesce(g.${c}, o.${c}) AS ${c}` : `g.${c}`);
  return {
    with: withPoints ? OPERATED : '',
    columns: `coalesce(g.reported, false) AS reported, g.pop, g.served, g.gen, g.col, g.rec, g.rev, g.cost, g.p_pop, g.p_gen, g.p_col,
              g.proper, ${point('lat')}, ${point('lon')}`,
    joins: `LEFT JOIN waste_lao_figures g ON g.fiscal_year = $1 AND g.lao_code = la.code
            ${withPoints ? 'LEFT JOIN operated o ON o.operator_lao_code = la.code' : ''}`,
  };
}

function recountFrom(): FiguresFrom {
  return {
    with: `disposal AS (
         SELECT u.lao_code, coalesce(sum(u.tonnes_per_day) FILTER (WHERE s.method IN (${PROPER_METHODS_SQL})), 0) AS proper,
                sum(s.latitude * u.tonnes_per_day) / nullif(sum(u.tonnes_per_day), 0) AS lat,
                sum(s.longitude * u.tonnes_per_day) / nullif(sum(u.tonnes_per_day), 0) AS lon
           FROM waste_disposal_use u JOIN waste_disposal_site s ON s.id = u.site_id
          WHERE u.fiscal_year = $1 GROUP BY u.lao_code
       ), ${OPERATED}`,
    columns: `(c.lao_code IS NOT NULL OR r.lao_code IS NOT NULL OR f.lao_code IS NOT NULL) AS reported,
              ${n('c.values', 'WC01')} AS pop, ${n('c.values', 'WC03')} AS served, ${n('c.values', 'WC05')} AS gen, ${n('c.values', 'WC06')} AS col,
              CASE WHEN r.values ? 'WS04' OR r.values ? 'WS05'
                   THEN coalesce(${n('r.values', 'WS04')}, 0) + coalesce(${n('r.values', 'WS05')}, 0) END AS rec,
              ${n('f.values', 'WF03')} AS rev, ${n('f.values', 'WF04')} AS cost,
              ${n('p.values', 'WC01')} AS p_pop, ${n('p.values', 'WC05')} AS p_gen, ${n('p.values', 'WC06')} AS p_col,
              d.proper, coalesce(d.lat, o.lat) AS lat, coalesce(d.lon, o.lon) AS lon`,
    joins: `${section('c', 'COLLECTION', '$1')}
           ${section('r', 'SEPARATION_RECYCLING', '$1')}
           ${section('f', 'FEES_COSTS', '$1')}
           ${section('p', 'COLLECTION', '$1 - 1')}
           LEFT JOIN disposal d ON d.lao_code = la.code
           LEFT JOIN operated o ON o.operator_lao_code = la.code`,
  };
}
