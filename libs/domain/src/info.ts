import { z } from 'zod';
import type { CertificationModule } from './access';
import type { CertificationStatus } from './certification';
import { plainText } from './validation';
import { fiscalYearSchema } from './windows';

/** INFO's eight domains (ด้าน), in the order the department lists them (domain.md §3). */
export const INFO_DOMAINS = [
  'PUBLIC_HEALTH_ENVIRONMENT',
  'INNOVATION_EDUCATION',
  'DISASTER',
  'INFRASTRUCTURE',
  'WATER_MANAGEMENT',
  'INTERNAL_GOVERNANCE',
  'SOCIETY_RELIGION_CULTURE',
  'ECONOMY_TOURISM',
] as const;
export type InfoDomain = (typeof INFO_DOMAINS)[number];

export const INFO_DOMAIN_LABELS: Record<InfoDomain, { th: string; en: string }> = {
  PUBLIC_HEALTH_ENVIRONMENT: { th: 'ด้านสาธารณสุขและสิ่งแวดล้อม', en: 'Public health and environment' },
  INNOVATION_EDUCATION: { th: 'ด้านนวัตกรรมและการศึกษา', en: 'Innovation and education' },
  DISASTER: { th: 'ด้านสาธารณภัย', en: 'Disasters and public hazards' },
  INFRASTRUCTURE: { th: 'ด้านโครงสร้างพื้นฐาน', en: 'Infrastructure' },
  WATER_MANAGEMENT: { th: 'ด้านการบริหารจัดการน้ำ', en: 'Water management' },
  INTERNAL_GOVERNANCE: { th: 'ด้านการจัดการภายในและธรรมาภิบาล', en: 'Internal management and good governance' },
  SOCIETY_RELIGION_CULTURE: { th: 'ด้านสังคม ศาสนา วัฒนธรรม', en: 'Society, religion and culture' },
  ECONOMY_TOURISM: { th: 'ด้านเศรษฐกิจและการท่องเที่ยว', en: 'Economy and tourism' },
};

export const INDICATOR_VALUE_TYPES = ['INTEGER', 'DECIMAL', 'BOOLEAN', 'CHOICE', 'MULTI_CHOICE', 'TEXT'] as const;
export type IndicatorValueType = (typeof INDICATOR_VALUE_TYPES)[number];

export interface IndicatorOption {
  value: string;
  labelTh: string;
  labelEn: string;
}

/**
 * One indicator of the catalogue, as stored (table info_indicator) and as the API and the SPA read it. The catalogue
 * is data: an indicator belongs to the fiscal years firstYear..lastYear (lastYear null: still current), so the
 * department adds or retires one with a migration, without new resolvers or components.
 */
export interface IndicatorDefinition {
  /** The module whose form it belongs to (INFO, WASTE, …): catalogues of every module share this one model. */
  module: CertificationModule;
  /** Stable code, e.g. "PH01"; never reused for another meaning within its module. */
  code: string;
  /** The section of the module's form: INFO's domain, Waste's section, … */
  section: string;
  labelTh: string;
  labelEn: string;
  /** Unit as Thai officials write it (ไร่, กม., ตัน/วัน, บาท, แห่ง, คน); null when none. */
  unit: string | null;
  unitEn: string | null;
  valueType: IndicatorValueType;
  required: boolean;
  /** Filled from this module's data and read-only in INFO; null for typed-in indicators. */
  linkedFrom: CertificationModule | null;
  /** For CHOICE and MULTI_CHOICE. */
  options: IndicatorOption[] | null;
  /** Bounds for INTEGER and DECIMAL (inclusive); DECIMAL values keep at most `decimals` digits after the point. */
  min: number | null;
  max: number | null;
  decimals: number | null;
  /** Longest TEXT answer. */
  maxLength: number | null;
  /** Order within its domain. */
  position: number;
  /** Short help shown under the field. */
  hintTh: string | null;
  hintEn: string | null;
  firstYear: number;
  lastYear: number | null;
}

/** A value as the API carries it (a JSON scalar): number, boolean, string, list of strings, or null to clear it. */
export type IndicatorValue = number | boolean | string | string[] | null;

/** What validating a value needs to know of its indicator. */
export type IndicatorRule = Pick<IndicatorDefinition, 'valueType' | 'min' | 'max' | 'decimals' | 'options' | 'maxLength'>;

/** The zod schema one indicator's value must satisfy; the API and the SPA's generated forms both use it. */
export function indicatorValueSchema(indicator: IndicatorRule): z.ZodType<IndicatorValue> {
  const min = indicator.min ?? undefined;
  const max = indicator.max ?? undefined;
  switch (indicator.valueType) {
    case 'INTEGER': {
      let schema = z.number({ error: 'info.notANumber' }).int({ error: 'info.notAnInteger' });
      if (min !== undefined) schema = schema.min(min, { error: 'info.belowMinimum' });
      if (max !== undefined) schema = schema.max(max, { error: 'info.aboveMaximum' });
      return schema.nullable();
    }
    case 'DECIMAL': {
      let schema = z.number({ error: 'info.notANumber' }).refine(Number.isFinite, { error: 'info.notANumber' });
      if (min !== undefined) schema = schema.refine((v) => v >= min, { error: 'info.belowMinimum' });
      if (max !== undefined) schema = schema.refine((v) => v <= max, { error: 'info.aboveMaximum' });
      const decimals = indicator.decimals ?? 2;
      // Compared through toFixed, not by scaling: 1234567890.12 × 100 is not an integer in floating point.
      schema = schema.refine((v) => Number(v.toFixed(decimals)) === v, { error: 'info.tooManyDecimals' });
      return schema.nullable();
    }
    case 'BOOLEAN':
      return z.boolean({ error: 'info.notABoolean' }).nullable();
    case 'CHOICE': {
      const values = (indicator.options ?? []).map((o) => o.value);
      return z
        .string({ error: 'info.unknownOption' })
        .refine((v) => values.includes(v), { error: 'info.unknownOption' })
        .nullable();
    }
    case 'MULTI_CHOICE': {
      const values = (indicator.options ?? []).map((o) => o.value);
      return z
        .array(z.string().refine((v) => values.includes(v), { error: 'info.unknownOption' }), { error: 'info.unknownOption' })
        .max(values.length)
        .refine((list) => new Set(list).size === list.length, { error: 'info.duplicateOption' })
        .nullable();
    }
    case 'TEXT':
      return plainText(indicator.maxLength ?? 2000)
        .transform((v) => (v === '' ? null : v))
        .nullable() as z.ZodType<IndicatorValue>;
  }
}

/** Whether a stored value counts as answered: zero and false are values; null, "" and [] are not. */
export function hasValue(value: IndicatorValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The required, typed-in indicators of a domain still without a value (linked ones never count). */
export function missingIndicators(
  indicators: readonly Pick<IndicatorDefinition, 'code' | 'required' | 'linkedFrom'>[],
  values: ReadonlyMap<string, IndicatorValue>,
): string[] {
  return indicators.filter((i) => i.required && !i.linkedFrom && !hasValue(values.get(i.code))).map((i) => i.code);
}

/**
 * LPA indicator 7 (seed 004), per LAO per fiscal year: 5 when all eight domains are complete and the province
 * certified, 3 when complete and certified by the LAO only, 1 when something is recorded, 0 when nothing is.
 */
export function lpaScore(input: { status: CertificationStatus; complete: boolean; recordedValues: number }): 0 | 1 | 3 | 5 {
  if (input.complete && input.status === 'PROVINCE_CERTIFIED') return 5;
  if (input.complete && input.status === 'LAO_CERTIFIED') return 3;
  return input.recordedValues > 0 ? 1 : 0;
}

export const saveInfoSectionSchema = z.object({
  laoCode: z.string().regex(/^\d{7}$/, { error: 'input.laoCode' }),
  fiscalYear: fiscalYearSchema,
  domain: z.enum(INFO_DOMAINS),
  values: z
    .array(z.object({ indicatorCode: z.string().regex(/^[A-Z]{2}\d{2}$/, { error: 'info.unknownIndicator' }), value: z.unknown() }))
    .max(200),
});
export type SaveInfoSectionInput = z.infer<typeof saveInfoSectionSchema>;
