/** A box around the country (degrees), for validating coordinates typed in or picked on the map. */
export const THAILAND_BOUNDS = { minLatitude: 5.6, maxLatitude: 20.5, minLongitude: 97.3, maxLongitude: 105.7 } as const;
