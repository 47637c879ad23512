/** Source and layer ids: exported constants, never bare strings (STYLE.md). */
export const SOURCE = {
  land: 'land',
  countries: 'countries',
  regions: 'regions',
  cities: 'cities',
  claimPoints: 'claim-points',
  claimAreas: 'claim-areas',
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
  claimAreaFill: 'claim-area-fill',
  claimAreaLine: 'claim-area-line',
  claimPoints: 'claim-points',
  claimSelectedArea: 'claim-selected-area',
  claimSelectedPoint: 'claim-selected-point',
  claimSpots: 'claim-spots',
  claimSpotCounts: 'claim-spot-counts',
  placeLabels: 'place-labels',
} as const;

/** The layers that draw claims: the e2e tests query these with queryRenderedFeatures. */
export const CLAIM_LAYERS = [LAYER.claimPoints, LAYER.claimAreaFill] as const;
/** The layers the filter expression applies to. */
export const FILTERED_LAYERS = [LAYER.claimPoints, LAYER.claimAreaFill, LAYER.claimAreaLine] as const;
