import { missingCount, missingSectionsOf } from './completeness';

const section = { section: 'DISASTER', labelTh: 'ด้านสาธารณภัย', labelEn: 'Disasters', items: [{ code: 'DS01', labelTh: 'รถดับเพลิง', labelEn: 'Fire trucks' }] };

describe('missingSectionsOf', () => {
  it("reads an INCOMPLETE error's missing sections, dropping a module's extra keys", () => {
    expect(missingSectionsOf({ missing: [{ ...section, domain: 'DISASTER', indicatorCodes: ['DS01'] }], incompleteSides: [1] })).toEqual([section]);
    expect(missingSectionsOf({ missing: [] })).toEqual([]);
  });
  it('answers null without a payload of that shape', () => {
    expect(missingSectionsOf(undefined)).toBeNull();
    expect(missingSectionsOf(null)).toBeNull();
    expect(missingSectionsOf({})).toBeNull();
    expect(missingSectionsOf({ missing: [{ domain: 'DISASTER', indicatorCodes: ['DS01'] }] })).toBeNull();
    expect(missingSectionsOf({ missing: [{ ...section, items: [{ code: 'DS01' }] }] })).toBeNull();
    expect(missingSectionsOf({ missing: 'DISASTER' })).toBeNull();
  });
});

describe('missingCount', () => {
  it('counts the missing parts, a section without listed parts as one', () => {
    expect(missingCount([section, { ...section, items: [...section.items, ...section.items] }])).toBe(3);
    expect(missingCount([{ ...section, items: [] }])).toBe(1);
    expect(missingCount([])).toBe(0);
  });
});
