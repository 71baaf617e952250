import { z } from 'zod';
import { LAO_TYPES } from './lao-type';

export const provinceCodeSchema = z.string().regex(/^\d{2}$/, { error: 'input.provinceCode' });
export const districtCodeSchema = z.string().regex(/^\d{4}$/, { error: 'input.districtCode' });
export const laoCodeSchema = z.string().regex(/^\d{7}$/, { error: 'input.laoCode' });

export const MAX_SEARCH_LENGTH = 100;

export const localAuthorityFilterSchema = z
  .object({
    provinceCode: provinceCodeSchema.nullish(),
    districtCode: districtCodeSchema.nullish(),
    type: z.enum(LAO_TYPES).nullish(),
    search: z.string().trim().max(MAX_SEARCH_LENGTH, { error: 'input.searchTooLong' }).nullish(),
  })
  .strict();
export type LocalAuthorityFilterInput = z.infer<typeof localAuthorityFilterSchema>;

/** Relay paging: `first` defaults to 20 and may not exceed 500 (a larger page is BAD_USER_INPUT, not clamped). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;
