import { parseSvgPath, type Ring } from './path';
import { project, unproject } from './projection';
import type { LatLng, SvgBox, SvgPoint, ThaiMapGeometry } from './types';

interface ParsedProvince {
  code: string;
  rings: Ring[];
  box: SvgBox;
}

/** Parsed outlines per geometry object: a geometry is parsed once, however often it is asked. */
const parsed = new WeakMap<ThaiMapGeometry, Map<string, ParsedProvince>>();

function boxOf(rings: readonly Ring[]): SvgBox {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const ring of rings) {
    for (const { x, y } of ring) {
      if (x < box.minX) box.minX = x;
      if (x > box.maxX) box.maxX = x;
      if (y < box.minY) box.minY = y;
      if (y > box.maxY) box.maxY = y;
    }
  }
  return box;
}

function provinces(geometry: ThaiMapGeometry): Map<string, ParsedProvince> {
  let byCode = parsed.get(geometry);
  if (!byCode) {
    byCode = new Map();
    for (const { code, path } of geometry.provinces) {
      const rings = parseSvgPath(path);
      byCode.set(code, { code, rings, box: boxOf(rings) });
    }
    parsed.set(geometry, byCode);
  }
  return byCode;
}

function province(geometry: ThaiMapGeometry, code: string): ParsedProvince {
  const found = provinces(geometry).get(code);
  if (!found) throw new Error(`Unknown province code ${code}`);
  return found;
}

/** Even-odd rule over all rings: islands are further rings, a hole is a ring inside another. */
function ringsContain(rings: readonly Ring[], { x, y }: SvgPoint): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
  }
  return inside;
}

function boxContains(box: SvgBox, { x, y }: SvgPoint): boolean {
  return x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY;
}

/** The viewBox attribute as a box. */
export function parseViewBox(viewBox: string): SvgBox {
  const [minX = 0, minY = 0, width = 0, height = 0] = viewBox.trim().split(/[\s,]+/).map(Number);
  return { minX, minY, maxX: minX + width, maxY: minY + height };
}

/** A province's outline as closed rings of SVG points (curves flattened). */
export function provinceRings(code: string, geometry: ThaiMapGeometry): readonly Ring[] {
  return province(geometry, code).rings;
}

/** The bounding box of a province's outline, in SVG coordinates. */
export function provinceBox(code: string, geometry: ThaiMapGeometry): SvgBox {
  return { ...province(geometry, code).box };
}

/** The area-weighted centroid of a province's outline (all its rings), in SVG coordinates. */
export function provinceCentroid(code: string, geometry: ThaiMapGeometry): SvgPoint {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const ring of province(geometry, code).rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      const cross = a.x * b.y - b.x * a.y;
      area += cross;
      cx += (a.x + b.x) * cross;
      cy += (a.y + b.y) * cross;
    }
  }
  return { x: cx / (3 * area), y: cy / (3 * area) };
}

/** The province whose outline holds an SVG point, or null (sea, a neighbouring country, outside the map). */
export function provinceAtSvgPoint(point: SvgPoint, geometry: ThaiMapGeometry): string | null {
  for (const p of provinces(geometry).values()) {
    if (boxContains(p.box, point) && ringsContain(p.rings, point)) return p.code;
  }
  return null;
}

/** The province a position lies in, by the map's outlines, or null. */
export function provinceAt(point: LatLng, geometry: ThaiMapGeometry): string | null {
  return provinceAtSvgPoint(project(point), geometry);
}

/** Whether a position lies inside the province's outline on the map. */
export function isInProvince(point: LatLng, code: string, geometry: ThaiMapGeometry): boolean {
  const p = province(geometry, code);
  const at = project(point);
  return boxContains(p.box, at) && ringsContain(p.rings, at);
}

const MAX_TRIES = 10_000;

/**
 * A random position inside the province: rejection sampling in the province's bounding box (uniform on the map's
 * plane), coordinates rounded to 5 decimals (about 1 m) and checked again after rounding. `random` returns numbers in
 * [0, 1), e.g. Math.random or a seeded generator for repeatable demo data.
 */
export function randomPointInProvince(code: string, geometry: ThaiMapGeometry, random: () => number): LatLng {
  const { box } = province(geometry, code);
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const at = { x: box.minX + random() * (box.maxX - box.minX), y: box.minY + random() * (box.maxY - box.minY) };
    const { latitude, longitude } = unproject(at);
    const point = { latitude: Math.round(latitude * 1e5) / 1e5, longitude: Math.round(longitude * 1e5) / 1e5 };
    if (isInProvince(point, code, geometry)) return point;
  }
  throw new Error(`No point found inside province ${code} after ${MAX_TRIES} tries (is random() in [0, 1)?)`);
}
