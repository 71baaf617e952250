import {
  DISPOSAL_METHOD_LABELS,
  DISPOSAL_METHODS,
  disposalSiteFilterSchema,
  PROPER_DISPOSAL_METHODS,
  saveDisposalSiteSchema,
  saveWasteDisposalSchema,
  saveWasteSectionSchema,
  SITE_STATUS_LABELS,
  SITE_STATUSES,
  WASTE_FIGURES,
  WASTE_SECTION_LABELS,
  WASTE_SECTIONS,
  WASTE_SHARE_FIGURES,
} from './waste';

/** The message keys an input is refused with, each with its field path (none when accepted). */
const refusals = (schema: { safeParse(v: unknown): { error?: { issues: { message: string; path: PropertyKey[] }[] } } }, input: unknown) =>
  schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('schemas', () => {
  const site = (s: Record<string, unknown> = {}) => ({
    operatorLaoCode: '3120101',
    nameTh: 'ศูนย์กำจัดขยะมูลฝอยรวม',
    method: 'SANITARY_LANDFILL',
    status: 'OPERATING',
    latitude: 13.85,
    longitude: 100.52,
    ...s,
  });
  const ID_A = '7d0a4c1e-0000-4000-8000-000000000001';
  const ID_B = '7d0a4c1e-0000-4000-8000-000000000002';

  it('takes a site inside Thailand, its corners included', () => {
    expect(refusals(saveDisposalSiteSchema, site())).toEqual([]);
    expect(refusals(saveDisposalSiteSchema, site({ latitude: 5.6, longitude: 97.3 }))).toEqual([]);
    expect(refusals(saveDisposalSiteSchema, site({ latitude: 20.5, longitude: 105.7 }))).toEqual([]);
  });

  it.each([
    ['south of Thailand', { latitude: 5.59 }, 'latitude'],
    ['north of Thailand', { latitude: 20.51 }, 'latitude'],
    ['west of Thailand', { longitude: 97.29 }, 'longitude'],
    ['east of Thailand', { longitude: 105.71 }, 'longitude'],
    ['latitude and longitude swapped', { latitude: 100.52, longitude: 13.85 }, 'latitude'],
  ])('refuses coordinates %s', (_where, coordinates, field) => {
    expect(refusals(saveDisposalSiteSchema, site(coordinates))).toContain(`${field}: waste.site.outsideThailand`);
  });

  it('takes the opening year in the Buddhist Era only', () => {
    expect(refusals(saveDisposalSiteSchema, site({ openedYear: 2566 }))).toEqual([]);
    expect(refusals(saveDisposalSiteSchema, site({ openedYear: null }))).toEqual([]);
    expect(refusals(saveDisposalSiteSchema, site({ openedYear: 2023 }))).toEqual(['openedYear: input.fiscalYear']);
    expect(refusals(saveDisposalSiteSchema, site({ openedYear: 2479 }))).toEqual(['openedYear: input.fiscalYear']);
    expect(refusals(saveDisposalSiteSchema, site({ openedYear: 2701 }))).toEqual(['openedYear: input.fiscalYear']);
    expect(refusals(saveDisposalSiteSchema, site({ openedYear: 2566.5 }))).toEqual(['openedYear: input.fiscalYear']);
  });

  it('refuses coordinates that are not numbers as outside Thailand', () => {
    expect(refusals(saveDisposalSiteSchema, site({ latitude: '13.85', longitude: null }))).toEqual(['latitude: waste.site.outsideThailand', 'longitude: waste.site.outsideThailand']);
  });

  it('refuses a negative capacity, an unknown method or status, an empty name and a malformed id', () => {
    expect(refusals(saveDisposalSiteSchema, site({ capacityTonnesPerDay: -1 }))).toEqual(['capacityTonnesPerDay: waste.negativeTonnes']);
    expect(refusals(saveDisposalSiteSchema, site({ capacityTonnesPerDay: 50_001 }))).toEqual(['capacityTonnesPerDay: info.aboveMaximum']);
    expect(refusals(saveDisposalSiteSchema, site({ capacityTonnesPerDay: '250' }))).toEqual(['capacityTonnesPerDay: info.notANumber']);
    expect(refusals(saveDisposalSiteSchema, site({ openedYear: '2566' }))).toEqual(['openedYear: input.fiscalYear']);
    expect(refusals(saveDisposalSiteSchema, site({ capacityTonnesPerDay: 1.005 }))).toEqual(['capacityTonnesPerDay: info.tooManyDecimals']);
    expect(refusals(saveDisposalSiteSchema, site({ method: 'BURYING' }))).toEqual(['method: input.invalid']);
    expect(refusals(saveDisposalSiteSchema, site({ status: 'OPEN' }))).toEqual(['status: input.invalid']);
    expect(refusals(saveDisposalSiteSchema, site({ nameTh: '   ' }))).toEqual(['nameTh: input.required']);
    expect(refusals(saveDisposalSiteSchema, site({ id: 'site-1' }))).toEqual(['id: waste.site.unknown']);
    expect(refusals(saveDisposalSiteSchema, site({ id: ID_A }))).toEqual([]);
  });

  it('takes disposal uses of known shape, refusing negative tonnes, too many decimals, a site twice, more than 20', () => {
    const uses = (list: unknown[]) => ({ laoCode: '3120101', fiscalYear: 2569, uses: list });
    expect(refusals(saveWasteDisposalSchema, uses([{ siteId: ID_A, tonnesPerDay: 1.25 }, { siteId: ID_B, tonnesPerDay: 0 }]))).toEqual([]);
    expect(refusals(saveWasteDisposalSchema, uses([{ siteId: ID_A, tonnesPerDay: -0.01 }]))).toEqual(['uses.0.tonnesPerDay: waste.negativeTonnes']);
    expect(refusals(saveWasteDisposalSchema, uses([{ siteId: ID_A, tonnesPerDay: 1.255 }]))).toEqual(['uses.0.tonnesPerDay: info.tooManyDecimals']);
    expect(refusals(saveWasteDisposalSchema, uses([{ siteId: 'x', tonnesPerDay: 1 }]))).toEqual(['uses.0.siteId: waste.site.unknown']);
    expect(refusals(saveWasteDisposalSchema, uses([{ siteId: ID_A, tonnesPerDay: 1 }, { siteId: ID_A, tonnesPerDay: 2 }]))).toEqual(['uses: waste.disposal.duplicateSite']);
    const many = Array.from({ length: 21 }, (_, n) => ({ siteId: `7d0a4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`, tonnesPerDay: 1 }));
    expect(refusals(saveWasteDisposalSchema, uses(many))).toEqual(['uses: waste.disposal.tooMany']);
    expect(refusals(saveWasteDisposalSchema, uses(many.slice(0, 20)))).toEqual([]);
  });

  it('takes only Waste indicator codes in a section, and a known section', () => {
    const section = (s: Record<string, unknown>) => ({ laoCode: '3120101', fiscalYear: 2569, section: 'COLLECTION', values: [], ...s });
    expect(refusals(saveWasteSectionSchema, section({ values: [{ indicatorCode: 'WC05', value: 1 }] }))).toEqual([]);
    for (const code of ['PH05', 'XWC05', 'WC055', 'wc05']) {
      expect(refusals(saveWasteSectionSchema, section({ values: [{ indicatorCode: code, value: 1 }] }))).toEqual(['values.0.indicatorCode: info.unknownIndicator']);
    }
    expect(refusals(saveWasteSectionSchema, section({ section: 'DISPOSAL' }))).toHaveLength(1);
    expect(refusals(saveWasteSectionSchema, section({ fiscalYear: 2026 }))).toEqual(['fiscalYear: input.fiscalYear']);
  });

  it('filters sites by a province code, a known method and status', () => {
    expect(refusals(disposalSiteFilterSchema, null)).toEqual([]);
    expect(refusals(disposalSiteFilterSchema, { provinceCode: '12', method: 'RDF', status: 'CLOSED' })).toEqual([]);
    expect(refusals(disposalSiteFilterSchema, { provinceCode: '1' })).toEqual(['provinceCode: input.provinceCode']);
    expect(refusals(disposalSiteFilterSchema, { method: 'BURYING' })).toHaveLength(1);
  });

  it('counts four methods as properly disposed', () => {
    expect([...PROPER_DISPOSAL_METHODS].sort()).toEqual(['COMPOSTING', 'INCINERATION', 'RDF', 'SANITARY_LANDFILL']);
  });
});

describe('labels and figure lists the SPA shows', () => {
  it.each([
    ['sections', WASTE_SECTIONS, WASTE_SECTION_LABELS],
    ['disposal methods', DISPOSAL_METHODS, DISPOSAL_METHOD_LABELS],
    ['site statuses', SITE_STATUSES, SITE_STATUS_LABELS],
  ] as const)('name every one of the %s in Thai and English', (_what, list, labels: Record<string, { th: string; en: string }>) => {
    expect(Object.keys(labels).sort()).toEqual([...list].sort());
    for (const value of list) expect(labels[value]).toEqual({ th: expect.stringMatching(/[\u0E00-\u0E7F]/), en: expect.stringMatching(/^[A-Z]/) });
  });

  it('lists the four shares among the figures', () => {
    expect(WASTE_SHARE_FIGURES).toEqual(['collectionCoverage', 'properDisposalShare', 'recyclingRate', 'costRecovery']);
    expect(WASTE_SHARE_FIGURES.every((f) => WASTE_FIGURES.includes(f))).toBe(true);
  });
});
