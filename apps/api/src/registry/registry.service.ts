import { updateLocalAuthorityContactsSchema, type LaoSort, type LaoType, type LocalAuthorityFilterInput } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { actorLabel } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, parseInput } from '../common/app-error';
import type { Loaders } from '../common/loaders';
import { type Connection, pageWindow, type PageArgs, toConnection } from '../common/paging';
import { GeographyService } from './geography.service';
import { laoFilterConditions, parseLaoFilter, queryLaoPage, SqlParams } from './lao-filter';
import { isDefaultSort, type LocalAuthoritySort, normalSort, querySortedLaoPage, sortedPageWindow, withSortedCursors } from './lao-sort';
import type { LocalAuthority, LocalAuthorityFilter, UpdateLocalAuthorityContactsInput } from './registry.models';

interface LocalAuthorityRow {
  code: string;
  name_th: string;
  name_en: string;
  type: LaoType;
  province_code: string;
  district_code: string | null;
  website: string | null;
  info_admins: { name: string; position: string; phone: string }[];
  updated_at: Date;
}

const COLUMNS = `code, name_th, name_en, type, province_code, district_code, website, info_admins, updated_at`;


@Injectable()
export class RegistryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly geography: GeographyService,
    private readonly audit: AuditService,
  ) {}

  async findByCode(code: string): Promise<LocalAuthority | null> {
    if (!/^\d{7}$/.test(code)) return null;
    const rows: LocalAuthorityRow[] = await this.db.query(`SELECT ${COLUMNS} FROM local_authority WHERE code = $1`, [code]);
    return rows[0] ? this.toModel(rows[0]) : null;
  }

  /** Many LAOs by code in one query, for DataLoaders (a list of submissions never looks LAOs up one by one). */
  loader(loaders: Loaders) {
    return loaders.get<string, LocalAuthority>('registry.laoByCode', async (codes) => {
      const rows: LocalAuthorityRow[] = await this.db.query(`SELECT ${COLUMNS} FROM local_authority WHERE code = ANY($1::bpchar[])`, [codes]);
      const byCode = new Map(rows.map((r) => [r.code, this.toModel(r)]));
      return codes.map((code) => byCode.get(code) ?? null);
    });
  }

  /**
   * A page of the registry: the page and, when `count` (totalCount selected), its count beside it, whatever the page
   * size; by code unless `sort` says otherwise.
   */
  async list(
    filterInput: LocalAuthorityFilter | null | undefined,
    page: PageArgs,
    sortInput?: LocalAuthoritySort | null,
    count = true,
  ): Promise<Connection<LocalAuthority>> {
    const filter = parseLaoFilter(this.geography, filterInput);
    const sort = normalSort(sortInput);
    if (!isDefaultSort(sort)) return this.sortedList(filter, page, sort, count);
    const { limit, afterKey } = pageWindow(page);
    // A code order's cursor is an LAO code: one of another order (lao-sort.ts) would silently give a wrong page.
    if (afterKey !== null && !/^\d{7}$/.test(afterKey)) throw new AppError('BAD_USER_INPUT', 'input.badCursor');
    const params = new SqlParams();
    const where = laoFilterConditions('', filter, {}, params);
    const { rows, total } = await queryLaoPage<LocalAuthorityRow>(this.db, {
      select: COLUMNS,
      from: 'FROM local_authority',
      alias: '',
      where,
      params,
      limit,
      afterKey,
      count,
    });
    return toConnection(rows.map((r) => this.toModel(r)), limit, total, (lao) => lao.code);
  }

  /** A page in another order than by code (lao-sort.ts): keyset on (column, code), the cursor naming the order. */
  private async sortedList(filter: LocalAuthorityFilterInput, page: PageArgs, sort: LaoSort, count: boolean): Promise<Connection<LocalAuthority>> {
    const { limit, afterCode } = sortedPageWindow(page, sort);
    const params = new SqlParams();
    const where = laoFilterConditions('la', filter, {}, params);
    const select = COLUMNS.split(', ').map((c) => `la.${c}`).join(', ');
    const { rows, total } = await querySortedLaoPage<LocalAuthorityRow>(this.db, { select, from: 'FROM local_authority la', alias: 'la', where, params, limit, sort, afterCode, count });
    return withSortedCursors(toConnection(rows.map((r) => this.toModel(r)), limit, total, (lao) => lao.code), sort, (lao) => lao.code);
  }

  /**
   * Seed 001: the LAO's website and at most two INFO administrators. Validated with the schema the SPA form uses;
   * the row is locked while it changes and the audit trail keeps before and after, in the same transaction.
   */
  async updateContacts(actor: Actor, rawInput: UpdateLocalAuthorityContactsInput): Promise<LocalAuthority> {
    const input = parseInput(updateLocalAuthorityContactsSchema, rawInput);
    return this.db.transaction(async (manager) => {
      const rows: LocalAuthorityRow[] = await manager.query(
        `SELECT ${COLUMNS} FROM local_authority WHERE code = $1 FOR UPDATE`,
        [input.laoCode],
      );
      const before = rows[0];
      if (!before) throw new AppError('BAD_USER_INPUT', 'input.unknownLao', { code: input.laoCode });
      const website = input.website === undefined ? before.website : input.website || null;
      const infoAdmins = input.infoAdmins === undefined ? before.info_admins : (input.infoAdmins ?? []);
      const updated: LocalAuthorityRow[] = await manager.query(
        `UPDATE local_authority SET website = $2, info_admins = $3::jsonb, updated_at = now(), updated_by = $4
          WHERE code = $1 RETURNING ${COLUMNS}`,
        [input.laoCode, website, JSON.stringify(infoAdmins), actorLabel(actor)],
      ).then((result: [LocalAuthorityRow[], number]) => result[0]);
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        module: 'REGISTRY',
        laoCode: input.laoCode,
        subjectType: 'LOCAL_AUTHORITY',
        subjectId: input.laoCode,
        detail: {
          before: { website: before.website, infoAdmins: before.info_admins },
          after: { website, infoAdmins },
        },
      });
      const row = updated[0];
      if (!row) throw new AppError('CONFLICT', 'notFound.record');
      return this.toModel(row);
    });
  }

  private toModel(row: LocalAuthorityRow): LocalAuthority {
    const province = this.geography.province(row.province_code);
    if (!province) throw new Error(`LAO ${row.code} refers to unknown province ${row.province_code}`);
    return {
      code: row.code,
      nameTh: row.name_th,
      nameEn: row.name_en,
      type: row.type,
      provinceCode: row.province_code,
      province,
      district: this.geography.district(row.district_code),
      website: row.website,
      storedInfoAdmins: row.info_admins,
      updatedAt: row.updated_at,
    };
  }
}
