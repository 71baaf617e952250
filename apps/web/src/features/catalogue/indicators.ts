import {
  formatNumber,
  indicatorValueSchema,
  type IndicatorOption,
  type IndicatorRule,
  type IndicatorValue,
  type IndicatorValueType,
  type Lang,
} from '@lao/domain';
import { z } from 'zod';

/**
 * One indicator of a module's catalogue as the forms need it: the fields every module's catalogue query serves
 * (INFO's `Indicator`, Waste's `WasteIndicator`, …), with the module's section (INFO's domain, Waste's section)
 * as `section`. A module maps its own GraphQL type onto this shape once, in its adapter.
 */
export interface CatalogueIndicator<S extends string = string> {
  code: string;
  section: S;
  /** Order within its section. */
  position: number;
  labelTh: string;
  labelEn: string;
  unit: string | null;
  unitEn: string | null;
  valueType: IndicatorValueType;
  required: boolean;
  /** The module a linked indicator's value comes from (read-only here); null for typed-in indicators. */
  linkedFrom: string | null;
  options: readonly IndicatorOption[] | null;
  min: number | null;
  max: number | null;
  decimals: number | null;
  maxLength: number | null;
  hintTh: string | null;
  hintEn: string | null;
}

/**
 * What the form holds for one indicator: text for numbers and free text, 'true' / 'false' / '' for yes-no radios,
 * the option's value or '' for a choice, the chosen values for a multiple choice.
 */
export type FormInput = string | string[];
export type SectionFormValues = Record<string, FormInput>;
export type SectionValues = Record<string, IndicatorValue>;

/** What the shared rules validate a value against (the API's indicator as the rules' IndicatorRule). */
export function toRule(indicator: CatalogueIndicator): IndicatorRule {
  const { valueType, min, max, decimals, maxLength } = indicator;
  return { valueType, min, max, decimals, maxLength, options: indicator.options ? indicator.options.map(({ value, labelTh, labelEn }) => ({ value, labelTh, labelEn })) : null };
}

/** Typed in by a person (linked indicators come from another system and are never sent). */
export function isEditable(indicator: Pick<CatalogueIndicator, 'linkedFrom'>): boolean {
  return !indicator.linkedFrom;
}

/** The section's indicators in catalogue order. */
export function sectionIndicators<I extends CatalogueIndicator>(catalogue: readonly I[], section: string): I[] {
  return catalogue.filter((i) => i.section === section).sort((a, b) => a.position - b.position);
}

const THAI_DIGITS = /[๐-๙]/g;
const NUMBER_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Number fields: '' is no value (null); "1,234.50", " 12 " and Thai digits are numbers; anything else stays text,
 * so the indicator's schema refuses it with its own message ("กรุณากรอกเป็นตัวเลข").
 */
export function parseNumberInput(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  const text = raw
    .trim()
    .replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/[,\s]/g, '');
  if (text === '') return null;
  return NUMBER_TEXT.test(text) ? Number(text) : raw;
}

/** The form's input for an indicator as the value the API takes, before the indicator's schema checks it. */
export function formInputToValue(indicator: Pick<CatalogueIndicator, 'valueType'>, raw: unknown): unknown {
  switch (indicator.valueType) {
    case 'INTEGER':
    case 'DECIMAL':
      return parseNumberInput(raw);
    case 'BOOLEAN':
      if (raw === 'true' || raw === true) return true;
      if (raw === 'false' || raw === false) return false;
      return raw === '' || raw === null || raw === undefined ? null : raw;
    case 'CHOICE':
      return raw === '' || raw === null || raw === undefined ? null : raw;
    case 'MULTI_CHOICE': {
      if (raw === null || raw === undefined || raw === false) return null;
      const list = Array.isArray(raw) ? raw : [raw];
      return list.length === 0 ? null : list;
    }
    case 'TEXT':
      return raw ?? null;
  }
}

/**
 * The zod object of a section's form: each typed-in indicator's input converted, then checked by
 * indicatorValueSchema, exactly as the API checks it. Required indicators may be left empty when saving
 * (a section is saved part by part); completeness is what certification checks.
 */
export function sectionFormSchema(indicators: readonly CatalogueIndicator[]) {
  const shape: Record<string, z.ZodType<IndicatorValue, unknown>> = {};
  for (const indicator of indicators) {
    if (!isEditable(indicator)) continue;
    shape[indicator.code] = z.preprocess((raw) => formInputToValue(indicator, raw), indicatorValueSchema(toRule(indicator)));
  }
  return z.object(shape);
}

/** A value as it comes from the API's JSON scalar, checked for shape (anything unexpected counts as empty). */
export function asIndicatorValue(value: unknown): IndicatorValue {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  return null;
}

/** A section's `values { indicatorCode value }` by code. */
export function valuesByCode(list: ReadonlyArray<{ indicatorCode: string; value: unknown }>): Map<string, IndicatorValue> {
  return new Map(list.map((v) => [v.indicatorCode, asIndicatorValue(v.value)]));
}

/** A stored value as the form shows it for editing. */
export function toFormInput(indicator: Pick<CatalogueIndicator, 'valueType'>, value: IndicatorValue | undefined): FormInput {
  switch (indicator.valueType) {
    case 'MULTI_CHOICE':
      return Array.isArray(value) ? [...value] : [];
    case 'BOOLEAN':
      return value === true ? 'true' : value === false ? 'false' : '';
    case 'INTEGER':
    case 'DECIMAL':
      return typeof value === 'number' ? String(value) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

export function toFormValues(indicators: readonly CatalogueIndicator[], values: ReadonlyMap<string, IndicatorValue>): SectionFormValues {
  const form: SectionFormValues = {};
  for (const indicator of indicators) {
    if (isEditable(indicator)) form[indicator.code] = toFormInput(indicator, values.get(indicator.code));
  }
  return form;
}

export function indicatorLabel(indicator: Pick<CatalogueIndicator, 'labelTh' | 'labelEn'>, lang: Lang): string {
  return lang === 'en' ? indicator.labelEn : indicator.labelTh;
}

export function indicatorUnit(indicator: Pick<CatalogueIndicator, 'unit' | 'unitEn'>, lang: Lang): string | null {
  return lang === 'en' ? (indicator.unitEn ?? indicator.unit) : indicator.unit;
}

export function indicatorHint(indicator: Pick<CatalogueIndicator, 'hintTh' | 'hintEn'>, lang: Lang): string | null {
  return lang === 'en' ? (indicator.hintEn ?? indicator.hintTh) : indicator.hintTh;
}

function optionLabel(indicator: CatalogueIndicator, value: string, lang: Lang): string {
  const option = indicator.options?.find((o) => o.value === value);
  if (!option) return value;
  return lang === 'en' ? option.labelEn : option.labelTh;
}

export interface ValueText {
  yes: string;
  no: string;
}

/**
 * A value as people read it: Thai grouping for numbers with the unit, มี/ไม่มี, the options' labels.
 * null when there is no value (the caller says "not recorded" in its own words).
 */
export function formatIndicatorValue(indicator: CatalogueIndicator, value: IndicatorValue | undefined, lang: Lang, text: ValueText): string | null {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  const unit = indicatorUnit(indicator, lang);
  switch (indicator.valueType) {
    case 'INTEGER':
    case 'DECIMAL': {
      if (typeof value !== 'number') return String(value);
      const digits = indicator.valueType === 'DECIMAL' && !Number.isInteger(value) ? (indicator.decimals ?? 2) : 0;
      const number = formatNumber(value, digits);
      return unit ? `${number} ${unit}` : number;
    }
    case 'BOOLEAN':
      return value === true ? text.yes : value === false ? text.no : String(value);
    case 'CHOICE':
      return typeof value === 'string' ? optionLabel(indicator, value, lang) : String(value);
    case 'MULTI_CHOICE':
      return Array.isArray(value) ? value.map((v) => optionLabel(indicator, v, lang)).join(', ') : String(value);
    case 'TEXT':
      return String(value);
  }
}
