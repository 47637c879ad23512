/** The files the viewer loads, relative to the page so a static `dist/` works. */
export const DATA_FILES = {
  claims: 'claims.geojson',
  places: 'places.geojson',
  articles: 'articles.json',
  sources: 'sources.json',
  /** one article's text, loaded on demand for "show in article" */
  articleText: (id: string) => `articles/${encodeURIComponent(id)}.json`,
} as const;

export const BASEMAP_FILES = {
  land: 'basemap/land.geojson',
  countries: 'basemap/countries.geojson',
  regions: 'basemap/regions.geojson',
  cities: 'basemap/cities.geojson',
} as const;
