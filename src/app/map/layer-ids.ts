/** Source and layer ids: exported constants, never bare strings (STYLE.md). */
export const SOURCE = {
  land: 'land',
  countries: 'countries',
  regions: 'regions',
  cities: 'cities',
  claimSelected: 'claim-selected',
  claimSpots: 'claim-spots',
} as const;

export const LAYER = {
  background: 'background',
  /** Natural Earth 1:110m, below BASEMAP_DETAIL_ZOOM */
  land: 'land-fill',
  /** Natural Earth 1:50m, from BASEMAP_DETAIL_ZOOM */
  landDetail: 'land-fill-detail',
  regionLines: 'region-lines',
  countryLines: 'country-lines',
  countryLinesDetail: 'country-lines-detail',
  cityDots: 'city-dots',
  cityDotsMinor: 'city-dots-minor',
  cityLabels: 'city-labels',
  cityLabelsMinor: 'city-labels-minor',
  claimSelectedArea: 'claim-selected-area',
  claimSelectedPoint: 'claim-selected-point',
  claimSpots: 'claim-spots',
  claimAreaBadges: 'claim-area-badges',
  placeLabels: 'place-labels',
} as const;
