/** The attribution CC BY 4.0 asks for; dist/thailand-provinces.json carries the same text. */
export const MAP_CREDIT = 'Map of Thailand: @svg-maps/thailand, CC BY 4.0';
