import { type EServiceAnswer, type EServiceChannel, ESERVICE_CHANNELS } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AggregateScope } from '../auth/access-policy.service';
import { aggregateScopeSql, certifiedOnlyJoin } from '../certification/submission-sql';
import { SqlParams } from '../registry/lao-filter';

export interface ItemRow {
  id: string;
  code: string | null;
  side: number;
  group_code: string | null;
  position: number;
  name_th: string;
  name_en: string | null;
  lao_code: string | null;
}

export interface AnswerRow {
  item_id: string;
  offered: boolean;
  needed: boolean | null;
  steps: number[] | null;
  channels: EServiceChannel[] | null;
  other_channels: string | null;
  users: number | null;
}

export interface SurveyCatalogue {
  sides: { side: number; title_th: string; title_en: string }[];
  groups: { code: string; side: number; title_th: string; title_en: string }[];
}

/**
 * What the adoption report counts per item over answer rows `a` (a LEFT JOIN: no answer counts nothing), by column:
 * the live report's columns, and those of the maintained eservice_adoption_tally, in the same order.
 */
export function adoptionCounts(): [column: string, expression: string][] {
  return [
    ['answered', 'count(a.item_id)::int'],
    ['offered', 'count(*) FILTER (WHERE a.offered)::int'],
    ['needed', 'count(*) FILTER (WHERE NOT a.offered AND a.needed)::int'],
    ['not_needed', 'count(*) FILTER (WHERE NOT a.offered AND NOT a.needed)::int'],
    ['total_users', 'coalesce(sum(a.users) FILTER (WHERE a.offered), 0)::float8'],
    ...[1, 2, 3, 4, 5, 6].map((s): [string, string] => [`step_${s}`, `count(*) FILTER (WHERE a.offered AND ${s} = ANY(a.steps))::int`]),
    ...ESERVICE_CHANNELS.map((c): [string, string] => [`channel_${c.toLowerCase()}`, `count(*) FILTER (WHERE a.offered AND '${c}' = ANY(a.channels))::int`]),
  ];
}

/** Only surveys certified by the LAO (or further) count, when a report asks for certified ones. */
const certifiedJoin = (certifiedOnly: boolean) => (certifiedOnly ? certifiedOnlyJoin('ESERVICE', 'a.lao_code', 'a.fiscal_year') : '');

/**
 * The province report's totals over a `per_lao` CTE (lao_code, answered, offered): every LAO of the province counted,
 * respondents those with a row. Shared by the live recount and the maintained tally's read.
 */
export function provinceTotalsSql(scope: AggregateScope, params: SqlParams): string {
  return `SELECT l.province_code, count(*)::int AS lao_count, count(p.lao_code)::int AS respondents,
              count(*) FILTER (WHERE p.offered > 0)::int AS offering_any,
              coalesce(sum(p.answered), 0)::int AS answered, coalesce(sum(p.offered), 0)::int AS offered
         FROM local_authority l LEFT JOIN per_lao p ON p.lao_code = l.code
        ${scope.onlyProvince ? `WHERE l.province_code = ${params.add(scope.onlyProvince)}` : ''}
        GROUP BY l.province_code`;
}

/** Every statement of the e-Service survey's tables. */
@Injectable()
export class EServiceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  catalogue(): Promise<SurveyCatalogue> {
    return Promise.all([
      this.db.query(`SELECT side, title_th, title_en FROM eservice_side ORDER BY side`),
      this.db.query(`SELECT code, side, title_th, title_en FROM eservice_group ORDER BY side, position`),
    ]).then(([sides, groups]) => ({ sides, groups }) as SurveyCatalogue);
  }

  /** The items an LAO sees in a year: the preset catalogue of the year and its own additions. */
  items(manager: EntityManager, laoCode: string, fiscalYear: number): Promise<ItemRow[]> {
    return manager.query(
      `SELECT id, code, side, group_code, position, name_th, name_en, lao_code FROM eservice_item
        WHERE (lao_code IS NULL AND first_year <= $2 AND (last_year IS NULL OR last_year >= $2))
           OR (lao_code = $1 AND fiscal_year = $2)
        ORDER BY side, position`,
      [laoCode, fiscalYear],
    );
  }

  answers(manager: EntityManager, laoCode: string, fiscalYear: number): Promise<AnswerRow[]> {
    return manager.query(
      `SELECT item_id, offered, needed, steps, channels, other_channels, users FROM eservice_answer WHERE lao_code = $1 AND fiscal_year = $2`,
      [laoCode, fiscalYear],
    );
  }

  sideSaves(manager: EntityManager, laoCode: string, fiscalYear: number): Promise<{ side: number; saved_at: Date }[]> {
    return manager.query(`SELECT side, saved_at FROM eservice_side_save WHERE lao_code = $1 AND fiscal_year = $2`, [laoCode, fiscalYear]);
  }

  async saveAnswers(manager: EntityManager, laoCode: string, fiscalYear: number, a: EServiceAnswer[]): Promise<void> {
    if (a.length === 0) return;
    await manager.query(
      `INSERT INTO eservice_answer (lao_code, fiscal_year, item_id, offered, needed, steps, channels, other_channels, users)
       SELECT $1, $2, t.item_id, t.offered, t.needed, CASE WHEN t.offered THEN string_to_array(t.steps, ',')::smallint[] END,
              CASE WHEN t.offered THEN string_to_array(t.channels, ',')::varchar[] END, t.other_channels, t.users
         FROM unnest($3::uuid[], $4::boolean[], $5::boolean[], $6::text[], $7::text[], $8::text[], $9::int[])
              AS t(item_id, offered, needed, steps, channels, other_channels, users)
       ON CONFLICT (lao_code, fiscal_year, item_id) DO UPDATE SET offered = EXCLUDED.offered, needed = EXCLUDED.needed,
          steps = EXCLUDED.steps, channels = EXCLUDED.channels, other_channels = EXCLUDED.other_channels, users = EXCLUDED.users`,
      [
        laoCode,
        fiscalYear,
        a.map((x) => x.itemId),
        a.map((x) => x.offered),
        a.map((x) => x.needed),
        a.map((x) => (x.steps ?? []).join(',')),
        a.map((x) => (x.channels ?? []).join(',')),
        a.map((x) => x.otherChannels),
        a.map((x) => x.users),
      ],
    );
  }

  async markSideSaved(manager: EntityManager, laoCode: string, fiscalYear: number, side: number, actor: string): Promise<void> {
    await manager.query(
      `INSERT INTO eservice_side_save (lao_code, fiscal_year, side, saved_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (lao_code, fiscal_year, side) DO UPDATE SET saved_at = now(), saved_by = EXCLUDED.saved_by`,
      [laoCode, fiscalYear, side, actor],
    );
  }

  async addItem(manager: EntityManager, item: { side: number; group: string | null; nameTh: string; laoCode: string; fiscalYear: number }, actor: string): Promise<ItemRow> {
    const [row] = (await manager.query(
      `INSERT INTO eservice_item (side, group_code, position, name_th, lao_code, fiscal_year, created_by)
       VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM eservice_item), $3, $4, $5, $6)
       RETURNING id, code, side, group_code, position, name_th, name_en, lao_code`,
      [item.side, item.group, item.nameTh, item.laoCode, item.fiscalYear, actor],
    )) as ItemRow[];
    return row!;
  }

  async findItem(id: string): Promise<{ id: string; lao_code: string | null; fiscal_year: number | null } | undefined> {
    const rows = (await this.db.query(`SELECT id, lao_code, fiscal_year FROM eservice_item WHERE id = $1`, [id])) as { id: string; lao_code: string | null; fiscal_year: number | null }[];
    return rows[0];
  }

  async deleteItem(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM eservice_answer WHERE item_id = $1`, [id]);
    await manager.query(`DELETE FROM eservice_item WHERE id = $1`, [id]);
  }

  /**
   * Adoption per preset item, nationally or in one province, grouped live from every answer: the recount the
   * maintained tally (eservice-adoption.repository.ts) is tested against; the reports read the tally.
   */
  adoption(fiscalYear: number, provinceCode: string | null, certifiedOnly: boolean, scope: AggregateScope): Promise<Record<string, unknown>[]> {
    const params = new SqlParams([fiscalYear, provinceCode]);
    const scoped = aggregateScopeSql('ESERVICE', scope, 'l', 'a.fiscal_year', params);
    return this.db.query(
      `WITH answers AS (
         SELECT a.* FROM eservice_answer a
           JOIN local_authority l ON l.code = a.lao_code
           ${certifiedJoin(certifiedOnly)}
           ${scoped.join}
          WHERE a.fiscal_year = $1 AND ($2::text IS NULL OR l.province_code = $2) ${scoped.where.map((w) => `AND ${w}`).join(' ')})
       SELECT i.code, i.side, i.group_code, i.name_th, i.name_en, i.position,
              sd.title_th AS side_title_th, sd.title_en AS side_title_en, g.title_th AS group_title_th, g.title_en AS group_title_en,
              ${adoptionCounts().map(([column, expression]) => `${expression} AS ${column}`).join(', ')}
         FROM eservice_item i
         JOIN eservice_side sd ON sd.side = i.side
         LEFT JOIN eservice_group g ON g.code = i.group_code
         LEFT JOIN answers a ON a.item_id = i.id
        WHERE i.lao_code IS NULL AND i.first_year <= $1 AND (i.last_year IS NULL OR i.last_year >= $1)
        GROUP BY i.id, sd.side, g.code ORDER BY i.side, i.position`,
      params.values,
    );
  }

  /** Per province: LAOs, respondents, LAOs offering anything online, answered and offered items (live recount, as above). */
  provinceAdoption(fiscalYear: number, certifiedOnly: boolean, scope: AggregateScope): Promise<{ province_code: string; lao_count: number; respondents: number; offering_any: number; answered: number; offered: number }[]> {
    const params = new SqlParams([fiscalYear]);
    const scoped = aggregateScopeSql('ESERVICE', scope, 'l', 'a.fiscal_year', params);
    return this.db.query(
      `WITH per_lao AS (
         SELECT a.lao_code, count(*)::int AS answered, count(*) FILTER (WHERE a.offered)::int AS offered
           FROM eservice_answer a
           JOIN local_authority l ON l.code = a.lao_code
           ${certifiedJoin(certifiedOnly)}
           ${scoped.join}
          WHERE a.fiscal_year = $1 ${scoped.where.map((w) => `AND ${w}`).join(' ')} GROUP BY a.lao_code)
       ${provinceTotalsSql(scope, params)}`,
      params.values,
    );
  }
}
