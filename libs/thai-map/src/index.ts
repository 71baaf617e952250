export type { LatLng, ProvinceShape, SvgBox, SvgPoint, ThaiMapGeometry } from './types';
export { parseSvgPath, type Ring } from './path';
export { mercatorY, project, projection, unproject } from './projection';
export {
  isInProvince,
  parseViewBox,
  provinceAt,
  provinceAtSvgPoint,
  provinceBox,
  provinceCentroid,
  provinceRings,
  randomPointInProvince,
} from './geometry';
export { PROVINCE_SEATS } from './seats';
export { THAILAND_BOUNDS } from './bounds';
export { MAP_CREDIT } from './credit';
