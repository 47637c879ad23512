/**
 * The offline basemap style: files from public/basemap/ (land, countries, first-level
 * regions, major cities), no glyphs URL (maplibre-gl 6 draws labels with local fonts),
 * no sprite, nothing remote (issue 3 item 7). Pure: returns style JSON.
 */
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_FILES } from '../data/data-files.ts';
import { LAYER, SOURCE } from './layer-ids.ts';

export const ATTRIBUTION = 'GeoNames (CC BY 4.0), Natural Earth';
export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];

export const BASEMAP_COLORS = {
  water: '#d6e4ee',
  land: '#f4f2ec',
  border: '#8f8f8f',
  region: '#c4beb2',
  city: '#4a4a4a',
  halo: '#ffffff',
} as const;

function cityLayers(): LayerSpecification[] {
  const label = (id: string, minzoom: number, filter: unknown[]): LayerSpecification => ({
    id,
    type: 'symbol',
    source: SOURCE.cities,
    minzoom,
    filter: filter as never,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT_REGULAR,
      'text-size': 12,
      'text-anchor': 'left',
      'text-offset': [0.5, 0],
      'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'population'], 0]],
    },
    paint: { 'text-color': BASEMAP_COLORS.city, 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.5 },
  });
  const major = ['>=', ['coalesce', ['get', 'population'], 0], 1_000_000];
  const minor = ['<', ['coalesce', ['get', 'population'], 0], 1_000_000];
  const dots = (id: string, minzoom: number, filter: unknown[]): LayerSpecification => ({
    id,
    type: 'circle',
    source: SOURCE.cities,
    minzoom,
    filter: filter as never,
    paint: { 'circle-radius': 2.5, 'circle-color': BASEMAP_COLORS.city },
  });
  return [
    dots(LAYER.cityDots, 3, major),
    dots(LAYER.cityDotsMinor, 6.5, minor),
    label(LAYER.cityLabels, 3, major),
    label(LAYER.cityLabelsMinor, 6.5, minor),
  ];
}

/**
 * Natural Earth 1:110m below this zoom, 1:50m from it (scripts/build-basemap.ts writes
 * both scales into each file, with a `scale` property): fewer vertices per frame where
 * 1:50m detail is not visible anyway (issue 8).
 */
export const BASEMAP_DETAIL_ZOOM = 4;

type ScaledLayer = Omit<LayerSpecification, 'minzoom' | 'maxzoom'>;

/** The same layer at 1:110m (below BASEMAP_DETAIL_ZOOM) and at 1:50m (from it). */
function atScales(layer: (scale: 110 | 50) => ScaledLayer): LayerSpecification[] {
  return [
    { ...layer(110), maxzoom: BASEMAP_DETAIL_ZOOM } as LayerSpecification,
    { ...layer(50), minzoom: BASEMAP_DETAIL_ZOOM } as LayerSpecification,
  ];
}

/** @param baseUrl where the page lives; the worker needs absolute URLs */
export function basemapStyle(baseUrl: string): StyleSpecification {
  const file = (path: string) => new URL(path, baseUrl).href;
  return {
    version: 8,
    name: 'claimmap offline',
    sources: {
      [SOURCE.land]: { type: 'geojson', data: file(BASEMAP_FILES.land) },
      [SOURCE.countries]: { type: 'geojson', data: file(BASEMAP_FILES.countries), attribution: ATTRIBUTION },
      [SOURCE.regions]: { type: 'geojson', data: file(BASEMAP_FILES.regions) },
      [SOURCE.cities]: { type: 'geojson', data: file(BASEMAP_FILES.cities) },
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
      // One land fill (countries add no fill of their own: the same colour drawn twice
      // cost a second full-screen pass per frame with software WebGL, issue 8).
      ...atScales((scale) => ({
        id: scale === 110 ? LAYER.land : LAYER.landDetail,
        type: 'fill',
        source: SOURCE.land,
        filter: ['==', ['get', 'scale'], scale],
        // No antialiasing outline pass: the country lines stroke the coasts anyway.
        paint: { 'fill-color': BASEMAP_COLORS.land, 'fill-antialias': false },
      })),
      {
        id: LAYER.regionLines,
        type: 'line',
        source: SOURCE.regions,
        minzoom: 3,
        paint: { 'line-color': BASEMAP_COLORS.region, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
      ...atScales((scale) => ({
        id: scale === 110 ? LAYER.countryLines : LAYER.countryLinesDetail,
        type: 'line',
        source: SOURCE.countries,
        filter: ['==', ['get', 'scale'], scale],
        paint: {
          'line-color': BASEMAP_COLORS.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.6],
        },
      })),
      ...cityLayers(),
    ],
  };
}
