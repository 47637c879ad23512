/**
 * What is under the pointer on the map (a badge, spot or area, first, then points, then
 * areas), and flying to a selected claim. Only the user's hover, clicks and selections
 * need them, so they are in the deferred chunk (deferred/load-deferred.ts), fetched after
 * the first render; maplibre-adapter.ts calls them.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { type DrawMarks, MARK_STRIDE, mercatorX, mercatorY, rowsAt } from './claim-draw-data.ts';
import { LAYER } from './layer-ids.ts';
import type { MapHandlers } from './map-adapter.ts';

type Point = { x: number; y: number };

function rowsUnder(map: MaplibreMap, marks: DrawMarks, point: Point): number[] {
  const { table } = marks.base;
  const worldSize = 512 * 2 ** map.getZoom();
  const center = map.getCenter();
  const canvas = map.getCanvas();
  const x = mercatorX(center.lng) + (point.x - canvas.clientWidth / 2) / worldSize;
  const y = mercatorY(center.lat) + (point.y - canvas.clientHeight / 2) / worldSize;
  // Points: the topmost mark within its radius (marks are drawn largest first).
  for (let mark = marks.points.length / MARK_STRIDE - 1; mark >= 0; mark -= 1) {
    const offset = mark * MARK_STRIDE;
    const dx = ((marks.points[offset] ?? 0) - x) * worldSize + (marks.points[offset + 5] ?? 0);
    const dy = ((marks.points[offset + 1] ?? 0) - y) * worldSize + (marks.points[offset + 6] ?? 0);
    const radius = (marks.points[offset + 2] ?? 4) + 1.5;
    if (dx * dx + dy * dy <= radius * radius) return rowsAt(marks, marks.pointKeys[mark * 2] ?? -1);
  }
  const lngLat = map.unproject([point.x, point.y]);
  const rows: number[] = [];
  for (const { location, side } of marks.areas) {
    const box = table.locations[location]?.bbox;
    if (!box) continue;
    const [w, s, e, n] = box;
    if (lngLat.lng >= w && lngLat.lng <= e && lngLat.lat >= s && lngLat.lat <= n) {
      rows.push(...rowsAt(marks, location, side));
    }
  }
  return rows.sort((a, b) => a - b);
}

/**
 * A pointer over the map: the spot badge under it, else the claims under it (ids in list
 * order), answered with the pointer cursor and a hover or a selection.
 */
export function onMapPointer(
  map: MaplibreMap,
  marks: DrawMarks,
  point: Point,
  click: boolean,
  handlers: MapHandlers,
): void {
  const spots = map.queryRenderedFeatures([point.x, point.y], {
    layers: [LAYER.claimSpots, LAYER.claimAreaBadges],
  });
  const spotKey = spots[0] ? String(spots[0].properties.key) : undefined;
  const rows = spotKey ? [] : rowsUnder(map, marks, point);
  const ids = rows.map((row) => marks.base.table.ids[row] ?? '');
  map.getCanvas().style.cursor = spotKey || ids.length > 0 ? 'pointer' : '';
  if (!click) {
    const claimId = ids[0];
    handlers.onHover(spotKey || claimId ? { spotKey, claimId, count: ids.length, point } : null);
    return;
  }
  if (spotKey) handlers.onSelectSpot(spotKey);
  else handlers.onSelectClaims(ids);
}

/** Ease to a place (not past a regional zoom) or fit a region; no motion if the user asks for less. */
export function flyMap(
  map: MaplibreMap,
  target: { lon: number; lat: number } | [number, number, number, number],
): void {
  const animate = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  if (Array.isArray(target)) {
    map.fitBounds(target, { padding: 40, maxZoom: 6.5, animate });
    return;
  }
  // Zoom in only as far as a regional view: the claim stays among its neighbours.
  map.easeTo({ center: [target.lon, target.lat], zoom: Math.max(map.getZoom(), 5.5), animate });
}
