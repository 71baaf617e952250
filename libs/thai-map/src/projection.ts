import type { LatLng, SvgPoint } from './types';

/*
 * The SVG of @svg-maps/thailand (viewBox 0 0 560 1025) is a Mercator map: x = A·lon + B, y = C·ln(tan(π/4 + φ/2)) + D.
 * Found by scripts/fit-projection.mjs, a least-squares fit of an equirectangular and a Mercator model against the
 * country's four extreme points (the outlines' extremes) and the 77 province seats (their outlines' centroids):
 *   Mercator         extremes off by 0.3 km (north), 0.6 km (south), 2.0 km (west), 0.0 km (east); 75 of 77 seats
 *                    inside their own province; seats vs centroids RMS 11.53 SVG units in y.
 *   equirectangular  extremes off by 6.1 km (north) and 4.4 km (south); 73 of 77 seats inside; RMS 11.59 in y.
 * The seat–centroid residual (RMS 27 km on the ground) is how far towns lie from their province's middle, the same
 * for both models; the extremes are the sharp measure: within about 2 km (≈ 1.3 SVG units, one SVG unit ≈ 1.6 km).
 * The fitted Mercator's two scales agree within 0.9 % (3837 vs 3871 SVG units per radian), as a Mercator's should.
 * Rerun the script after changing the map or the control points and copy its Mercator constants here.
 */
const A = 67.56490671756576;
const B = -6578.030654596315;
const C = -3837.0468817506116;
const D = 1401.1150780402527;

const RAD = Math.PI / 180;

/** Mercator's northing for a latitude in degrees (radians of the equator's scale). */
export function mercatorY(latitude: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (latitude * RAD) / 2));
}

function inverseMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;
}

/** A position → the map's SVG coordinates. */
export function project({ latitude, longitude }: LatLng): SvgPoint {
  return { x: A * longitude + B, y: C * mercatorY(latitude) + D };
}

/** The map's SVG coordinates → a position (the inverse of project). */
export function unproject({ x, y }: SvgPoint): LatLng {
  return { latitude: inverseMercatorY((y - D) / C), longitude: (x - B) / A };
}

export const projection = { project, unproject };
