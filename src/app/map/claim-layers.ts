/**
 * The MapLibre sources and layers around the claim marks, as pure style JSON (STYLE.md
 * "Layer specs are pure functions"): the selected claim's outline, count badges on
 * crowded spots and on region areas, and the names of the places with shown claims. The marks themselves (colour by side,
 * radius by count, region claims as areas) and the badges are drawn in the Canvas2D
 * overlay of claims-overlay.ts (issue 8), and so are the badges and place labels: their
 * layers here are invisible (opacity 0) and only place them (collisions; basemap cities
 * keep off them) and answer pointer hits.
 */
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT_BOLD, FONT_REGULAR } from './basemap-style.ts';
import { BADGE_OFFSET } from './claims-overlay.ts';
import { LAYER, SOURCE } from './layer-ids.ts';

/** The runtime image behind spot badges (no sprite file: the basemap is offline). */
export const SPOT_BADGE_IMAGE = 'spot-badge';

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export function claimSources(): Record<string, SourceSpecification> {
  return {
    [SOURCE.claimSelected]: { type: 'geojson', data: empty() },
    // One feature per place with shown claims (claim-draw-data.ts SpotProperties): the
    // badges and the labels.
    [SOURCE.claimSpots]: { type: 'geojson', data: empty() },
  };
}

/** Placed and hit-tested by MapLibre, drawn by the overlay (a symbol at opacity 0 is still placed). */
const INVISIBLE = { 'text-opacity': 0, 'icon-opacity': 0 } as const;

type SymbolLayout = Extract<LayerSpecification, { type: 'symbol' }>['layout'];

function badgeLayout(): SymbolLayout {
  return {
    'text-field': ['to-string', ['get', 'n']],
    'text-font': FONT_BOLD,
    'text-size': 11,
    'icon-image': SPOT_BADGE_IMAGE,
    'icon-text-fit': 'both',
    'icon-text-fit-padding': [2, 5, 2, 5],
    'symbol-sort-key': ['-', 0, ['get', 'n']],
    'text-padding': 1,
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
      // Names of the places with shown claims. Busiest first, and each may sit above,
      // below, left or right of its marks, so a neighbour (Komarovka by Sudzha) moves
      // aside instead of losing its name; claim places win over basemap cities, which
      // are placed after them (issue 6 item 1).
      id: LAYER.placeLabels,
      type: 'symbol',
      source: SOURCE.claimSpots,
      minzoom: 4,
      filter: ['!=', ['get', 'name'], ''],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': ['/', ['+', ['get', 'r'], 3], 12],
        'text-justify': 'auto',
        'symbol-sort-key': ['-', 0, ['get', 'n']],
        // A gap between neighbours' names, so "Sudzha" and "Kursk Oblast" never read as one.
        'text-padding': 6,
      },
      // Drawn by the overlay, dark with a white halo, where this layer placed it.
      paint: { ...INVISIBLE, 'text-color': '#222222', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      // A pill with the number of claims at a crowded spot. Badges collide, biggest
      // first, so at 100k claims the map shows the busiest spots instead of a carpet of
      // overlapping numbers (issue 8: screenshot at 100k).
      id: LAYER.claimSpots,
      type: 'symbol',
      source: SOURCE.claimSpots,
      filter: ['all', ['!', ['get', 'area']], ['>=', ['get', 'n'], 2]],
      layout: badgeLayout(),
      paint: { ...INVISIBLE, 'text-translate': [...BADGE_OFFSET], 'icon-translate': [...BADGE_OFFSET] },
    },
    {
      // The same pill at the centre of a region-wide claim's area: how many claims the
      // area holds (every side; the outlines tell the sides). Never hidden by a
      // collision: an area without its count reads as one claim. The area's name sits
      // below it (r in claim-draw-data.ts).
      id: LAYER.claimAreaBadges,
      type: 'symbol',
      source: SOURCE.claimSpots,
      filter: ['get', 'area'],
      layout: {
        ...badgeLayout(),
        'text-allow-overlap': true,
        'icon-allow-overlap': true,
        // Its number keeps other badges and names off; its pill's box (larger than the
        // pill with icon-text-fit) does not, or it hid the area's own name below it.
        'icon-ignore-placement': true,
      },
      paint: INVISIBLE,
    },
  ];
}
