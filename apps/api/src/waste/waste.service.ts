import {
  disposalProblem,
  type IndicatorDefinition,
  type IndicatorValue,
  missingIndicators,
  PROPER_DISPOSAL_METHODS,
  saveWasteDisposalSchema,
  saveWasteSectionSchema,
  WASTE_CODES,
  WASTE_SECTIONS,
  wasteFigures,
  wasteParts,
  wasteRuleProblems,
  wasteWarnings,
  type WasteSection,
} from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppError, parseInput } from '../common/app-error';
import type { RequestContext } from '../common/context';
import { LinkedSources } from '../catalogue/linked-sources';
import { SectionsService } from '../catalogue/sections.service';
import type { SectionRow } from '../catalogue/sections.repository';
import { CertificationService, type SubmissionRow } from '../certification/certification.service';
import { type Completeness, CertifiedModules, type SubmissionContext } from '../certification/certified-modules';
import { SubmissionWorkflow } from '../certification/submission-workflow.service';
import { toSite, WASTE_FORM } from './waste.form';
import type { SaveWasteDisposalInput, SaveWasteSectionInput, WasteIndicator, WasteReport, WasteReportSection } from './waste.models';
import { type UseRow, WasteRepository } from './waste.repository';

const MODULE = 'WASTE' as const;

/** Where the collected waste goes, as a part of the report's completeness: an LAO that collects names its sites. */
const DISPOSAL_PART = { section: 'DISPOSAL', labelTh: 'สถานที่กำจัดขยะมูลฝอย', labelEn: 'Disposal sites' };

/**
 * Waste's yearly LAO report on the module kit: three catalogue sections (the shared section engine) with Waste's
 * cross-field rules over the whole report, where the collected waste goes (disposal uses), the figures and the
 * plausibility warnings, certified on the shared workflow and confirmed by the province.
 */
@Injectable()
export class WasteService {
  constructor(
    private readonly sections: SectionsService,
    private readonly certification: CertificationService,
    private readonly workflow: SubmissionWorkflow,
    private readonly repository: WasteRepository,
    modules: CertifiedModules,
    linked: LinkedSources,
  ) {
    modules.register({
      module: MODULE,
      completeness: (context) => this.completeness(context),
      incomplete: (missing) => ({
        messageKey: 'waste.incomplete',
        params: { count: missing.reduce((n, m) => n + m.items.length, 0), sections: missing.length },
      }),
    });
    // INFO's PH05 (generated) and PH06 (collected) read the report's WC05 and WC06 live.
    linked.register(MODULE, this.sections.linkedSource(WASTE_FORM));
  }

  async indicators(fiscalYear: number): Promise<WasteIndicator[]> {
    return (await this.sections.indicators(WASTE_FORM, fiscalYear)).map((i) => ({ ...i, section: i.section as WasteSection }));
  }

  /** One LAO's report for a year: five queries whatever its size (catalogue cached). */
  async report(laoCode: string, fiscalYear: number, ctx?: RequestContext): Promise<WasteReport> {
    const indicators = await this.sections.requireYear(WASTE_FORM, fiscalYear);
    const lao = await this.certification.laoScope(laoCode, ctx);
    const [row, rows, lastYear, uses] = await Promise.all([
      this.certification.find(MODULE, lao, fiscalYear),
      this.sections.read(WASTE_FORM, lao.code, fiscalYear),
      this.sections.read(WASTE_FORM, lao.code, fiscalYear - 1),
      this.repository.usesOf([lao.code], fiscalYear),
    ]);
    return this.toReport(row, indicators, rows, lastYear, uses);
  }

  /** บันทึก one section; the cross-field rules are checked on the whole report as it would be, all-or-nothing. */
  async saveSection(ctx: RequestContext, raw: SaveWasteSectionInput): Promise<WasteReport> {
    const input = parseInput(saveWasteSectionSchema, raw);
    const indicators = (await this.sections.requireYear(WASTE_FORM, input.fiscalYear)).filter((i) => i.section === input.section);
    const changes = this.sections.validate(indicators, input.values);
    await this.workflow.edit(ctx, { module: MODULE, laoCode: input.laoCode, fiscalYear: input.fiscalYear }, async (edit) => {
      const values = valuesOf(await this.sections.read(WASTE_FORM, edit.lao.code, edit.fiscalYear, edit.manager));
      for (const [code, value] of changes) values.set(code, value);
      assertRules(values, input.values);
      const collected = values.get(WASTE_CODES.collected);
      const uses = await this.repository.usesOf([edit.lao.code], edit.fiscalYear, edit.manager);
      assertDisposal(typeof collected === 'number' ? collected : null, uses.map((u) => Number(u.tonnes_per_day)), 'values');
      return this.sections.save(edit, input.section, indicators, changes);
    });
    return this.report(input.laoCode, input.fiscalYear, ctx);
  }

  /** Replaces where the LAO's collected waste goes this year: operating sites, adding up to no more than collected. */
  async saveDisposal(ctx: RequestContext, raw: SaveWasteDisposalInput): Promise<WasteReport> {
    const input = parseInput(saveWasteDisposalSchema, raw);
    await this.workflow.edit(ctx, { module: MODULE, laoCode: input.laoCode, fiscalYear: input.fiscalYear }, async (edit) => {
      const sites = new Map((await this.repository.sites(input.uses.map((u) => u.siteId), edit.manager)).map((s) => [s.id, s]));
      input.uses.forEach((use, index) => {
        const site = sites.get(use.siteId);
        if (!site) throw fieldError('waste.site.unknown', ['uses', index, 'siteId']);
        if (site.status !== 'OPERATING') throw fieldError('waste.disposal.siteNotOperating', ['uses', index, 'siteId'], { name: site.name_th });
      });
      const values = valuesOf(await this.sections.read(WASTE_FORM, edit.lao.code, edit.fiscalYear, edit.manager));
      const collected = values.get(WASTE_CODES.collected);
      assertDisposal(typeof collected === 'number' ? collected : null, input.uses.map((u) => u.tonnesPerDay), 'uses');
      await this.repository.replaceUses(edit.manager, edit.lao.code, edit.fiscalYear, input.uses);
    });
    return this.report(input.laoCode, input.fiscalYear, ctx);
  }

  /** รับรองข้อมูล: INCOMPLETE naming what is missing, section by section, unless the report is complete. */
  async certify(ctx: RequestContext, laoCode: string, fiscalYear: number): Promise<WasteReport> {
    await this.sections.requireYear(WASTE_FORM, fiscalYear);
    await this.workflow.certify(ctx, { module: MODULE, laoCode, fiscalYear });
    return this.report(laoCode, fiscalYear, ctx);
  }

  private async completeness(context: SubmissionContext): Promise<Completeness> {
    const own = await this.sections.completeness(WASTE_FORM, context.manager, context.lao.code, context.fiscalYear);
    const collected = valuesOf(await this.sections.read(WASTE_FORM, context.lao.code, context.fiscalYear, context.manager)).get(WASTE_CODES.collected);
    const uses = await this.repository.usesOf([context.lao.code], context.fiscalYear, context.manager);
    if (typeof collected !== 'number' || collected === 0 || uses.length > 0) return own;
    const missing = [...own.missing, { ...DISPOSAL_PART, items: [{ code: 'DISPOSAL', labelTh: DISPOSAL_PART.labelTh, labelEn: DISPOSAL_PART.labelEn }] }];
    return { ...own, complete: false, missing };
  }

  private toReport(row: SubmissionRow, indicators: IndicatorDefinition[], rows: SectionRow[], lastYearRows: SectionRow[], uses: UseRow[]): WasteReport {
    const own = rows.filter((r) => r.subject_key === '');
    const values = valuesOf(own);
    const sections: WasteReportSection[] = WASTE_SECTIONS.map((section) => {
      const stored = own.find((r) => r.section === section);
      const list = indicators.filter((i) => i.section === section);
      const missing = missingIndicators(list, values);
      return {
        section,
        complete: missing.length === 0,
        missing,
        savedAt: stored?.saved_at ?? null,
        values: list.map((i) => ({ indicatorCode: i.code, value: values.get(i.code) ?? null })),
      };
    });
    const lastYear = lastYearRows.length ? valuesOf(lastYearRows) : null;
    return {
      ...this.certification.toModel<WasteReport>(row),
      sections,
      disposal: uses.map((u) => ({ site: toSite(u), tonnesPerDay: Number(u.tonnes_per_day) })),
      figures: wasteFigures(wasteParts(values, properlyDisposed(uses))),
      warnings: wasteWarnings(values, lastYear),
    };
  }
}

/** The report's own values (subject ''), all sections in one map. */
function valuesOf(rows: readonly SectionRow[]): Map<string, IndicatorValue> {
  const values = new Map<string, IndicatorValue>();
  for (const r of rows) if (r.subject_key === '') for (const [code, value] of Object.entries(r.values)) values.set(code, value);
  return values;
}

/** t/day sent to properly run sites; null while the LAO has named no site. */
export function properlyDisposed(uses: readonly Pick<UseRow, 'method' | 'tonnes_per_day'>[]): number | null {
  if (uses.length === 0) return null;
  return uses.filter((u) => PROPER_DISPOSAL_METHODS.includes(u.method)).reduce((sum, u) => sum + Number(u.tonnes_per_day), 0);
}

function fieldError(message: 'waste.site.unknown' | 'waste.disposal.siteNotOperating', path: (string | number)[], params: Record<string, string> = {}): AppError {
  return new AppError('BAD_USER_INPUT', message, params, {}, new z.ZodError([{ code: 'custom', path, message, params, input: undefined }]));
}

/** The cross-field rules: BAD_USER_INPUT naming the indicators, each typed value they involve marked as a field. */
function assertRules(values: Map<string, IndicatorValue>, typed: readonly { indicatorCode: string }[]): void {
  const problems = wasteRuleProblems(values);
  if (problems.length === 0) return;
  const issues: z.core.$ZodIssue[] = [];
  for (const problem of problems) {
    typed.forEach((v, index) => {
      if (problem.indicatorCodes.includes(v.indicatorCode)) {
        issues.push({ code: 'custom', path: ['values', index, 'value'], message: problem.message, params: { codes: problem.indicatorCodes.join(', ') }, input: undefined });
      }
    });
  }
  if (issues.length === 0) issues.push({ code: 'custom', path: ['values'], message: problems[0]!.message, params: { codes: problems[0]!.indicatorCodes.join(', ') }, input: undefined });
  const first = problems[0]!;
  throw new AppError(
    'BAD_USER_INPUT',
    first.message,
    { codes: first.indicatorCodes.join(', ') },
    { rules: problems.map((p) => ({ rule: p.message, indicatorCodes: p.indicatorCodes })), indicatorCodes: [...new Set(problems.flatMap((p) => p.indicatorCodes))] },
    new z.ZodError(issues),
  );
}

function assertDisposal(collected: number | null, uses: number[], field: 'values' | 'uses'): void {
  const problem = disposalProblem(collected, uses);
  if (!problem) return;
  const total = uses.reduce((s, t) => s + t, 0);
  const params = { total: total.toFixed(2), collected: (collected ?? 0).toFixed(2) };
  throw new AppError('BAD_USER_INPUT', problem, params, { indicatorCodes: [WASTE_CODES.collected] }, new z.ZodError([{ code: 'custom', path: [field], message: problem, params, input: undefined }]));
}
