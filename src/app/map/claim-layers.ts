/**
 * The MapLibre sources and layers around the claim marks, as pure style JSON (STYLE.md
 * "Layer specs are pure functions"): the selected claim's outline, crowded-spot badges
 * with their count, and the claims' place names. The marks themselves (colour by side,
 * radius by count, region claims as areas) are drawn by the custom layer in
 * claims-gl-layer.ts (issue 8).
 */
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT_BOLD, FONT_REGULAR } from './basemap-style.ts';
import { LAYER, SOURCE } from './layer-ids.ts';

/** The runtime image behind spot badges (no sprite file: the basemap is offline). */
export const SPOT_BADGE_IMAGE = 'spot-badge';

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export function claimSources(): Record<string, SourceSpecification> {
  return {
    [SOURCE.claimSelected]: { type: 'geojson', data: empty() },
    [SOURCE.claimSpots]: { type: 'geojson', data: empty() },
    [SOURCE.places]: { type: 'geojson', data: empty() },
  };
}

/** Layers drawn above the claim marks, in order. */
export function claimLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.claimSelectedArea,
      type: 'line',
      source: SOURCE.claimSelected,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': '#111111', 'line-width': 3 },
    },
    {
      id: LAYER.claimSelectedPoint,
      type: 'circle',
      source: SOURCE.claimSelected,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['+', 4, ['get', 'radius']],
        'circle-stroke-color': '#111111',
        'circle-stroke-width': 3,
      },
    },
    {
      id: LAYER.placeLabels,
      type: 'symbol',
      source: SOURCE.places,
      minzoom: 4,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.9],
        'text-optional': true,
      },
      paint: { 'text-color': '#222222', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      // A pill with the number of claims at a crowded spot. Badges collide, biggest
      // first, so at 100k claims the map shows the busiest spots instead of a carpet of
      // overlapping numbers (issue 8: screenshot at 100k).
      id: LAYER.claimSpots,
      type: 'symbol',
      source: SOURCE.claimSpots,
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': FONT_BOLD,
        'text-size': 11,
        'icon-image': SPOT_BADGE_IMAGE,
        'icon-text-fit': 'both',
        'icon-text-fit-padding': [2, 5, 2, 5],
        'symbol-sort-key': ['-', 0, ['get', 'n']],
        'text-padding': 1,
      },
      paint: { 'text-color': '#ffffff', 'text-translate': [14, -14], 'icon-translate': [14, -14] },
    },
  ];
}
