import {
  addEServiceItemSchema,
  type EServiceAnswer,
  type EServiceChannel,
  ESERVICE_CHANNELS,
  ESERVICE_SIDES,
  isMessageKey,
  type MessageKey,
  saveEServiceSideSchema,
} from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AccessPolicy } from '../auth/access-policy.service';
import { type Actor, actorLabel } from '../auth/actor';
import { AppError, parseInput } from '../common/app-error';
import { CertificationService, type SubmissionRow } from '../certification/certification.service';
import { GeographyService } from '../registry/geography.service';
import type {
  AddEServiceItemInput,
  EServiceItem,
  EServiceItemAdoption,
  EServiceProvinceAdoption,
  EServiceSide,
  EServiceSurvey,
  SaveEServiceSideInput,
} from './eservice.models';

const MODULE = 'ESERVICE' as const;
/** Sides whose added items go under a sub-group ("+" in sides 1–3); sides 4–6 add at the top ("+ เพิ่มข้อมูล"). */
const GROUPED_SIDES = [1, 2, 3];

interface ItemRow {
  id: string;
  code: string | null;
  side: number;
  group_code: string | null;
  position: number;
  name_th: string;
  name_en: string | null;
  lao_code: string | null;
}

interface AnswerRow {
  item_id: string;
  offered: boolean;
  needed: boolean | null;
  steps: number[] | null;
  channels: EServiceChannel[] | null;
  other_channels: string | null;
  users: number | null;
}

interface Catalogue {
  sides: { side: number; title_th: string; title_en: string }[];
  groups: { code: string; side: number; title_th: string; title_en: string }[];
}

/**
 * The e-Service survey (seed 002) on the shared certification machine: sides saved one at a time, items added and
 * deleted by the LAO, completeness kept on the submission under its lock, adoption reports in one grouped query.
 */
@Injectable()
export class EServiceService {
  private catalogue: Promise<Catalogue> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly certification: CertificationService,
    private readonly policy: AccessPolicy,
    private readonly geography: GeographyService,
  ) {}

  async survey(laoCode: string, fiscalYear: number): Promise<EServiceSurvey> {
    const lao = await this.certification.laoScope(laoCode);
    const row = await this.certification.find(MODULE, lao, fiscalYear);
    return { ...this.certification.toModel<EServiceSurvey>(row), sides: await this.sides(this.db.manager, laoCode, fiscalYear) };
  }

  /** บันทึกและไปด้านถัดไป: the answers of one side; items not listed keep theirs. */
  async saveSide(actor: Actor, raw: SaveEServiceSideInput): Promise<EServiceSide> {
    const input = this.parseAnswers(raw);
    return this.db.transaction(async (manager) => {
      const lao = await this.certification.laoScope(input.laoCode, manager);
      const row = await this.certification.lock(manager, MODULE, lao, input.fiscalYear);
      await this.certification.assertWindowOpen(manager, actor, MODULE, lao, input.fiscalYear);
      this.certification.assertEditable(row);
      const items = await this.items(manager, lao.code, input.fiscalYear);
      const sideItems = new Set(items.filter((i) => i.side === input.side).map((i) => i.id));
      const unknown = input.answers.findIndex((a) => !sideItems.has(a.itemId));
      if (unknown >= 0) {
        throw new AppError('BAD_USER_INPUT', 'eservice.unknownItem', {}, {}, new z.ZodError([
          { code: 'custom', path: ['answers', unknown, 'itemId'], message: 'eservice.unknownItem', input: input.answers[unknown]!.itemId },
        ]));
      }
      const a = input.answers;
      if (a.length) {
        await manager.query(
          `INSERT INTO eservice_answer (lao_code, fiscal_year, item_id, offered, needed, steps, channels, other_channels, users)
           SELECT $1, $2, t.item_id, t.offered, t.needed, CASE WHEN t.offered THEN string_to_array(t.steps, ',')::smallint[] END,
                  CASE WHEN t.offered THEN string_to_array(t.channels, ',')::varchar[] END, t.other_channels, t.users
             FROM unnest($3::uuid[], $4::boolean[], $5::boolean[], $6::text[], $7::text[], $8::text[], $9::int[])
                  AS t(item_id, offered, needed, steps, channels, other_channels, users)
           ON CONFLICT (lao_code, fiscal_year, item_id) DO UPDATE SET offered = EXCLUDED.offered, needed = EXCLUDED.needed,
              steps = EXCLUDED.steps, channels = EXCLUDED.channels, other_channels = EXCLUDED.other_channels, users = EXCLUDED.users`,
          [
            lao.code,
            input.fiscalYear,
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
      await manager.query(
        `INSERT INTO eservice_side_save (lao_code, fiscal_year, side, saved_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (lao_code, fiscal_year, side) DO UPDATE SET saved_at = now(), saved_by = EXCLUDED.saved_by`,
        [lao.code, input.fiscalYear, input.side, actorLabel(actor)],
      );
      const sides = await this.refreshCompleteness(manager, row, actor);
      return sides.find((s) => s.side === input.side)!;
    });
  }

  /** "+" under a sub-group (sides 1–3) or "+ เพิ่มข้อมูล" at the top (sides 4–6): an item of the LAO's own. */
  async addItem(actor: Actor, raw: AddEServiceItemInput): Promise<EServiceItem> {
    const input = parseInput(addEServiceItemSchema, raw);
    const catalogue = await this.loadCatalogue();
    const group = input.group ?? null;
    if (GROUPED_SIDES.includes(input.side) && catalogue.groups.some((g) => g.side === input.side)) {
      if (!group) throw new AppError('BAD_USER_INPUT', 'eservice.groupRequired', { side: input.side });
    }
    if (group && !catalogue.groups.some((g) => g.code === group && g.side === input.side)) {
      throw new AppError('BAD_USER_INPUT', 'eservice.unknownGroup', { group: group.slice(0, 40), side: input.side });
    }
    return this.db.transaction(async (manager) => {
      const lao = await this.certification.laoScope(input.laoCode, manager);
      const row = await this.certification.lock(manager, MODULE, lao, input.fiscalYear);
      await this.certification.assertWindowOpen(manager, actor, MODULE, lao, input.fiscalYear);
      this.certification.assertEditable(row);
      const [item] = (await manager.query(
        `INSERT INTO eservice_item (side, group_code, position, name_th, lao_code, fiscal_year, created_by)
         VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM eservice_item), $3, $4, $5, $6)
         RETURNING id, code, side, group_code, position, name_th, name_en, lao_code`,
        [input.side, group, input.nameTh, lao.code, input.fiscalYear, actorLabel(actor)],
      )) as ItemRow[];
      await this.refreshCompleteness(manager, row, actor);
      return this.toItem(item!, undefined);
    });
  }

  /** Only items the LAO added may go (the red bin); preset items refuse with FORBIDDEN. */
  async deleteItem(actor: Actor, id: string): Promise<boolean> {
    if (!z.uuid().safeParse(id).success) throw new AppError('BAD_USER_INPUT', 'eservice.unknownItem');
    const [item] = (await this.db.query(`SELECT id, lao_code, fiscal_year FROM eservice_item WHERE id = $1`, [id])) as {
      id: string;
      lao_code: string | null;
      fiscal_year: number | null;
    }[];
    if (!item) throw new AppError('NOT_FOUND', 'notFound.record');
    // Scope first: whether an item is preset is no business of someone who may not record for any LAO.
    this.policy.requireRight(actor, MODULE, 'RECORD');
    if (!item.lao_code || item.fiscal_year === null) throw new AppError('FORBIDDEN', 'eservice.presetItem');
    await this.policy.assertLao(actor, MODULE, 'RECORD', item.lao_code);
    return this.db.transaction(async (manager) => {
      const lao = await this.certification.laoScope(item.lao_code!, manager);
      const row = await this.certification.lock(manager, MODULE, lao, item.fiscal_year!);
      await this.certification.assertWindowOpen(manager, actor, MODULE, lao, item.fiscal_year!);
      this.certification.assertEditable(row);
      await manager.query(`DELETE FROM eservice_answer WHERE item_id = $1`, [id]);
      await manager.query(`DELETE FROM eservice_item WHERE id = $1`, [id]);
      await this.refreshCompleteness(manager, row, actor);
      return true;
    });
  }

  /** รับรองข้อมูลและส่งจังหวัด: INCOMPLETE with extensions.incompleteSides while any side is incomplete. */
  async certify(actor: Actor, laoCode: string, fiscalYear: number): Promise<EServiceSurvey> {
    await this.db.transaction(async (manager) => {
      const lao = await this.certification.laoScope(laoCode, manager);
      const row = await this.certification.lock(manager, MODULE, lao, fiscalYear);
      await this.certification.assertWindowOpen(manager, actor, MODULE, lao, fiscalYear);
      this.certification.assertMayFire(actor, lao, row, 'CERTIFY');
      const sides = await this.refreshCompleteness(manager, row, actor);
      const incompleteSides = sides.filter((s) => !s.complete).map((s) => s.side);
      if (incompleteSides.length) {
        throw new AppError('INCOMPLETE', 'eservice.incomplete', { sides: incompleteSides.join(', ') }, { incompleteSides });
      }
      await this.certification.fire(manager, actor, lao, { ...row, complete: true }, 'CERTIFY');
    });
    return this.survey(laoCode, fiscalYear);
  }

  /** Adoption per preset item, nationally or in one province: one grouped query. */
  async adoption(fiscalYear: number, provinceCode: string | null, certifiedOnly: boolean): Promise<EServiceItemAdoption[]> {
    if (provinceCode && !this.geography.province(provinceCode)) throw new AppError('BAD_USER_INPUT', 'input.unknownProvince', { code: provinceCode.slice(0, 20) });
    const stepColumns = [1, 2, 3, 4, 5, 6].map((s) => `count(*) FILTER (WHERE a.offered AND ${s} = ANY(a.steps))::int AS step_${s}`).join(', ');
    const channelColumns = ESERVICE_CHANNELS.map((c) => `count(*) FILTER (WHERE a.offered AND '${c}' = ANY(a.channels))::int AS channel_${c.toLowerCase()}`).join(', ');
    const rows: Record<string, unknown>[] = await this.db.query(
      `WITH answers AS (
         SELECT a.* FROM eservice_answer a
           JOIN local_authority l ON l.code = a.lao_code
           ${certifiedOnly ? `JOIN submission s ON s.module = 'ESERVICE' AND s.lao_code = a.lao_code AND s.fiscal_year = a.fiscal_year AND s.status <> 'DRAFT'` : ''}
          WHERE a.fiscal_year = $1 AND ($2::text IS NULL OR l.province_code = $2))
       SELECT i.code, i.side, i.group_code, i.name_th, i.name_en, i.position,
              sd.title_th AS side_title_th, sd.title_en AS side_title_en, g.title_th AS group_title_th, g.title_en AS group_title_en,
              count(a.item_id)::int AS answered,
              count(*) FILTER (WHERE a.offered)::int AS offered,
              count(*) FILTER (WHERE NOT a.offered AND a.needed)::int AS needed,
              count(*) FILTER (WHERE NOT a.offered AND NOT a.needed)::int AS not_needed,
              coalesce(sum(a.users) FILTER (WHERE a.offered), 0)::float8 AS total_users,
              ${stepColumns}, ${channelColumns}
         FROM eservice_item i
         JOIN eservice_side sd ON sd.side = i.side
         LEFT JOIN eservice_group g ON g.code = i.group_code
         LEFT JOIN answers a ON a.item_id = i.id
        WHERE i.lao_code IS NULL AND i.first_year <= $1 AND (i.last_year IS NULL OR i.last_year >= $1)
        GROUP BY i.id, sd.side, g.code ORDER BY i.side, i.position`,
      [fiscalYear, provinceCode],
    );
    return rows.map((r) => ({
      itemCode: r.code as string,
      side: r.side as number,
      sideTitleTh: r.side_title_th as string,
      sideTitleEn: r.side_title_en as string,
      group: r.group_code as string | null,
      groupTitleTh: r.group_title_th as string | null,
      groupTitleEn: r.group_title_en as string | null,
      nameTh: r.name_th as string,
      nameEn: r.name_en as string | null,
      answered: r.answered as number,
      offered: r.offered as number,
      offeredShare: (r.answered as number) ? (r.offered as number) / (r.answered as number) : 0,
      needed: r.needed as number,
      notNeeded: r.not_needed as number,
      totalUsers: r.total_users as number,
      steps: [1, 2, 3, 4, 5, 6].map((step) => ({ step, count: r[`step_${step}`] as number })),
      channels: ESERVICE_CHANNELS.map((channel) => ({ channel, count: r[`channel_${channel.toLowerCase()}`] as number })),
    }));
  }

  /** Per province: respondents, LAOs offering anything online, and the share of answered items offered. */
  async provinceAdoption(fiscalYear: number, certifiedOnly: boolean): Promise<EServiceProvinceAdoption[]> {
    const rows: { province_code: string; lao_count: number; respondents: number; offering_any: number; answered: number; offered: number }[] =
      await this.db.query(
        `WITH per_lao AS (
           SELECT a.lao_code, count(*)::int AS answered, count(*) FILTER (WHERE a.offered)::int AS offered
             FROM eservice_answer a
             ${certifiedOnly ? `JOIN submission s ON s.module = 'ESERVICE' AND s.lao_code = a.lao_code AND s.fiscal_year = a.fiscal_year AND s.status <> 'DRAFT'` : ''}
            WHERE a.fiscal_year = $1 GROUP BY a.lao_code)
         SELECT l.province_code, count(*)::int AS lao_count, count(p.lao_code)::int AS respondents,
                count(*) FILTER (WHERE p.offered > 0)::int AS offering_any,
                coalesce(sum(p.answered), 0)::int AS answered, coalesce(sum(p.offered), 0)::int AS offered
           FROM local_authority l LEFT JOIN per_lao p ON p.lao_code = l.code
          GROUP BY l.province_code`,
        [fiscalYear],
      );
    const byCode = new Map(rows.map((r) => [r.province_code, r]));
    return this.geography
      .allProvinces()
      .filter((p) => byCode.has(p.code))
      .map((province) => {
        const r = byCode.get(province.code)!;
        return {
          provinceCode: province.code,
          province,
          laoCount: r.lao_count,
          respondents: r.respondents,
          offeringAny: r.offering_any,
          offeredShare: r.answered ? r.offered / r.answered : 0,
        };
      });
  }

  private parseAnswers(raw: SaveEServiceSideInput): { laoCode: string; fiscalYear: number; side: number; answers: EServiceAnswer[] } {
    const parsed = saveEServiceSideSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      const index = first.path[0] === 'answers' ? Number(first.path[1]) : -1;
      const item = index >= 0 ? raw.answers[index]?.itemId ?? '' : '';
      const key: MessageKey = index >= 0 ? 'eservice.invalidAnswers' : isMessageKey(first.message) ? first.message : 'input.invalid';
      throw new AppError('BAD_USER_INPUT', key, { count: parsed.error.issues.length, item: String(item).slice(0, 40) }, { itemId: item || undefined }, parsed.error);
    }
    return parsed.data;
  }

  /** The items an LAO sees in a year: the preset catalogue of the year and its own additions. */
  private items(manager: EntityManager, laoCode: string, fiscalYear: number): Promise<ItemRow[]> {
    return manager.query(
      `SELECT id, code, side, group_code, position, name_th, name_en, lao_code FROM eservice_item
        WHERE (lao_code IS NULL AND first_year <= $2 AND (last_year IS NULL OR last_year >= $2))
           OR (lao_code = $1 AND fiscal_year = $2)
        ORDER BY side, position`,
      [laoCode, fiscalYear],
    );
  }

  private async sides(manager: EntityManager, laoCode: string, fiscalYear: number): Promise<EServiceSide[]> {
    const [catalogue, items, answers, saves] = await Promise.all([
      this.loadCatalogue(),
      this.items(manager, laoCode, fiscalYear),
      manager.query(
        `SELECT item_id, offered, needed, steps, channels, other_channels, users FROM eservice_answer WHERE lao_code = $1 AND fiscal_year = $2`,
        [laoCode, fiscalYear],
      ) as Promise<AnswerRow[]>,
      manager.query(`SELECT side, saved_at FROM eservice_side_save WHERE lao_code = $1 AND fiscal_year = $2`, [laoCode, fiscalYear]) as Promise<
        { side: number; saved_at: Date }[]
      >,
    ]);
    const answerOf = new Map(answers.map((a) => [a.item_id, a]));
    const savedAt = new Map(saves.map((s) => [s.side, s.saved_at]));
    return ESERVICE_SIDES.map((side) => {
      const info = catalogue.sides.find((s) => s.side === side)!;
      const groups = catalogue.groups.filter((g) => g.side === side);
      const groupOrder = (code: string | null) => (code === null ? groups.length : groups.findIndex((g) => g.code === code));
      const sideItems = items
        .filter((i) => i.side === side)
        .sort((a, b) => groupOrder(a.group_code) - groupOrder(b.group_code) || a.position - b.position)
        .map((i) => this.toItem(i, answerOf.get(i.id)));
      const saved = savedAt.get(side) ?? null;
      return {
        side,
        titleTh: info.title_th,
        titleEn: info.title_en,
        groups: groups.map((g) => ({ code: g.code, titleTh: g.title_th, titleEn: g.title_en })),
        items: sideItems,
        savedAt: saved,
        complete: saved !== null && sideItems.every((i) => i.offered !== null),
      };
    });
  }

  private async refreshCompleteness(manager: EntityManager, row: SubmissionRow, actor: Actor): Promise<EServiceSide[]> {
    const sides = await this.sides(manager, row.lao_code, row.fiscal_year);
    const answered = sides.reduce((n, s) => n + s.items.filter((i) => i.offered !== null).length, 0);
    await manager.query(`UPDATE submission SET complete = $2, recorded_count = $3, updated_at = now(), updated_by = $4 WHERE id = $1`, [
      row.id,
      sides.every((s) => s.complete),
      answered,
      actorLabel(actor),
    ]);
    return sides;
  }

  private toItem(item: ItemRow, answer: AnswerRow | undefined): EServiceItem {
    return {
      id: item.id,
      code: item.code,
      side: item.side,
      group: item.group_code,
      nameTh: item.name_th,
      nameEn: item.name_en,
      custom: item.lao_code !== null,
      offered: answer?.offered ?? null,
      needed: answer?.needed ?? null,
      steps: answer?.steps ?? null,
      channels: answer?.channels ?? null,
      otherChannels: answer?.other_channels ?? null,
      users: answer?.users ?? null,
    };
  }

  private loadCatalogue(): Promise<Catalogue> {
    this.catalogue ??= Promise.all([
      this.db.query(`SELECT side, title_th, title_en FROM eservice_side ORDER BY side`),
      this.db.query(`SELECT code, side, title_th, title_en FROM eservice_group ORDER BY side, position`),
    ])
      .then(([sides, groups]) => ({ sides, groups }) as Catalogue)
      .catch((error: unknown) => {
        this.catalogue = null;
        throw error;
      });
    return this.catalogue;
  }
}
