import { classBreaks, classIndex } from './classBreaks';
import { classColors, CLASS_COLORS } from './colors';

describe('classBreaks', () => {
  it('cuts at the quintiles, from the smallest to the largest value', () => {
    const values = Array.from({ length: 101 }, (_, i) => 100 - i); // 100 … 0, any order
    expect(classBreaks(values, 5)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('interpolates between ranks', () => {
    expect(classBreaks([1, 2, 3, 4], 2)).toEqual([1, 2.5, 4]);
    expect(classBreaks([10, 20], 4)).toEqual([10, 12.5, 15, 17.5, 20]);
  });

  it('merges coinciding breaks, leaving fewer classes', () => {
    expect(classBreaks([0, 0, 0, 0, 5], 5)).toEqual([0, 1, 5]);
    expect(classBreaks([7, 7, 7], 5)).toEqual([7, 7]);
  });

  it('gives no classes without values, and ignores values that are not numbers', () => {
    expect(classBreaks([], 5)).toEqual([]);
    expect(classBreaks([NaN, Infinity], 5)).toEqual([]);
    expect(classBreaks([NaN, 3, 1], 2)).toEqual([1, 2, 3]);
  });
});

describe('classIndex', () => {
  const breaks = [0, 20, 40, 60, 80, 100];

  it('puts a value in the class whose upper break it does not exceed', () => {
    expect(classIndex(0, breaks)).toBe(0);
    expect(classIndex(20, breaks)).toBe(0);
    expect(classIndex(20.5, breaks)).toBe(1);
    expect(classIndex(79, breaks)).toBe(3);
    expect(classIndex(100, breaks)).toBe(4);
  });

  it('keeps values beyond the ends in the end classes, and a single class for one value', () => {
    expect(classIndex(-5, breaks)).toBe(0);
    expect(classIndex(500, breaks)).toBe(4);
    expect(classIndex(7, [7, 7])).toBe(0);
  });

  it('fills the five classes about equally', () => {
    const values = Array.from({ length: 77 }, (_, i) => (i * 37) % 101);
    const b = classBreaks(values, 5);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classIndex(v, b)]!++;
    for (const count of counts) expect(count).toBeGreaterThanOrEqual(14);
  });
});

describe('classColors', () => {
  it('uses the whole sequential scale, spread when there are fewer classes', () => {
    expect(classColors(5)).toEqual([...CLASS_COLORS]);
    expect(classColors(2)).toEqual([CLASS_COLORS[0], CLASS_COLORS[4]]);
    expect(classColors(1)).toEqual([CLASS_COLORS[2]]);
    expect(classColors(0)).toEqual([]);
  });
});
