import { hasValue, type IndicatorDefinition, type IndicatorValue, indicatorValueSchema, type CertificationModule, missingIndicators, type MissingSection } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { actorLabel } from '../auth/actor';
import { AppError } from '../common/app-error';
import type { Completeness } from '../certification/certified-modules';
import type { DraftEdit } from '../certification/submission-workflow.service';
import { CatalogueService } from './catalogue.service';
import type { LinkedSource } from './linked-sources';
import { type SectionRow, SectionsRepository } from './sections.repository';

/** A module's catalogue-driven form: its sections in order, labelled for people. */
export interface FormDefinition {
  module: CertificationModule;
  sections: readonly { code: string; labelTh: string; labelEn: string }[];
}

export interface SavedSection {
  values: Record<string, IndicatorValue>;
  missing: string[];
  savedAt: Date;
}

/**
 * The section engine every catalogue-driven module shares (INFO's eight domains, Waste's three sections, …):
 * validation of values against the year's catalogue, saving a section inside the workflow's draft edit, and
 * completeness for certification.
 */
@Injectable()
export class SectionsService {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly sections: SectionsRepository,
  ) {}

  indicators(form: FormDefinition, fiscalYear: number, section?: string | null): Promise<IndicatorDefinition[]> {
    return this.catalogue.forYear(form.module, form.sections.map((s) => s.code), fiscalYear, section);
  }

  requireYear(form: FormDefinition, fiscalYear: number): Promise<IndicatorDefinition[]> {
    return this.catalogue.requireYear(form.module, form.sections.map((s) => s.code), fiscalYear);
  }

  /** The stored sections of one LAO's form (every subject). */
  read(form: FormDefinition, laoCode: string, fiscalYear: number, manager?: EntityManager): Promise<SectionRow[]> {
    return this.sections.all({ module: form.module, laoCode, fiscalYear }, manager);
  }

  /** Chosen indicators of many LAOs' own sections (partner tables), by LAO then code; one query. */
  valuesOf(form: FormDefinition, fiscalYear: number, laoCodes: readonly string[], sections: readonly string[], codes: readonly string[], manager?: EntityManager) {
    return this.sections.valuesOf(form.module, fiscalYear, laoCodes, sections, codes, manager);
  }

  /** A catalogue form as the live source of linked indicators (LinkedSources): its values, read where they are. */
  linkedSource(form: FormDefinition): LinkedSource {
    return ({ laoCodes, fiscalYear, codes, manager }) => this.valuesOf(form, fiscalYear, laoCodes, form.sections.map((s) => s.code), codes, manager);
  }

  /**
   * บันทึก one section inside a draft edit: values not listed keep what they had, null clears one. `validated` comes
   * from validate(), run before the transaction so bad input never takes the lock.
   */
  async save(edit: DraftEdit, section: string, indicators: IndicatorDefinition[], validated: Map<string, IndicatorValue>, subjectKey = ''): Promise<SavedSection> {
    const key = { module: edit.module, laoCode: edit.lao.code, fiscalYear: edit.fiscalYear, subjectKey };
    const values = { ...(await this.sections.one(edit.manager, key, section)) };
    for (const [code, value] of validated) {
      if (hasValue(value)) values[code] = value;
      else delete values[code];
    }
    const missing = missingIndicators(indicators, new Map(Object.entries(values)));
    const savedAt = await this.sections.save(edit.manager, key, section, values, missing.length === 0, actorLabel(edit.actor));
    return { values, missing, savedAt };
  }

  /**
   * The form's completeness: every required, typed-in indicator of every section has a value — for the submission
   * itself, or (given `subjects`) for each record below it, each missing section then named after its record.
   */
  async completeness(
    form: FormDefinition,
    manager: EntityManager,
    laoCode: string,
    fiscalYear: number,
    subjects: readonly { key: string; labelTh: string; labelEn: string }[] = [{ key: '', labelTh: '', labelEn: '' }],
  ): Promise<Completeness> {
    const [indicators, rows] = await Promise.all([this.indicators(form, fiscalYear), this.sections.all({ module: form.module, laoCode, fiscalYear }, manager)]);
    const missing: MissingSection[] = [];
    let recordedCount = 0;
    for (const subject of subjects) {
      const values = new Map<string, IndicatorValue>();
      for (const r of rows) if (r.subject_key === subject.key) for (const [k, v] of Object.entries(r.values)) values.set(k, v);
      recordedCount += [...values.keys()].filter((code) => indicators.some((i) => i.code === code)).length;
      for (const section of form.sections) {
        const sectionIndicators = indicators.filter((i) => i.section === section.code);
        const codes = new Set(missingIndicators(sectionIndicators, values));
        if (codes.size === 0) continue;
        missing.push({
          section: subject.key ? `${subject.key}:${section.code}` : section.code,
          labelTh: subject.key ? `${subject.labelTh} — ${section.labelTh}` : section.labelTh,
          labelEn: subject.key ? `${subject.labelEn} — ${section.labelEn}` : section.labelEn,
          items: sectionIndicators.filter((i) => codes.has(i.code)).map((i) => ({ code: i.code, labelTh: i.labelTh, labelEn: i.labelEn })),
        });
      }
    }
    return { complete: missing.length === 0, recordedCount, missing };
  }

  /** Checks each value against its indicator; every problem is reported at once, naming the value's position. */
  validate(indicators: IndicatorDefinition[], values: readonly { indicatorCode: string; value?: unknown }[]): Map<string, IndicatorValue> {
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    const issues: z.core.$ZodIssue[] = [];
    const changes = new Map<string, IndicatorValue>();
    values.forEach(({ indicatorCode, value }, index) => {
      const indicator = byCode.get(indicatorCode);
      if (!indicator) {
        issues.push({ code: 'custom', path: ['values', index, 'indicatorCode'], message: 'info.unknownIndicator', input: indicatorCode });
        return;
      }
      if (indicator.linkedFrom) {
        issues.push({ code: 'custom', path: ['values', index, 'value'], message: 'info.linkedReadOnly', input: value });
        return;
      }
      const parsed = indicatorValueSchema(indicator).safeParse(value ?? null);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) issues.push({ ...issue, path: ['values', index, 'value', ...issue.path] });
        return;
      }
      changes.set(indicatorCode, parsed.data);
    });
    if (issues.length) {
      const first = issues[0]!;
      const key = first.message === 'info.unknownIndicator' || first.message === 'info.linkedReadOnly' ? first.message : 'info.invalidValues';
      const culprit = values[Number(first.path[1])];
      throw new AppError(
        'BAD_USER_INPUT',
        key as 'info.invalidValues',
        { code: String(culprit?.indicatorCode ?? '').slice(0, 20), module: byCode.get(String(culprit?.indicatorCode))?.linkedFrom ?? '', count: issues.length },
        {},
        new z.ZodError(issues),
      );
    }
    return changes;
  }
}
