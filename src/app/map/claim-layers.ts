/**
 * Claim sources and layers as pure style JSON (STYLE.md "Layer specs are pure
 * functions"). Colour by side, radius by count on a log scale, region claims as
 * translucent areas, crowded spots as a badge with their count (issue 6 item 2).
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { SIDES } from '../../pipeline/schema.ts';
import { SIDE_COLORS } from '../palette.ts';
import { FONT_BOLD, FONT_REGULAR } from './basemap-style.ts';
import { LAYER, SOURCE } from './layer-ids.ts';

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** `match` on the side property to its colour. */
export function sideColor(): ExpressionSpecification {
  const pairs = SIDES.flatMap((side) => [side, SIDE_COLORS[side]]);
  return ['match', ['get', 'side'], ...pairs, SIDE_COLORS.unknown] as unknown as ExpressionSpecification;
}

/** Radius in px: 4 with no count, then by ln(1 + count): 10 → 7 px, 100 → 10, 10 000 → 17. */
export const COUNT_RADIUS_STOPS = [
  [0, 4],
  [Math.log(11), 7],
  [Math.log(101), 10],
  [Math.log(10_001), 17],
] as const;

export function countRadius(): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['ln', ['+', 1, ['max', 0, ['coalesce', ['get', 'count'], 0]]]],
    ...COUNT_RADIUS_STOPS.flat(),
  ] as ExpressionSpecification;
}

/** A filter that matches nothing, for selection layers with nothing selected. */
export function selectedFilter(id: string | null): ExpressionSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}

export function claimSources(): Record<string, SourceSpecification> {
  return {
    [SOURCE.claimAreas]: { type: 'geojson', data: empty() },
    [SOURCE.claimPoints]: { type: 'geojson', data: empty() },
    [SOURCE.claimSpots]: { type: 'geojson', data: empty() },
    [SOURCE.places]: { type: 'geojson', data: empty() },
  };
}

export function claimLayers(filter: ExpressionSpecification): LayerSpecification[] {
  return [
    {
      id: LAYER.claimAreaFill,
      type: 'fill',
      source: SOURCE.claimAreas,
      filter,
      paint: { 'fill-color': sideColor(), 'fill-opacity': 0.05 },
    },
    {
      id: LAYER.claimAreaLine,
      type: 'line',
      source: SOURCE.claimAreas,
      filter,
      paint: { 'line-color': sideColor(), 'line-width': 1.5, 'line-opacity': 0.8, 'line-dasharray': [4, 2] },
    },
    {
      id: LAYER.claimSelectedArea,
      type: 'line',
      source: SOURCE.claimAreas,
      filter: selectedFilter(null),
      paint: { 'line-color': '#111111', 'line-width': 3 },
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
      id: LAYER.claimPoints,
      type: 'circle',
      source: SOURCE.claimPoints,
      filter,
      layout: { 'circle-sort-key': ['-', 0, ['coalesce', ['get', 'count'], 0]] },
      paint: {
        'circle-color': sideColor(),
        'circle-radius': countRadius(),
        'circle-opacity': ['case', ['==', ['get', 'placePrecision'], 'country'], 0.35, 0.85],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: LAYER.claimSelectedPoint,
      type: 'circle',
      source: SOURCE.claimPoints,
      filter: selectedFilter(null),
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['+', 4, countRadius()],
        'circle-stroke-color': '#111111',
        'circle-stroke-width': 3,
      },
    },
    {
      id: LAYER.claimSpots,
      type: 'circle',
      source: SOURCE.claimSpots,
      paint: {
        'circle-color': '#222222',
        'circle-radius': 9,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-translate': [14, -14],
      },
    },
    {
      id: LAYER.claimSpotCounts,
      type: 'symbol',
      source: SOURCE.claimSpots,
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': FONT_BOLD,
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff', 'text-translate': [14, -14] },
    },
  ];
}
