import { maskPersonal } from './personal-data';

describe('maskPersonal', () => {
  it('keeps the first five digits and the check digit of a national ID', () => {
    expect(maskPersonal('NATIONAL_ID', '1234567890121')).toBe('1-2345-xxxxx-xx-1');
    expect(maskPersonal('NATIONAL_ID', '3-1020-03456-78-9')).toBe('3-1020-xxxxx-xx-9');
    expect(maskPersonal('NATIONAL_ID', '12345')).toBe('x-xxxx-xxxxx-xx-x');
  });
  it('keeps the first letter of a name, Thai included', () => {
    expect(maskPersonal('NAME', 'สมชาย')).toBe('ส…');
    expect(maskPersonal('NAME', '  Anong ')).toBe('A…');
  });
  it('withholds everything else, and masks nothing into something', () => {
    expect(maskPersonal('OTHER', '0812345678')).toBeNull();
    expect(maskPersonal('NAME', null)).toBeNull();
    expect(maskPersonal('NATIONAL_ID', '')).toBeNull();
    expect(maskPersonal('NAME', undefined)).toBeNull();
  });
});
