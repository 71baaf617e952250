import { readFilter, toApiFilter, writeFilter } from './filters';

describe('registry filter in the address bar', () => {
  it('reads what it writes', () => {
    const filter = { province: '12', district: '1201', type: 'SAO' as const, q: 'บางกรวย' };
    expect(readFilter(writeFilter(filter))).toEqual(filter);
    expect(toApiFilter(filter)).toEqual({ provinceCode: '12', districtCode: '1201', type: 'SAO', search: 'บางกรวย' });
  });

  it('drops junk: a district of another province, an unknown type, an over-long search', () => {
    const filter = readFilter(new URLSearchParams({ province: '12', district: '1301', type: 'CASTLE', q: 'ก'.repeat(150) }));
    expect(filter).toEqual({ province: '12', district: '', type: '', q: 'ก'.repeat(100) });
    expect(readFilter(new URLSearchParams({ district: '1201' })).district).toBe('');
    expect(toApiFilter(readFilter(new URLSearchParams()))).toEqual({});
  });
});
