import { addEServiceItemSchema, type EServiceAnswer, ESERVICE_SIDES, isMessageKey, type MessageKey, saveEServiceSideSchema } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AccessPolicy } from '../auth/access-policy.service';
import { actorLabel } from '../auth/actor';
import { AppError, parseInput } from '../common/app-error';
import type { RequestContext } from '../common/context';
import { CertificationService } from '../certification/certification.service';
import { CertifiedModules } from '../certification/certified-modules';
import { SubmissionWorkflow } from '../certification/submission-workflow.service';
import type { AddEServiceItemInput, EServiceItem, EServiceSide, EServiceSurvey, SaveEServiceSideInput } from './eservice.models';
import { type AnswerRow, EServiceRepository, type ItemRow, type SurveyCatalogue } from './eservice.repository';

const MODULE = 'ESERVICE' as const;
/** Sides whose added items go under a sub-group ("+" in sides 1–3); sides 4–6 add at the top ("+ เพิ่มข้อมูล"). */
const GROUPED_SIDES = [1, 2, 3];

/**
 * The e-Service survey (seed 002) on the module kit: its own survey tables, every edit (side answers, items added
 * and deleted) and certification on the shared workflow, which keeps completeness on the submission.
 */
@Injectable()
export class EServiceService {
  private catalogue: Promise<SurveyCatalogue> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: EServiceRepository,
    private readonly certification: CertificationService,
    private readonly workflow: SubmissionWorkflow,
    private readonly policy: AccessPolicy,
    modules: CertifiedModules,
  ) {
    modules.register({
      module: MODULE,
      completeness: async ({ manager, lao, fiscalYear }) => {
        const sides = await this.sides(manager, lao.code, fiscalYear);
        return {
          complete: sides.every((s) => s.complete),
          recordedCount: sides.reduce((n, s) => n + s.items.filter((i) => i.offered !== null).length, 0),
          missing: sides
            .filter((s) => !s.complete)
            .map((s) => ({
              section: String(s.side),
              labelTh: `ด้านที่ ${s.side} ${s.titleTh}`,
              labelEn: `Side ${s.side} ${s.titleEn}`,
              items: s.items.filter((i) => i.offered === null).map((i) => ({ code: i.id, labelTh: i.nameTh, labelEn: i.nameEn ?? i.nameTh })),
            })),
        };
      },
      // Partners read the sides' numbers in `incompleteSides` (api-contract.md).
      incomplete: (missing) => {
        const incompleteSides = missing.map((m) => Number(m.section));
        return { messageKey: 'eservice.incomplete', params: { sides: incompleteSides.join(', ') }, extensions: { incompleteSides } };
      },
    });
  }

  async survey(laoCode: string, fiscalYear: number, ctx?: RequestContext): Promise<EServiceSurvey> {
    const lao = await this.certification.laoScope(laoCode, ctx);
    const row = await this.certification.find(MODULE, lao, fiscalYear);
    return { ...this.certification.toModel<EServiceSurvey>(row), sides: await this.sides(this.db.manager, lao.code, fiscalYear) };
  }

  /** บันทึกและไปด้านถัดไป: the answers of one side; items not listed keep theirs. */
  async saveSide(ctx: RequestContext, raw: SaveEServiceSideInput): Promise<EServiceSide> {
    const input = this.parseAnswers(raw);
    const { result } = await this.workflow.edit(ctx, { module: MODULE, laoCode: input.laoCode, fiscalYear: input.fiscalYear }, async ({ manager, lao, actor }) => {
      const items = await this.repository.items(manager, lao.code, input.fiscalYear);
      const sideItems = new Set(items.filter((i) => i.side === input.side).map((i) => i.id));
      const unknown = input.answers.findIndex((a) => !sideItems.has(a.itemId));
      if (unknown >= 0) {
        throw new AppError('BAD_USER_INPUT', 'eservice.unknownItem', {}, {}, new z.ZodError([
          { code: 'custom', path: ['answers', unknown, 'itemId'], message: 'eservice.unknownItem', input: input.answers[unknown]!.itemId },
        ]));
      }
      await this.repository.saveAnswers(manager, lao.code, input.fiscalYear, input.answers);
      await this.repository.markSideSaved(manager, lao.code, input.fiscalYear, input.side, actorLabel(actor));
      return input.side;
    });
    return (await this.sides(this.db.manager, input.laoCode, input.fiscalYear)).find((s) => s.side === result)!;
  }

  /** "+" under a sub-group (sides 1–3) or "+ เพิ่มข้อมูล" at the top (sides 4–6): an item of the LAO's own. */
  async addItem(ctx: RequestContext, raw: AddEServiceItemInput): Promise<EServiceItem> {
    const input = parseInput(addEServiceItemSchema, raw);
    const catalogue = await this.loadCatalogue();
    const group = input.group ?? null;
    if (GROUPED_SIDES.includes(input.side) && catalogue.groups.some((g) => g.side === input.side) && !group) {
      throw new AppError('BAD_USER_INPUT', 'eservice.groupRequired', { side: input.side });
    }
    if (group && !catalogue.groups.some((g) => g.code === group && g.side === input.side)) {
      throw new AppError('BAD_USER_INPUT', 'eservice.unknownGroup', { group: group.slice(0, 40), side: input.side });
    }
    const { result } = await this.workflow.edit(ctx, { module: MODULE, laoCode: input.laoCode, fiscalYear: input.fiscalYear }, ({ manager, lao, actor }) =>
      this.repository.addItem(manager, { side: input.side, group, nameTh: input.nameTh, laoCode: lao.code, fiscalYear: input.fiscalYear }, actorLabel(actor)),
    );
    return this.toItem(result, undefined);
  }

  /** Only items the LAO added may go (the red bin); preset items refuse with FORBIDDEN. */
  async deleteItem(ctx: RequestContext, id: string): Promise<boolean> {
    if (!z.uuid().safeParse(id).success) throw new AppError('BAD_USER_INPUT', 'eservice.unknownItem');
    const item = await this.repository.findItem(id);
    if (!item) throw new AppError('NOT_FOUND', 'notFound.record');
    // Scope first: whether an item is preset is no business of someone who may not record for any LAO.
    this.policy.requireRight(ctx.actor, MODULE, 'RECORD');
    if (!item.lao_code || item.fiscal_year === null) throw new AppError('FORBIDDEN', 'eservice.presetItem');
    const lao = await this.policy.assertLao(ctx.actor, MODULE, 'RECORD', item.lao_code);
    (ctx.laos ??= new Map()).set(lao.code, lao);
    await this.workflow.edit(ctx, { module: MODULE, laoCode: item.lao_code, fiscalYear: item.fiscal_year }, ({ manager }) => this.repository.deleteItem(manager, id));
    return true;
  }

  /** รับรองข้อมูลและส่งจังหวัด: INCOMPLETE with extensions.incompleteSides while any side is incomplete. */
  async certify(ctx: RequestContext, laoCode: string, fiscalYear: number): Promise<EServiceSurvey> {
    await this.workflow.certify(ctx, { module: MODULE, laoCode, fiscalYear });
    return this.survey(laoCode, fiscalYear, ctx);
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

  private async sides(manager: EntityManager, laoCode: string, fiscalYear: number): Promise<EServiceSide[]> {
    const [catalogue, items, answers, saves] = await Promise.all([
      this.loadCatalogue(),
      this.repository.items(manager, laoCode, fiscalYear),
      this.repository.answers(manager, laoCode, fiscalYear),
      this.repository.sideSaves(manager, laoCode, fiscalYear),
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

  private loadCatalogue(): Promise<SurveyCatalogue> {
    this.catalogue ??= this.repository.catalogue().catch((error: unknown) => {
      this.catalogue = null;
      throw error;
    });
    return this.catalogue;
  }
}
