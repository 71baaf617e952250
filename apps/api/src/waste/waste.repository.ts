import { type DisposalMethod, PROPER_DISPOSAL_METHODS, type SiteStatus } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SqlParams } from '../registry/lao-filter';

export interface SiteRow {
  id: string;
  operator_lao_code: string;
  province_code: string;
  name_th: string;
  method: DisposalMethod;
  status: SiteStatus;
  latitude: string;
  longitude: string;
  capacity_tonnes_per_day: string | null;
  opened_year: number | null;
}

export interface UseRow extends SiteRow {
  lao_code: string;
  tonnes_per_day: string;
}

export interface ClientRow {
  site_id: string;
  lao_code: string;
  lao_province_code: string;
  tonnes_per_day: string;
  status: string | null;
}

export interface SiteFilter {
  provinceCode?: string | null;
  method?: DisposalMethod | null;
  status?: SiteStatus | null;
}

export interface SiteValues {
  operatorLaoCode: string;
  nameTh: string;
  method: DisposalMethod;
  status: SiteStatus;
  latitude: number;
  longitude: number;
  capacityTonnesPerDay: number | null;
  openedYear: number | null;
}

const SITE_COLUMNS = `s.id, s.operator_lao_code, op.province_code, s.name_th, s.method, s.status, s.latitude, s.longitude,
                      s.capacity_tonnes_per_day, s.opened_year`;
const SITE_FROM = `waste_disposal_site s JOIN local_authority op ON op.code = s.operator_lao_code`;

/** Waste's own statements: disposal sites and where each LAO's waste goes (the report's values live in the catalogue). */
@Injectable()
export class WasteRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A page of sites ordered by province, name and id (the cursor), and how many match. */
  async sitePage(filter: SiteFilter, limit: number, afterId: string | null): Promise<{ rows: SiteRow[]; total: number }> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter.provinceCode) where.push(`op.province_code = ${params.add(filter.provinceCode)}`);
    if (filter.method) where.push(`s.method = ${params.add(filter.method)}`);
    if (filter.status) where.push(`s.status = ${params.add(filter.status)}`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countParams = [...params.values];
    // The cursor is the last site's id (a Thai name would make cursors long); its sort key is looked up.
    const page = afterId
      ? `${whereSql ? `${whereSql} AND` : 'WHERE'} (op.province_code, s.name_th, s.id::text) >
           (SELECT aop.province_code, a.name_th, a.id::text FROM waste_disposal_site a JOIN local_authority aop ON aop.code = a.operator_lao_code WHERE a.id = ${params.add(afterId)}::uuid)`
      : whereSql;
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(`SELECT ${SITE_COLUMNS} FROM ${SITE_FROM} ${page} ORDER BY op.province_code, s.name_th, s.id::text LIMIT ${params.add(limit + 1)}`, params.values),
      this.db.query(`SELECT count(*)::int AS total FROM ${SITE_FROM} ${whereSql}`, countParams) as Promise<[{ total: number }]>,
    ]);
    return { rows, total };
  }

  async sites(ids: readonly string[], manager: EntityManager = this.db.manager, lock = false): Promise<SiteRow[]> {
    if (ids.length === 0) return [];
    return manager.query(`SELECT ${SITE_COLUMNS} FROM ${SITE_FROM} WHERE s.id = ANY($1::uuid[]) ${lock ? 'FOR UPDATE OF s' : ''}`, [ids]);
  }

  async insertSite(manager: EntityManager, site: SiteValues, by: string): Promise<string> {
    const [{ id }] = (await manager.query(
      `INSERT INTO waste_disposal_site (operator_lao_code, name_th, method, status, latitude, longitude, capacity_tonnes_per_day, opened_year, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [site.operatorLaoCode, site.nameTh, site.method, site.status, site.latitude, site.longitude, site.capacityTonnesPerDay, site.openedYear, by],
    )) as [{ id: string }];
    return id;
  }

  async updateSite(manager: EntityManager, id: string, site: SiteValues, by: string): Promise<void> {
    await manager.query(
      `UPDATE waste_disposal_site SET name_th = $2, method = $3, status = $4, latitude = $5, longitude = $6, capacity_tonnes_per_day = $7,
              opened_year = $8, updated_by = $9, updated_at = now() WHERE id = $1`,
      [id, site.nameTh, site.method, site.status, site.latitude, site.longitude, site.capacityTonnesPerDay, site.openedYear, by],
    );
  }

  async deleteSite(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM waste_disposal_site WHERE id = $1`, [id]);
  }

  /** The LAOs that send waste to a site, in its latest year with any (what blocks deleting it). */
  async latestClients(manager: EntityManager, siteId: string): Promise<{ fiscalYear: number; count: number } | null> {
    const rows: { fiscal_year: number; n: number }[] = await manager.query(
      `SELECT fiscal_year, count(*)::int AS n FROM waste_disposal_use WHERE site_id = $1 GROUP BY fiscal_year ORDER BY fiscal_year DESC LIMIT 1`,
      [siteId],
    );
    return rows[0] ? { fiscalYear: rows[0].fiscal_year, count: rows[0].n } : null;
  }

  /** Where these LAOs' waste goes in a year, with each site. */
  usesOf(laoCodes: readonly string[], fiscalYear: number, manager: EntityManager = this.db.manager): Promise<UseRow[]> {
    return manager.query(
      `SELECT u.lao_code, u.tonnes_per_day, ${SITE_COLUMNS}
         FROM waste_disposal_use u JOIN ${SITE_FROM} ON s.id = u.site_id
        WHERE u.fiscal_year = $1 AND u.lao_code = ANY($2::bpchar[]) ORDER BY u.lao_code, u.tonnes_per_day DESC, s.name_th`,
      [fiscalYear, laoCodes],
    );
  }

  async replaceUses(manager: EntityManager, laoCode: string, fiscalYear: number, uses: readonly { siteId: string; tonnesPerDay: number }[]): Promise<void> {
    await manager.query(`DELETE FROM waste_disposal_use WHERE lao_code = $1 AND fiscal_year = $2`, [laoCode, fiscalYear]);
    if (uses.length === 0) return;
    await manager.query(
      `INSERT INTO waste_disposal_use (lao_code, fiscal_year, site_id, tonnes_per_day)
       SELECT $1, $2, site_id, tonnes FROM unnest($3::uuid[], $4::numeric[]) AS t(site_id, tonnes)`,
      [laoCode, fiscalYear, uses.map((u) => u.siteId), uses.map((u) => u.tonnesPerDay)],
    );
  }

  /** The clients of many sites in a year, each with its LAO's province and submission status (for scope). */
  clientsOf(siteIds: readonly string[], fiscalYear: number): Promise<ClientRow[]> {
    return this.db.query(
      `SELECT u.site_id, u.lao_code, la.province_code AS lao_province_code, u.tonnes_per_day, sub.status
         FROM waste_disposal_use u
         JOIN local_authority la ON la.code = u.lao_code
         LEFT JOIN submission sub ON sub.module = 'WASTE' AND sub.lao_code = u.lao_code AND sub.fiscal_year = u.fiscal_year
        WHERE u.fiscal_year = $1 AND u.site_id = ANY($2::uuid[]) ORDER BY u.site_id, u.tonnes_per_day DESC, u.lao_code`,
      [fiscalYear, siteIds],
    );
  }
}

/** The methods counted as properly disposed, as an SQL list (constants from libs/domain, never user input). */
export const PROPER_METHODS_SQL = PROPER_DISPOSAL_METHODS.map((m) => `'${m}'`).join(', ');
