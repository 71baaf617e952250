import { isValidThaiNationalId } from './thai-id';

describe('Thai national ID', () => {
  it.each([
    ['1101700230708', true],
    ['1101700230705', false], // same digits, wrong check digit
    
    ['110170023070', false],
    ['11017002307O5', false],
  ])('%s → %s', (id, valid) => {
    expect(isValidThaiNationalId(id)).toBe(valid);
  });
});
