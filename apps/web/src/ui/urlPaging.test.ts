import { readCursors, writeCursors } from './urlPaging';
import { readSort, writeSort } from './useUrlSort';

describe('paging in the address', () => {
  it('reads back the cursors it wrote, for the same filter only', () => {
    const params = writeCursors(new URLSearchParams('province=12&q=บาง'), ['Y29kZQ', 'b3RoZXI']);
    expect(readCursors(params)).toEqual(['Y29kZQ', 'b3RoZXI']);
    // Another filter with the old paging parameter: page one, not the old filter's third page.
    const changed = new URLSearchParams(params);
    changed.set('province', '13');
    expect(readCursors(changed)).toEqual([]);
    // The order of the other parameters does not matter.
    const reordered = new URLSearchParams(`q=บาง&p=${params.get('p')}&province=12`);
    expect(readCursors(reordered)).toEqual(['Y29kZQ', 'b3RoZXI']);
  });

  it('leaves page one out of the address and refuses junk', () => {
    expect(writeCursors(new URLSearchParams('province=12'), []).toString()).toBe('province=12');
    const params = writeCursors(new URLSearchParams(), ['abc']);
    expect(readCursors(new URLSearchParams(`p=${params.get('p')}%20x`))).toEqual([]);
    expect(readCursors(new URLSearchParams('p=nonsense'))).toEqual([]);
  });
});

describe('sort in the address', () => {
  const initial = { key: 'code', direction: 'ascending' } as const;
  const keys = ['code', 'name'] as const;
  it('keeps a known column and its direction, and leaves the default out', () => {
    expect(readSort(new URLSearchParams('sort=name&dir=desc'), keys, initial)).toEqual({ key: 'name', direction: 'descending' });
    expect(readSort(new URLSearchParams('sort=password&dir=sideways'), keys, initial)).toEqual(initial);
    expect(writeSort(new URLSearchParams('sort=name&dir=desc&q=x'), initial, initial).toString()).toBe('q=x');
  });
});
