import { LAO_TYPE_LABELS, LAO_TYPES } from './lao-type';
import { districtCodeSchema, laoCodeSchema, laoSearchTerms, localAuthorityFilterSchema, MAX_SEARCH_LENGTH, provinceCodeSchema } from './registry';
import type { z } from 'zod';

const messages = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('registry codes', () => {
  it.each([
    [provinceCodeSchema, '10', ['1', '101', 'ab', ' 10', '1a'], 'input.provinceCode'],
    [districtCodeSchema, '1001', ['100', '10011', 'abcd', 'x1001', '1001x'], 'input.districtCode'],
    [laoCodeSchema, '5100101', ['510010', '51001011', 'abcdefg', 'x5100101', '5100101x'], 'input.laoCode'],
  ] as const)('accept exactly the right number of digits (%#)', (schema, good, bads, message) => {
    expect(schema.safeParse(good).success).toBe(true);
    for (const bad of bads) expect(messages(schema, bad)).toEqual([message]);
  });
});

describe('the registry filter', () => {
  it('takes a province, a district, a kind and a search, all optional', () => {
    const filter = { provinceCode: '10', districtCode: '1001', type: 'SAO', search: ' บางพลี ' };
    expect(localAuthorityFilterSchema.parse(filter)).toEqual({ ...filter, search: 'บางพลี' });
    expect(localAuthorityFilterSchema.parse({})).toEqual({});
    expect(localAuthorityFilterSchema.safeParse({ provinceCode: null, districtCode: null, type: null, search: null }).success).toBe(true);
  });

  it('refuses unknown fields, unknown kinds, bad codes and over-long searches', () => {
    expect(localAuthorityFilterSchema.safeParse({ name: 'บางพลี' }).success).toBe(false);
    expect(localAuthorityFilterSchema.safeParse({ type: 'VILLAGE' }).success).toBe(false);
    expect(messages(localAuthorityFilterSchema, { provinceCode: '1' })).toEqual(['input.provinceCode']);
    expect(messages(localAuthorityFilterSchema, { districtCode: '1' })).toEqual(['input.districtCode']);
    expect(localAuthorityFilterSchema.safeParse({ search: 'ก'.repeat(MAX_SEARCH_LENGTH) }).success).toBe(true);
    expect(messages(localAuthorityFilterSchema, { search: 'ก'.repeat(MAX_SEARCH_LENGTH + 1) })).toEqual(['input.searchTooLong']);
  });
});

describe('registry search terms', () => {
  // Every kind but Pattaya, whose short name is its name, has an abbreviation ending in a dot.
  const abbreviated = LAO_TYPES.filter((t) => t !== 'PATTAYA');

  it('knows the abbreviation of every kind but Pattaya', () => {
    expect(LAO_TYPES.filter((t) => LAO_TYPE_LABELS[t].thShort.endsWith('.'))).toEqual(abbreviated);
  });

  it.each(abbreviated)('expands the abbreviation of %s to the name the registry keeps, with or without its dot', (type) => {
    const { th, thShort } = LAO_TYPE_LABELS[type];
    expect(laoSearchTerms(`${thShort}บางพลี`)).toEqual([`${th}บางพลี`]);
    expect(laoSearchTerms(`${thShort.slice(0, -1)}บางพลี`)).toEqual([`${th}บางพลี`]);
    expect(laoSearchTerms(`${thShort} บางพลี`)).toEqual([th, 'บางพลี']);
  });

  it.each(abbreviated)('leaves the letters of the %s abbreviation alone inside a word', (type) => {
    const letters = LAO_TYPE_LABELS[type].thShort.slice(0, -1);
    expect(laoSearchTerms(`บางพลี${letters}`)).toEqual([`บางพลี${letters}`]);
  });

  it('reads กทม. as Bangkok, not as a town municipality (ทม.) after a ก', () => {
    expect(laoSearchTerms('กทม.')).toEqual(['กรุงเทพมหานคร']);
  });

  it('splits on any run of white space and ignores a blank search', () => {
    expect(laoSearchTerms('  บาง \t  พลี\n')).toEqual(['บาง', 'พลี']);
    expect(laoSearchTerms('')).toEqual([]);
    expect(laoSearchTerms('   ')).toEqual([]);
  });

  it('keeps at most eight words', () => {
    expect(laoSearchTerms('1 2 3 4 5 6 7 8 9 10')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});
