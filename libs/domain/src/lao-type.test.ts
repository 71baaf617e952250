import { isLaoType, LAO_CODE_KIND_DIGIT, LAO_TYPES } from './lao-type';

describe('LAO types', () => {
  it('recognises exactly the seven kinds, as spelled in the API', () => {
    expect(LAO_TYPES.filter(isLaoType)).toEqual([...LAO_TYPES]);
    expect(LAO_TYPES).toHaveLength(7);
    for (const other of ['', 'sao', 'VILLAGE', 'MUNICIPALITY', 'SAO ']) expect(isLaoType(other)).toBe(false);
  });
});

describe('the kind digit of a DLA code', () => {
  it('is a distinct digit 1–7 for each kind', () => {
    const digits = LAO_TYPES.map((t) => LAO_CODE_KIND_DIGIT[t]);
    expect([...digits].sort()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('follows the department\'s numbering', () => {
    expect(LAO_CODE_KIND_DIGIT).toEqual({
      PAO: '1',
      CITY_MUNICIPALITY: '2',
      TOWN_MUNICIPALITY: '3',
      SUBDISTRICT_MUNICIPALITY: '4',
      SAO: '5',
      BANGKOK: '6',
      PATTAYA: '7',
    });
  });
});
