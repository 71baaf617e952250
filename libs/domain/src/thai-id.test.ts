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

it('refuses a valid ID with anything before or after it', () => {
  expect(isValidThaiNationalId('11017002307081')).toBe(false);
  expect(isValidThaiNationalId('1101700230708 ')).toBe(false);
  expect(isValidThaiNationalId(' 1101700230708')).toBe(false);
  expect(isValidThaiNationalId('')).toBe(false);
});

it('accepts an ID whose check digit wraps around to 0 or 1', () => {
  // a weighted sum ≡ 1 (mod 11) gives 11 − 1 = 10, check digit 0; a sum ≡ 10 gives check digit 1
  expect(isValidThaiNationalId('1000000000050')).toBe(true);
  expect(isValidThaiNationalId('1000000000041')).toBe(true);
  expect(isValidThaiNationalId('1000000000040')).toBe(false);
});
