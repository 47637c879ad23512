/** The files the viewer loads, relative to the page so a static `dist/` works. */
export const DATA_FILES = {
  /** the compact columns the map and list need (src/pipeline/filter/claim-table.ts) */
  table: 'claims.table.json',
  /** full claims, CHUNK_SIZE per file in table order, loaded when a claim is opened */
  detail: (chunk: number) => `claims-detail/${chunk}.json`,
  /** the full claims, when there is no table (what build:data writes today) */
  claims: 'claims.geojson',
  places: 'places.geojson',
  articles: 'articles.json',
  sources: 'sources.json',
} as const;

export const BASEMAP_FILES = {
  land: 'basemap/land.geojson',
  countries: 'basemap/countries.geojson',
  regions: 'basemap/regions.geojson',
  cities: 'basemap/cities.geojson',
} as const;
