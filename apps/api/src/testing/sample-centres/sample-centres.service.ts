import { type IndicatorValue, type MissingSection } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '../../common/app-error';
import type { RequestContext } from '../../common/context';
import { type FormDefinition, SectionsService } from '../../catalogue/sections.service';
import { CertificationService } from '../../certification/certification.service';
import { CertifiedModules } from '../../certification/certified-modules';
import { SubjectsService } from '../../certification/subjects.service';
import { SubmissionWorkflow } from '../../certification/submission-workflow.service';

const MODULE = 'LEC' as const;
const CENTRE = 'CENTRE';
export const LAO_FORM: FormDefinition = { module: MODULE, sections: [{ code: 'OVERVIEW', labelTh: 'ภาพรวม', labelEn: 'Overview' }] };
export const CENTRE_FORM: FormDefinition = {
  module: MODULE,
  sections: [
    { code: 'CHILDREN', labelTh: 'เด็กเล็ก', labelEn: 'Children' },
    { code: 'STAFF', labelTh: 'บุคลากร', labelEn: 'Staff' },
  ],
};

const valuesSchema = z.array(z.object({ indicatorCode: z.string().max(8), value: z.unknown() })).max(50);
const saveSchema = z.object({ laoCode: z.string(), fiscalYear: z.number(), section: z.string().max(40), values: valuesSchema });
const saveCentreSchema = z.object({ subjectId: z.string(), fiscalYear: z.number(), section: z.string().max(40), values: valuesSchema });

/**
 * The kit's sample module: what a certified module with records below its submission is, on the kit — a form of
 * catalogue sections for the LAO, records (centres) each with their own catalogue sections, recording on one centre
 * granted to its head, and certification on the shared workflow. It copies nothing from INFO or e-Service.
 */
@Injectable()
export class SampleCentresService {
  constructor(
    private readonly sections: SectionsService,
    private readonly subjects: SubjectsService,
    private readonly workflow: SubmissionWorkflow,
    private readonly certification: CertificationService,
    modules: CertifiedModules,
  ) {
    modules.register({
      module: MODULE,
      completeness: async (context) => {
        const centres = await this.subjects.activeOf(context, CENTRE);
        const own = await this.sections.completeness(LAO_FORM, context.manager, context.lao.code, context.fiscalYear);
        const perCentre = await this.sections.completeness(CENTRE_FORM, context.manager, context.lao.code, context.fiscalYear, centres.map((c) => ({ key: c.id, labelTh: c.nameTh, labelEn: c.nameTh })));
        const missing: MissingSection[] = [...own.missing, ...perCentre.missing];
        return { complete: missing.length === 0, recordedCount: own.recordedCount + perCentre.recordedCount, missing };
      },
    });
  }

  async submission(ctx: RequestContext, laoCode: string, fiscalYear: number) {
    const lao = await this.certification.laoScope(laoCode, ctx);
    const [row, rows, centres] = await Promise.all([this.certification.find(MODULE, lao, fiscalYear), this.sections.read(LAO_FORM, lao.code, fiscalYear), this.subjects.list(MODULE, lao.code, CENTRE)]);
    const valuesOf = (key: string) => rows.filter((r) => r.subject_key === key).flatMap((r) => Object.entries(r.values).map(([indicatorCode, value]) => ({ indicatorCode, value: value as IndicatorValue })));
    return { ...this.certification.toModel(row), values: valuesOf(''), centres: centres.map((c) => ({ id: c.id, nameTh: c.nameTh, values: valuesOf(c.id) })) };
  }

  async save(ctx: RequestContext, raw: unknown) {
    const input = parseInput(saveSchema, raw);
    const indicators = (await this.sections.requireYear(LAO_FORM, input.fiscalYear)).filter((i) => i.section === input.section);
    const changes = this.sections.validate(indicators, input.values);
    const { completeness } = await this.workflow.edit(ctx, { module: MODULE, laoCode: input.laoCode, fiscalYear: input.fiscalYear }, (edit) => this.sections.save(edit, input.section, indicators, changes));
    return completeness.complete;
  }

  async addCentre(ctx: RequestContext, input: { laoCode: string; fiscalYear: number; nameTh: string }) {
    const { result } = await this.workflow.edit(ctx, { module: MODULE, laoCode: input.laoCode, fiscalYear: input.fiscalYear }, (edit) => this.subjects.add(edit, CENTRE, input));
    return result.id;
  }

  /** A centre's section: by anyone recording for the LAO, or by the official granted that centre. */
  async saveCentre(ctx: RequestContext, raw: unknown) {
    const input = parseInput(saveCentreSchema, raw);
    const indicators = (await this.sections.requireYear(CENTRE_FORM, input.fiscalYear)).filter((i) => i.section === input.section);
    const changes = this.sections.validate(indicators, input.values);
    const { completeness } = await this.workflow.editSubject(ctx, { module: MODULE, subjectId: input.subjectId, fiscalYear: input.fiscalYear }, (edit) =>
      this.sections.save(edit, input.section, indicators, changes, input.subjectId),
    );
    return completeness.complete;
  }

  async certify(ctx: RequestContext, laoCode: string, fiscalYear: number) {
    return this.certification.toModel(await this.workflow.certify(ctx, { module: MODULE, laoCode, fiscalYear }));
  }
}
