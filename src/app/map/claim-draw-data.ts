/**
 * Pure step from the table and the shown rows to what the map draws (STYLE.md "A pure
 * step turns state into FeatureCollection + filter"), aggregated so a redraw draws
 * thousands of marks, not 100,000 (issue 8 item 3):
 *
 * - point claims: one mark per (place, side), its radius the largest count among the
 *   shown claims there (claims at one place sat on top of each other anyway);
 * - region claims with a bbox: one translucent area per (region, side), not one per
 *   claim, so 300 claims about an oblast do not stack into an opaque block;
 * - spots: places with two or more shown point claims, with their number, for badges.
 *
 * The rows are exactly those the one predicate passed (selectVisible), so the map and
 * the list agree by construction. O(shown rows + places).
 *
 * @example
 * buildMarks(prepareDrawBase(table), filterTable(table, DEFAULT_FILTERS)).points.length / MARK_STRIDE
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ClaimTable } from '../../pipeline/filter/claim-table.ts';
import { SIDES } from '../../pipeline/vocabulary.ts';

/** Radius in px: 4 with no count, then by ln(1 + count): 10 → 7 px, 100 → 10, 10 000 → 17. */
export const COUNT_RADIUS_STOPS = [
  [0, 4],
  [Math.log(11), 7],
  [Math.log(101), 10],
  [Math.log(10_001), 17],
] as const;

export function countRadius(count: number): number {
  const x = Number.isNaN(count) ? 0 : Math.log(1 + Math.max(0, count));
  const stops = COUNT_RADIUS_STOPS;
  if (x <= stops[0][0]) return stops[0][1];
  for (let index = 1; index < stops.length; index += 1) {
    const [x1, y1] = stops[index] as readonly [number, number];
    const [x0, y0] = stops[index - 1] as readonly [number, number];
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return stops[stops.length - 1]?.[1] ?? 17;
}

export type Bounds = [number, number, number, number];

/** Web Mercator x in 0..1 (MapLibre's custom-layer world space). */
export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}
export function mercatorY(lat: number): number {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
}

/** Per-table work done once: place positions, which places are areas, radii. O(n). */
export type DrawBase = {
  readonly table: ClaimTable;
  readonly locationX: Float64Array;
  readonly locationY: Float64Array;
  /** 1: the place is a region with a bbox, drawn as an area */
  readonly isArea: Uint8Array;
  readonly radius: Float32Array;
  readonly bounds: Bounds | null;
};

export function prepareDrawBase(table: ClaimTable): DrawBase {
  const n = table.locations.length;
  const locationX = new Float64Array(n);
  const locationY = new Float64Array(n);
  const isArea = new Uint8Array(n);
  let bounds: Bounds | null = null;
  const extend = (w: number, s: number, e: number, north: number) => {
    bounds = bounds
      ? [Math.min(bounds[0], w), Math.min(bounds[1], s), Math.max(bounds[2], e), Math.max(bounds[3], north)]
      : [w, s, e, north];
  };
  table.locations.forEach((location, index) => {
    locationX[index] = mercatorX(location.lon);
    locationY[index] = mercatorY(location.lat);
    const box = location.precision === 'region' ? location.bbox : null;
    if (box) {
      isArea[index] = 1;
      extend(...box);
    } else extend(location.lon, location.lat, location.lon, location.lat);
  });
  const radius = new Float32Array(table.count);
  for (let row = 0; row < table.count; row += 1) radius[row] = countRadius(table.countValue[row] ?? Number.NaN);
  return { table, locationX, locationY, isArea, radius, bounds };
}

/** Floats per point mark: x, y, radius, side index, opacity. */
export const MARK_STRIDE = 5;

export type SpotProperties = { key: string; n: number };

export type DrawMarks = {
  readonly base: DrawBase;
  /** the rows these marks show */
  readonly rows: Int32Array;
  /** MARK_STRIDE floats per mark, largest first so small marks stay on top */
  readonly points: Float32Array;
  /** per mark: location index and side index */
  readonly pointKeys: Int32Array;
  readonly areas: readonly { location: number; side: number; n: number }[];
  readonly spots: FeatureCollection<Point, SpotProperties>;
};

export function buildMarks(base: DrawBase, rows: Int32Array): DrawMarks {
  const { table, isArea, radius } = base;
  const groups = table.locations.length * SIDES.length;
  const maxRadius = new Float32Array(groups);
  const members = new Int32Array(groups);
  const perPlace = new Int32Array(table.locations.length);
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] ?? 0;
    const location = table.location[row] ?? -1;
    if (location < 0) continue;
    const group = location * SIDES.length + (table.side[row] ?? 0);
    members[group] = (members[group] ?? 0) + 1;
    if (isArea[location]) continue;
    perPlace[location] = (perPlace[location] ?? 0) + 1;
    maxRadius[group] = Math.max(maxRadius[group] ?? 0, radius[row] ?? 0);
  }
  const pointGroups: number[] = [];
  const areas: DrawMarks['areas'][number][] = [];
  for (let group = 0; group < groups; group += 1) {
    const n = members[group] ?? 0;
    if (n === 0) continue;
    const location = Math.floor(group / SIDES.length);
    if (isArea[location]) areas.push({ location, side: group % SIDES.length, n });
    else pointGroups.push(group);
  }
  pointGroups.sort((a, b) => (maxRadius[b] ?? 0) - (maxRadius[a] ?? 0) || a - b);
  const points = new Float32Array(pointGroups.length * MARK_STRIDE);
  const pointKeys = new Int32Array(pointGroups.length * 2);
  pointGroups.forEach((group, mark) => {
    const location = Math.floor(group / SIDES.length);
    const side = group % SIDES.length;
    const precision = table.locations[location]?.precision;
    points.set(
      [
        base.locationX[location] ?? 0,
        base.locationY[location] ?? 0,
        maxRadius[group] ?? 4,
        side,
        precision === 'country' ? 0.35 : 0.85,
      ],
      mark * MARK_STRIDE,
    );
    pointKeys[mark * 2] = location;
    pointKeys[mark * 2 + 1] = side;
  });
  const spotFeatures: Feature<Point, SpotProperties>[] = [];
  perPlace.forEach((n, location) => {
    const place = table.locations[location];
    if (n < 2 || !place) return;
    spotFeatures.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: { key: String(location), n },
    });
  });
  return {
    base,
    rows,
    points,
    pointKeys,
    areas,
    spots: { type: 'FeatureCollection', features: spotFeatures },
  };
}

/** The shown rows at a place (optionally of one side), in list order. O(shown rows). */
export function rowsAt(marks: DrawMarks, location: number, side?: number): number[] {
  const { table } = marks.base;
  const found: number[] = [];
  for (const row of marks.rows) {
    if (table.location[row] === location && (side === undefined || table.side[row] === side)) found.push(row);
  }
  return found;
}
