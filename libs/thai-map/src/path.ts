import type { SvgPoint } from './types';

/** A closed outline in SVG coordinates (the last point joins the first). */
export type Ring = SvgPoint[];

/** Points added per Bézier segment when a curve is flattened into straight lines. */
const CURVE_STEPS = 8;

const COMMAND = /[MmLlHhVvCcSsQqTtZzAa]/;
const TOKEN = /[MmLlHhVvCcSsQqTtZzAa]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** Numbers each command takes per repetition. */
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, Z: 0 };

function cubic(p0: SvgPoint, p1: SvgPoint, p2: SvgPoint, p3: SvgPoint, t: number): SvgPoint {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

function quadratic(p0: SvgPoint, p1: SvgPoint, p2: SvgPoint, t: number): SvgPoint {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y };
}

/**
 * Parses SVG path data into closed rings of straight segments. The map uses only `m` and `z` (relative moves with
 * implicit line-tos); lines (L/H/V) and Bézier curves (C/S/Q/T, flattened into CURVE_STEPS segments) are read as
 * well, in absolute and relative form. Arcs (A) are rejected: a path with them needs a parser that handles them.
 */
export function parseSvgPath(d: string): Ring[] {
  const tokens = d.match(TOKEN) ?? [];
  const rings: Ring[] = [];
  let ring: Ring = [];
  let current: SvgPoint = { x: 0, y: 0 };
  let start: SvgPoint = { x: 0, y: 0 };
  /** The last control point of a C/S (or Q/T) segment, for the smooth shorthand that reflects it. */
  let lastCubic: SvgPoint | null = null;
  let lastQuad: SvgPoint | null = null;
  let command = '';
  let i = 0;

  const closeRing = () => {
    if (ring.length >= 3) rings.push(ring);
    ring = [];
  };
  const lineTo = (p: SvgPoint) => {
    if (ring.length === 0) ring.push(current);
    ring.push(p);
    current = p;
  };
  const number = (): number => {
    const token = tokens[i++];
    if (token === undefined || COMMAND.test(token)) throw new Error(`SVG path: a number expected at token ${i - 1} in "${d.slice(0, 40)}…"`);
    return Number(token);
  };

  while (i < tokens.length) {
    const token = tokens[i]!;
    if (COMMAND.test(token)) {
      command = token;
      i++;
      if (command === 'A' || command === 'a') throw new Error('SVG path: arcs (A/a) are not supported');
      if (command === 'Z' || command === 'z') {
        closeRing();
        current = start;
        lastCubic = lastQuad = null;
        continue;
      }
    } else if (command === '' || command === 'Z' || command === 'z') {
      throw new Error(`SVG path: a command expected at token ${i} in "${d.slice(0, 40)}…"`);
    }
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const arity = ARITY[upper]!;
    if (i + arity > tokens.length) throw new Error(`SVG path: ${command} needs ${arity} numbers`);
    const base = relative ? current : { x: 0, y: 0 };
    const at = (): SvgPoint => {
      const x = number();
      const y = number();
      return { x: base.x + x, y: base.y + y };
    };

    switch (upper) {
      case 'M': {
        closeRing();
        current = start = at();
        ring = [current];
        // Further pairs after a move are line-tos of the same kind (relative after m, absolute after M).
        command = relative ? 'l' : 'L';
        lastCubic = lastQuad = null;
        break;
      }
      case 'L':
        lineTo(at());
        lastCubic = lastQuad = null;
        break;
      case 'H': {
        const x = number();
        lineTo({ x: relative ? current.x + x : x, y: current.y });
        lastCubic = lastQuad = null;
        break;
      }
      case 'V': {
        const y = number();
        lineTo({ x: current.x, y: relative ? current.y + y : y });
        lastCubic = lastQuad = null;
        break;
      }
      case 'C':
      case 'S': {
        const from = current;
        const c1: SvgPoint =
          upper === 'C' ? at() : lastCubic ? { x: 2 * from.x - lastCubic.x, y: 2 * from.y - lastCubic.y } : from;
        const c2 = at();
        const to = at();
        for (let step = 1; step <= CURVE_STEPS; step++) lineTo(cubic(from, c1, c2, to, step / CURVE_STEPS));
        current = to;
        lastCubic = c2;
        lastQuad = null;
        break;
      }
      case 'Q':
      case 'T': {
        const from = current;
        const c: SvgPoint = upper === 'Q' ? at() : lastQuad ? { x: 2 * from.x - lastQuad.x, y: 2 * from.y - lastQuad.y } : from;
        const to = at();
        for (let step = 1; step <= CURVE_STEPS; step++) lineTo(quadratic(from, c, to, step / CURVE_STEPS));
        current = to;
        lastQuad = c;
        lastCubic = null;
        break;
      }
    }
  }
  closeRing();
  return rings;
}
