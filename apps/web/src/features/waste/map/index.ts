/**
 * Maps of the Waste subsystem, drawn from @lao/thai-map's outlines (no tile server): the provinces' choropleth, one
 * province with its points, and a pin picker. The geometry is a static asset fetched once per page (useGeometry).
 */
export { ThailandMap } from './ThailandMap';
export { ProvinceMap } from './ProvinceMap';
export { PinPicker } from './PinPicker';
export { MethodLegend } from './MapParts';
export { METHOD_COLORS, LAO_COLOR, CLASS_COLORS } from './colors';
export { classBreaks, classIndex } from './classBreaks';
export { useGeometry, loadGeometry, type GeometryState } from './useGeometry';
export {
  DISPOSAL_METHODS,
  type DisposalMethod,
  type MapPoint,
  type PinPickerProps,
  type ProvinceMapProps,
  type ThailandMapProps,
} from './types';
