import { parseSvgPath } from './path';

describe('parseSvgPath', () => {
  it('reads relative moves with implicit line-tos, and a move after z starts from the closed subpath', () => {
    const rings = parseSvgPath('m 10,10 5,0 0,5 z m 20,0 5,0 0,5 z');
    expect(rings).toEqual([
      [{ x: 10, y: 10 }, { x: 15, y: 10 }, { x: 15, y: 15 }],
      [{ x: 30, y: 10 }, { x: 35, y: 10 }, { x: 35, y: 15 }],
    ]);
  });

  it('reads absolute and relative lines, H and V', () => {
    expect(parseSvgPath('M0 0 L10 0 V10 H0 Z')).toEqual([[{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }]]);
    expect(parseSvgPath('M5,5 l10,0 v10 h-10 z')).toEqual([[{ x: 5, y: 5 }, { x: 15, y: 5 }, { x: 15, y: 15 }, { x: 5, y: 15 }]]);
  });

  it('flattens Bézier curves into points on the curve', () => {
    const [ring] = parseSvgPath('M0,0 C0,10 10,10 10,0 Z');
    expect(ring!.at(-1)).toEqual({ x: 10, y: 0 });
    // The cubic's middle point: (5, 7.5).
    expect(ring).toContainEqual({ x: 5, y: 7.5 });
    const [quad] = parseSvgPath('M0,0 q5,10 10,0 t10,0 z');
    expect(quad).toContainEqual({ x: 5, y: 5 });
    expect(quad!.at(-1)).toEqual({ x: 20, y: 0 });
  });

  it('reads numbers written without separators and with exponents', () => {
    expect(parseSvgPath('M1-2L3.5.5l1e1,0z')).toEqual([[{ x: 1, y: -2 }, { x: 3.5, y: 0.5 }, { x: 13.5, y: 0.5 }]]);
  });

  it('rejects arcs and malformed data rather than drawing something else', () => {
    expect(() => parseSvgPath('M0,0 A5,5 0 0 1 10,0 z')).toThrow(/arcs/);
    expect(() => parseSvgPath('M0,0 L10')).toThrow(/numbers/);
    expect(() => parseSvgPath('10,10 20,20')).toThrow(/command expected/);
  });
});
