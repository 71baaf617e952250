import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { AggregateScope } from '../auth/access-policy.service';
import { CERTIFIED_CLASSES, statusClassScopeSql } from '../certification/status-class';
import { aggregateScopeSql, certifiedOnlyJoin } from '../certification/submission-sql';
import { SqlParams } from '../registry/lao-filter';
import { adoptionCounts, provinceTotalsSql } from './eservice.repository';

export interface ProvinceAdoptionRow {
  province_code: string;
  lao_count: number;
  respondents: number;
  offering_any: number;
  answered: number;
  offered: number;
}

/**
 * The adoption reports from the maintained tallies (migrations/eservice-tally.sql.ts), in milliseconds nationally:
 * the same rows, columns and scope rules as the live recount in eservice.repository.ts, which the tests compare
 * them with after random bursts of writes.
 */
@Injectable()
export class EServiceAdoptionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Adoption per preset item: the tally rows of the classes the scope counts, summed per item; an LAO user's own
   * survey, unless province-certified (then it is in the tally), is grouped live from its few answers.
   */
  adoption(fiscalYear: number, provinceCode: string | null, certifiedOnly: boolean, scope: AggregateScope): Promise<Record<string, unknown>[]> {
    const params = new SqlParams([fiscalYear]);
    const columns = adoptionCounts().map(([column]) => column);
    const counted = this.countedTallies(columns, provinceCode, certifiedOnly, scope, params);
    return this.prepared(
      `WITH counted AS (${counted}),
       per_item AS (SELECT item_id, ${columns.map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM counted GROUP BY item_id)
       SELECT i.code, i.side, i.group_code, i.name_th, i.name_en, i.position,
              sd.title_th AS side_title_th, sd.title_en AS side_title_en, g.title_th AS group_title_th, g.title_en AS group_title_en,
              ${columns.map((c) => `coalesce(p.${c}, 0)::${c === 'total_users' ? 'float8' : 'int'} AS ${c}`).join(', ')}
         FROM eservice_item i
         JOIN eservice_side sd ON sd.side = i.side
         LEFT JOIN eservice_group g ON g.code = i.group_code
         LEFT JOIN per_item p ON p.item_id = i.id
        WHERE i.lao_code IS NULL AND i.first_year <= $1 AND (i.last_year IS NULL OR i.last_year >= $1)
        ORDER BY i.side, i.position`,
      params.values,
    );
  }

  /**
   * The per-item rows the scope counts ($1 the year) in the province argument if any. Whatever no province limits is read
   * from the national tally (about 150 rows a year instead of the provinces' 11,400): the department's and a
   * national key's every class, an LAO user's PROVINCE_CERTIFIED; a province user's is the country's
   * PROVINCE_CERTIFIED rows plus its own province's other classes. A province argument or a key limited to one
   * province reads that province's rows.
   */
  private countedTallies(columns: string[], provinceCode: string | null, certifiedOnly: boolean, scope: AggregateScope, params: SqlParams): string {
    const select = (alias: string) => `${alias}.item_id, ${columns.map((c) => `${alias}.${c}`).join(', ')}`;
    const and = (conditions: string[]) => conditions.map((w) => `AND ${w}`).join(' ');
    const ownLao = (scoped: { liveLao: string | null }) => (scoped.liveLao ? this.ownLaoAnswers(scoped.liveLao, provinceCode, certifiedOnly, params) : '');
    if (provinceCode || scope.onlyProvince) {
      const scoped = statusClassScopeSql(scope, { province: 't.province_code', statusClass: 't.status_class' }, certifiedOnly, params);
      const inProvince = provinceCode ? [`t.province_code = ${params.add(provinceCode)}`] : [];
      return `SELECT ${select('t')} FROM eservice_adoption_tally t
               WHERE t.fiscal_year = $1 ${and([...inProvince, ...scoped.where])}
              ${ownLao(scoped)}`;
    }
    if (scope.ownProvince) {
      const classes = certifiedOnly ? [`t.status_class IN (${CERTIFIED_CLASSES.map((c) => `'${c}'`).join(', ')})`] : [];
      return `SELECT ${select('n')} FROM eservice_national_tally n WHERE n.fiscal_year = $1 AND n.status_class = 'PROVINCE_CERTIFIED'
              UNION ALL
              SELECT ${select('t')} FROM eservice_adoption_tally t
               WHERE t.fiscal_year = $1 AND t.province_code = ${params.add(scope.ownProvince)} AND t.status_class <> 'PROVINCE_CERTIFIED' ${and(classes)}`;
    }
    // No province column: the scopes left here (national, an LAO user's) limit classes only.
    const scoped = statusClassScopeSql(scope, { province: 'NULL', statusClass: 'n.status_class' }, certifiedOnly, params);
    return `SELECT ${select('n')} FROM eservice_national_tally n WHERE n.fiscal_year = $1 ${and(scoped.where)}
            ${ownLao(scoped)}`;
  }

  /** An LAO user's own answers grouped live (at most one survey's), unless province-certified: then in the tally. */
  private ownLaoAnswers(laoCode: string, provinceCode: string | null, certifiedOnly: boolean, params: SqlParams): string {
    return `UNION ALL
         SELECT a.item_id, ${adoptionCounts().map(([column, expression]) => `${expression} AS ${column}`).join(', ')}
           FROM eservice_answer a
           JOIN local_authority l ON l.code = a.lao_code
           ${certifiedOnly ? certifiedOnlyJoin('ESERVICE', 'a.lao_code', 'a.fiscal_year') : ''}
           LEFT JOIN submission own_s ON own_s.module = 'ESERVICE' AND own_s.lao_code = a.lao_code AND own_s.fiscal_year = a.fiscal_year
          WHERE a.lao_code = ${params.add(laoCode)} AND a.fiscal_year = $1 ${provinceCode ? `AND l.province_code = ${params.add(provinceCode)}` : ''}
            AND own_s.status IS DISTINCT FROM 'PROVINCE_CERTIFIED'
          GROUP BY a.item_id`;
  }

  /**
   * A statement run as a named prepared statement (one name per distinct text, so per scope shape): PostgreSQL
   * parses and plans the adoption report's wide join once per connection instead of on every call, about 3 ms of
   * its 10 nationally on a loaded machine. Through TypeORM's own pool, so the statement timeout set on every
   * connection it hands out (database/data-source.ts) applies as to any other statement.
   */
  private async prepared(text: string, values: unknown[]): Promise<Record<string, unknown>[]> {
    const pool = (this.db.driver as PostgresDriver).master as Pool;
    const name = `eservice_adoption_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    return (await pool.query<Record<string, unknown>>({ name, text, values })).rows;
  }

  /**
   * Per province, from the per-LAO tally (one row per LAO and year instead of its answers): the live recount's
   * query over it, scope included, since the LAO's class is one submission row away.
   */
  provinceAdoption(fiscalYear: number, certifiedOnly: boolean, scope: AggregateScope): Promise<ProvinceAdoptionRow[]> {
    const params = new SqlParams([fiscalYear]);
    const scoped = aggregateScopeSql('ESERVICE', scope, 'l', 't.fiscal_year', params);
    return this.db.query(
      `WITH per_lao AS (
         SELECT t.lao_code, t.answered, t.offered
           FROM eservice_lao_tally t
           JOIN local_authority l ON l.code = t.lao_code
           ${certifiedOnly ? certifiedOnlyJoin('ESERVICE', 't.lao_code', 't.fiscal_year') : ''}
           ${scoped.join}
          WHERE t.fiscal_year = $1 AND t.answered > 0 ${scoped.where.map((w) => `AND ${w}`).join(' ')})
       ${provinceTotalsSql(scope, params)}`,
      params.values,
    );
  }
}
