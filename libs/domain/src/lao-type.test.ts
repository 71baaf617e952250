import { isLaoType, LAO_TYPES } from './lao-type';

describe('LAO types', () => {
  it('recognises exactly the seven kinds, as spelled in the API', () => {
    expect(LAO_TYPES.filter(isLaoType)).toEqual([...LAO_TYPES]);
    expect(LAO_TYPES).toHaveLength(7);
    for (const other of ['', 'sao', 'VILLAGE', 'MUNICIPALITY', 'SAO ']) expect(isLaoType(other)).toBe(false);
  });
});
