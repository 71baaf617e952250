export type DisposalMethod =
  | 'SANITARY_LANDFILL'
  | 'CONTROLLED_DUMP'
  | 'OPEN_DUMP'
  | 'INCINERATION'
  | 'COMPOSTING'
  | 'RDF'
  | 'TRANSFER_STATION';

/** The methods in the order legends list them. */
export const DISPOSAL_METHODS: readonly DisposalMethod[] = [
  'SANITARY_LANDFILL',
  'CONTROLLED_DUMP',
  'OPEN_DUMP',
  'INCINERATION',
  'COMPOSTING',
  'RDF',
  'TRANSFER_STATION',
];

/** Something drawn at a position: a disposal site (coloured by its method) or an LAO's office. */
export interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  kind: DisposalMethod | 'LAO';
  label: string;
  detail?: string;
}

/** Choropleth of the 77 provinces. */
export interface ThailandMapProps {
  /** Province code → value (missing/null = no data). */
  values: ReadonlyMap<string, number | null>;
  /** What the figure is, shown in the legend. */
  title: string;
  format: (value: number) => string;
  /** Click/Enter drills into a province. */
  onSelectProvince?: (provinceCode: string) => void;
  /** Disposal sites, coloured by method. */
  points?: readonly MapPoint[];
  /** Thai names for hover/aria labels (the map's own names otherwise). */
  provinceNames?: ReadonlyMap<string, string>;
}

/** One province's outline with points (sites coloured by method, LAOs as a distinct marker), zoomed to the province. */
export interface ProvinceMapProps {
  provinceCode: string;
  points: readonly MapPoint[];
  title?: string;
  onSelectPoint?: (id: string) => void;
}

/** Pin picker for a site's coordinates: the whole country (or a province when given); a click places the pin. */
export interface PinPickerProps {
  provinceCode?: string;
  value: { latitude: number; longitude: number } | null;
  onChange: (value: { latitude: number; longitude: number }) => void;
}
