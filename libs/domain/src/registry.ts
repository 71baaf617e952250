import { z } from 'zod';
import { LAO_TYPES } from './lao-type';
import { plainText } from './validation';

export const provinceCodeSchema = z.string().regex(/^\d{2}$/, { error: 'input.provinceCode' });
export const districtCodeSchema = z.string().regex(/^\d{4}$/, { error: 'input.districtCode' });
export const laoCodeSchema = z.string().regex(/^\d{7}$/, { error: 'input.laoCode' });

export const MAX_SEARCH_LENGTH = 100;

export const localAuthorityFilterSchema = z
  .object({
    provinceCode: provinceCodeSchema.nullish(),
    districtCode: districtCodeSchema.nullish(),
    type: z.enum(LAO_TYPES).nullish(),
    search: plainText(1000).max(MAX_SEARCH_LENGTH, { error: 'input.searchTooLong' }).nullish(),
  })
  .strict();
export type LocalAuthorityFilterInput = z.infer<typeof localAuthorityFilterSchema>;

/** Relay paging: `first` defaults to 20 and may not exceed 500 (a larger page is BAD_USER_INPUT, not clamped). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

/** Abbreviations officials type for LAO kinds, and the words the registry names use. */
const LAO_NAME_ABBREVIATIONS: [RegExp, string][] = [
  [/^อบต\.?/, 'องค์การบริหารส่วนตำบล'],
  [/^อบจ\.?/, 'องค์การบริหารส่วนจังหวัด'],
  [/^ทต\.?/, 'เทศบาลตำบล'],
  [/^ทม\.?/, 'เทศบาลเมือง'],
  [/^ทน\.?/, 'เทศบาลนคร'],
  [/^กทม\.?/, 'กรุงเทพมหานคร'],
];

/**
 * Splits a registry search into words that must all match, expanding "อบต.บางพลี" to the full name the registry
 * keeps. A term of digits matches the start of the LAO code.
 */
export function laoSearchTerms(search: string): string[] {
  return search
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, 8)
    .map((word) => {
      for (const [pattern, full] of LAO_NAME_ABBREVIATIONS) {
        if (pattern.test(word)) return word.replace(pattern, full);
      }
      return word;
    })
    .filter((word) => word !== '');
}
