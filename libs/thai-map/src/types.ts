/** A position on the ground (WGS 84 degrees). */
export interface LatLng {
  latitude: number;
  longitude: number;
}

/** A position in the map's SVG viewBox coordinates (x to the east, y to the south). */
export interface SvgPoint {
  x: number;
  y: number;
}

/** One province's outline: our 2-digit province code (DOPA), its names (the registry's) and its SVG path data. */
export interface ProvinceShape {
  code: string;
  nameEn: string;
  nameTh: string;
  path: string;
}

/** The content of dist/thailand-provinces.json. */
export interface ThaiMapGeometry {
  /** The SVG viewBox the paths are drawn in, e.g. "0 0 560 1025". */
  viewBox: string;
  /** The attribution the licence (CC BY 4.0) requires under every map. */
  credit: string;
  provinces: ProvinceShape[];
}

/** An axis-aligned box in SVG coordinates. */
export interface SvgBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}
