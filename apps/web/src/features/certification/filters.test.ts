import { readSubmissionFilter, toSubmissionApiFilter, writeSubmissionFilter } from './filters';
import { fiscalYearOptions, readFiscalYear } from './fiscalYear';

describe('province list filter in the address bar', () => {
  it('reads what it writes, keeping the fiscal year', () => {
    const filter = { district: '7401', type: 'SAO' as const, status: 'DRAFT' as const, q: 'ท่าฉลอม' };
    const params = writeSubmissionFilter(new URLSearchParams({ year: '2569' }), filter);
    expect(params.get('year')).toBe('2569');
    expect(readSubmissionFilter(params, '74')).toEqual(filter);
    expect(toSubmissionApiFilter('74', filter)).toEqual({ provinceCode: '74', districtCode: '7401', type: 'SAO', status: 'DRAFT', search: 'ท่าฉลอม' });
  });

  it('drops junk: another province’s district, unknown type or status; always sends the page’s province', () => {
    const filter = readSubmissionFilter(new URLSearchParams({ district: '1201', type: 'CASTLE', status: 'DONE', q: 'ก'.repeat(150) }), '74');
    expect(filter).toEqual({ district: '', type: '', status: '', q: 'ก'.repeat(100) });
    expect(toSubmissionApiFilter('74', readSubmissionFilter(new URLSearchParams(), '74'))).toEqual({ provinceCode: '74' });
  });

  it('without the type filter (e-Service): reads what it writes, and drops a district of another province and an unknown status', () => {
    const filter = { district: '1205', status: 'LAO_CERTIFIED' as const, q: 'บางใหญ่' };
    const params = writeSubmissionFilter(new URLSearchParams('year=2569'), filter);
    expect(params.get('year')).toBe('2569');
    expect(readSubmissionFilter(params, '12', { byType: false })).toEqual(filter);
    expect(toSubmissionApiFilter('12', filter)).toEqual({ provinceCode: '12', districtCode: '1205', status: 'LAO_CERTIFIED', search: 'บางใหญ่' });
    expect(readSubmissionFilter(new URLSearchParams('district=1301&status=DONE'), '12', { byType: false })).toEqual({ district: '', status: '', q: '' });
    expect(toSubmissionApiFilter('12', { district: '', status: '', q: '' })).toEqual({ provinceCode: '12' });
  });
});

describe('fiscal year in the address bar', () => {
  it('offers the current fiscal year and the four before it, and ignores any other ?year=', () => {
    expect(fiscalYearOptions(2570)).toEqual([2570, 2569, 2568, 2567, 2566]);
    expect(readFiscalYear(new URLSearchParams({ year: '2567' }), 2570)).toBe(2567);
    expect(readFiscalYear(new URLSearchParams({ year: '2560' }), 2570)).toBe(2570);
    expect(readFiscalYear(new URLSearchParams({ year: 'abc' }), 2570)).toBe(2570);
    expect(readFiscalYear(new URLSearchParams('year=2568'), 2570)).toBe(2568);
    expect(readFiscalYear(new URLSearchParams('year=2400'), 2570)).toBe(2570);
  });
});
