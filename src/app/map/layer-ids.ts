/** Source and layer ids: exported constants, never bare strings (STYLE.md). */
export const SOURCE = {
  land: 'land',
  countries: 'countries',
  regions: 'regions',
  cities: 'cities',
  claimSelected: 'claim-selected',
  claimSpots: 'claim-spots',
  places: 'places',
} as const;

export const LAYER = {
  background: 'background',
  land: 'land-fill',
  countryFill: 'country-fill',
  regionLines: 'region-lines',
  countryLines: 'country-lines',
  cityDots: 'city-dots',
  cityDotsMinor: 'city-dots-minor',
  cityLabels: 'city-labels',
  cityLabelsMinor: 'city-labels-minor',
  /** the custom WebGL layer drawing every claim mark (claims-gl-layer.ts) */
  claimMarks: 'claim-marks',
  claimSelectedArea: 'claim-selected-area',
  claimSelectedPoint: 'claim-selected-point',
  claimSpots: 'claim-spots',
  placeLabels: 'place-labels',
} as const;
