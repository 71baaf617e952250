import type { DisposalMethod } from './types';

/**
 * Site colours by method: the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies) without
 * its two blues, which the choropleth uses; a transfer station is no final disposal and is drawn hollow (white).
 */
export const METHOD_COLORS: Record<DisposalMethod, string> = {
  SANITARY_LANDFILL: '#009e73',
  CONTROLLED_DUMP: '#e69f00',
  OPEN_DUMP: '#d55e00',
  INCINERATION: '#cc79a7',
  COMPOSTING: '#f0e442',
  RDF: '#000000',
  TRANSFER_STATION: '#ffffff',
};

/** LAO offices: a navy diamond (the app's --navy), unlike any site. */
export const LAO_COLOR = '#1d3f72';

/** ColorBrewer "Blues", 5 classes: sequential and colour-blind safe, light = low. */
export const CLASS_COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/** The colours for `classes` classes (fewer than five when the data has few distinct values): spread over the scale. */
export function classColors(classes: number): string[] {
  if (classes <= 0) return [];
  if (classes === 1) return [CLASS_COLORS[2]];
  const last = CLASS_COLORS.length - 1;
  return Array.from({ length: classes }, (_, i) => CLASS_COLORS[Math.round((i * last) / (classes - 1))]!);
}
