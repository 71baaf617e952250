import { project, provinceBox, THAILAND_BOUNDS, type LatLng, type SvgBox, type SvgPoint, type ThaiMapGeometry } from '@lao/thai-map';

export function boxWidth(box: SvgBox): number {
  return box.maxX - box.minX;
}

export function boxHeight(box: SvgBox): number {
  return box.maxY - box.minY;
}

/** The box grown by a fraction of its larger side on every edge (at least `minimum` SVG units). */
export function padBox(box: SvgBox, fraction: number, minimum = 2): SvgBox {
  const pad = Math.max(Math.max(boxWidth(box), boxHeight(box)) * fraction, minimum);
  return { minX: box.minX - pad, minY: box.minY - pad, maxX: box.maxX + pad, maxY: box.maxY + pad };
}

export function viewBoxOf(box: SvgBox): string {
  return `${box.minX} ${box.minY} ${boxWidth(box)} ${boxHeight(box)}`;
}

export function isInThailandBounds({ latitude, longitude }: LatLng): boolean {
  return (
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    latitude >= THAILAND_BOUNDS.minLatitude &&
    latitude <= THAILAND_BOUNDS.maxLatitude &&
    longitude >= THAILAND_BOUNDS.minLongitude &&
    longitude <= THAILAND_BOUNDS.maxLongitude
  );
}

/** A province's view: its outline and the given positions (those within the country's bounds), with padding. */
export function provinceView(code: string, geometry: ThaiMapGeometry, positions: readonly LatLng[] = []): SvgBox {
  const box = provinceBox(code, geometry);
  for (const position of positions) {
    if (!isInThailandBounds(position)) continue;
    const { x, y } = project(position);
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minY = Math.min(box.minY, y);
    box.maxY = Math.max(box.maxY, y);
  }
  return padBox(box, 0.06);
}

/**
 * Where a pointer position falls in the SVG's user space, for an SVG drawn with the default
 * preserveAspectRatio (xMidYMid meet); null while the element has no size (not laid out).
 */
export function clientToSvg(svg: Element, box: SvgBox, clientX: number, clientY: number): SvgPoint | null {
  const rect = svg.getBoundingClientRect();
  if (!rect.width || !rect.height) return null;
  const scale = Math.min(rect.width / boxWidth(box), rect.height / boxHeight(box));
  const offsetX = (rect.width - boxWidth(box) * scale) / 2;
  const offsetY = (rect.height - boxHeight(box) * scale) / 2;
  return { x: box.minX + (clientX - rect.left - offsetX) / scale, y: box.minY + (clientY - rect.top - offsetY) / scale };
}

/** A point's place in the box as percentages from the top left, for HTML laid over the SVG. */
export function percentIn(box: SvgBox, { x, y }: SvgPoint): { left: number; top: number } {
  return { left: ((x - box.minX) / boxWidth(box)) * 100, top: ((y - box.minY) / boxHeight(box)) * 100 };
}

/** Degrees rounded to 5 decimals (about 1 m), as coordinates are stored. */
export function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
