import {
  type IndicatorDefinition,
  type IndicatorValue,
  INFO_DOMAINS,
  type InfoDomain,
  lpaScore,
  missingIndicators,
  saveInfoSectionSchema,
} from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { parseInput } from '../common/app-error';
import type { RequestContext } from '../common/context';
import { SectionsService } from '../catalogue/sections.service';
import type { SectionRow } from '../catalogue/sections.repository';
import { CertificationService, type SubmissionRow } from '../certification/certification.service';
import { CertifiedModules } from '../certification/certified-modules';
import { SubmissionWorkflow } from '../certification/submission-workflow.service';
import { INFO_FORM } from './info.form';
import type { IndicatorModel, InfoSectionModel, InfoSubmission, SaveInfoSectionInput } from './info.models';
import { InfoRepository } from './info.repository';

const MODULE = 'INFO' as const;

/**
 * INFO (domain.md §3) on the module kit: its eight domains are catalogue sections (the shared section engine),
 * its edits and certification run on the shared workflow, which keeps completeness on the submission.
 */
@Injectable()
export class InfoService {
  constructor(
    private readonly sections: SectionsService,
    private readonly certification: CertificationService,
    private readonly workflow: SubmissionWorkflow,
    private readonly repository: InfoRepository,
    modules: CertifiedModules,
  ) {
    modules.register({
      module: MODULE,
      completeness: ({ manager, lao, fiscalYear }) => this.sections.completeness(INFO_FORM, manager, lao.code, fiscalYear),
      // INFO's partners read `domain` and `indicatorCodes` on each missing entry (kept beside the shared fields).
      incomplete: (missing) => ({
        messageKey: 'info.incomplete',
        params: { count: missing.reduce((n, m) => n + m.items.length, 0), domains: missing.length },
        extensions: { missing: missing.map((m) => ({ ...m, domain: m.section, indicatorCodes: m.items.map((i) => i.code) })) },
      }),
    });
  }

  /** The INFO catalogue of a year as the API's `Indicator` (its section is the domain). */
  async indicators(fiscalYear: number, domain?: InfoDomain | null): Promise<IndicatorModel[]> {
    return (await this.sections.indicators(INFO_FORM, fiscalYear, domain)).map(toIndicatorModel);
  }

  /**
   * One LAO's INFO for a year: its statements side by side whatever its size (catalogue cached): the submission, its
   * history when asked (`history`), its sections, its linked values when asked.
   */
  async submission(laoCode: string, fiscalYear: number, ctx?: RequestContext, options: { linkedValues?: boolean; history?: boolean } = {}): Promise<InfoSubmission> {
    const indicators = await this.sections.requireYear(INFO_FORM, fiscalYear);
    const lao = await this.certification.laoScope(laoCode, ctx);
    const [row, sections, linked] = await Promise.all([
      options.history && ctx ? this.certification.findWithHistory(MODULE, lao, fiscalYear, ctx.loaders) : this.certification.find(MODULE, lao, fiscalYear),
      this.sections.read(INFO_FORM, lao.code, fiscalYear),
      // Linked values never count for completeness or the LPA score: without them only the values read null.
      options.linkedValues === false ? new Map<string, Map<string, IndicatorValue>>() : this.repository.linkedValues([lao.code], fiscalYear, null),
    ]);
    return this.toSubmission(row, indicators, sections, linked.get(lao.code) ?? new Map());
  }

  /** บันทึก: one domain's values; values not listed keep what they had, null clears one. */
  async saveSection(ctx: RequestContext, raw: SaveInfoSectionInput): Promise<InfoSectionModel> {
    const input = parseInput(saveInfoSectionSchema, raw);
    const indicators = (await this.sections.requireYear(INFO_FORM, input.fiscalYear)).filter((i) => i.section === input.domain);
    const changes = this.sections.validate(indicators, input.values);
    const { result } = await this.workflow.edit(ctx, { module: MODULE, laoCode: input.laoCode, fiscalYear: input.fiscalYear }, async (edit) => {
      const saved = await this.sections.save(edit, input.domain, indicators, changes);
      // Only the section's linked indicators read their sources (none: no statement at all).
      const linkedCodes = indicators.filter((i) => i.linkedFrom).map((i) => i.code);
      const linked = await this.repository.linkedValues([edit.lao.code], input.fiscalYear, linkedCodes, edit.manager);
      return this.toSection(input.domain, indicators, saved.values, linked.get(edit.lao.code) ?? new Map(), saved.savedAt);
    });
    return result;
  }

  /** รับรองข้อมูล: INCOMPLETE, naming what is missing per domain, unless every domain is complete. */
  async certify(ctx: RequestContext, laoCode: string, fiscalYear: number): Promise<InfoSubmission> {
    await this.sections.requireYear(INFO_FORM, fiscalYear);
    await this.workflow.certify(ctx, { module: MODULE, laoCode, fiscalYear });
    return this.submission(laoCode, fiscalYear, ctx);
  }

  private toSubmission(row: SubmissionRow, indicators: IndicatorDefinition[], sections: SectionRow[], linked: Map<string, IndicatorValue>): InfoSubmission {
    const own = sections.filter((s) => s.subject_key === '');
    const bySection = new Map(own.map((s) => [s.section, s]));
    const models = INFO_DOMAINS.map((domain) =>
      this.toSection(domain, indicators.filter((i) => i.section === domain), bySection.get(domain)?.values ?? {}, linked, bySection.get(domain)?.saved_at ?? null),
    );
    const complete = models.every((s) => s.complete);
    const recordedValues = own.reduce((n, s) => n + Object.keys(s.values).length, 0);
    return {
      ...this.certification.toModel<InfoSubmission>(row),
      complete,
      lpaScore: lpaScore({ status: row.status, complete, recordedValues }),
      sections: models,
    };
  }

  private toSection(
    domain: InfoDomain,
    indicators: IndicatorDefinition[],
    values: Record<string, IndicatorValue>,
    linked: Map<string, IndicatorValue>,
    savedAt: Date | null,
  ): InfoSectionModel {
    const typed = new Map(Object.entries(values));
    const missing = missingIndicators(indicators, typed);
    return {
      domain,
      complete: missing.length === 0,
      missing,
      savedAt,
      values: indicators.map((i) => ({ indicatorCode: i.code, value: (i.linkedFrom ? linked.get(i.code) : typed.get(i.code)) ?? null })),
    };
  }
}

export function toIndicatorModel(indicator: IndicatorDefinition): IndicatorModel {
  return { ...indicator, domain: indicator.section as InfoDomain };
}
