/**
 * Pure step from the table and the shown rows to what the map draws (STYLE.md "A pure
 * step turns state into FeatureCollection + filter"), aggregated so a redraw draws
 * thousands of marks, not 100,000 (issue 8 item 3):
 *
 * - point claims: one mark per (place, side), its radius the largest count among the
 *   shown claims there (claims at one place sat on top of each other anyway);
 * - region claims with a bbox: one translucent area per (region, side), not one per
 *   claim, so 300 claims about an oblast do not stack into an opaque block;
 * - several sides at one place: their marks sit around the place (sideOffset), and
 *   their area outlines are inset one inside the other (`ring`), so none hides another;
 * - spots: every place with shown claims, with their number and name, for count badges
 *   (points with two or more claims, every area) and the place labels.
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

/** Floats per point mark: x, y, radius, side index, opacity, offset x and y in px. */
export const MARK_STRIDE = 7;

/**
 * A place's badge and label: `n` shown claims (every side), its name, whether it is an
 * area, and the radius of its largest mark (labels sit just outside it).
 */
export type SpotProperties = { key: string; n: number; name: string; area: boolean; r: number };

export type AreaMark = {
  readonly location: number;
  readonly side: number;
  readonly n: number;
  /** 0 for the first side shown at this region, 1 for the next...: its outline is inset by as many strokes */
  readonly ring: number;
};

export type DrawMarks = {
  readonly base: DrawBase;
  /** the rows these marks show */
  readonly rows: Int32Array;
  /** MARK_STRIDE floats per mark, largest first so small marks stay on top */
  readonly points: Float32Array;
  /** per mark: location index and side index */
  readonly pointKeys: Int32Array;
  readonly areas: readonly AreaMark[];
  /** one feature per place with shown claims: badges (n ≥ 2, or any area) and labels */
  readonly spots: FeatureCollection<Point, SpotProperties>;
};

/**
 * Where the mark of the index-th of `sides` sides at one place sits, in px from the
 * place: alone, on it; with others, around it, so a side never hides another exactly
 * (two sides side by side, three in a triangle, four in a square).
 */
export function sideOffset(index: number, sides: number, radius: number): [number, number] {
  if (sides < 2) return [0, 0];
  const distance = Math.max(4, radius * 0.6);
  const angle = Math.PI + (2 * Math.PI * index) / sides;
  return [Math.round(distance * Math.cos(angle) * 100) / 100, Math.round(distance * Math.sin(angle) * 100) / 100];
}

export function buildMarks(base: DrawBase, rows: Int32Array): DrawMarks {
  const { table, isArea, radius } = base;
  const sideCount = SIDES.length;
  const groups = table.locations.length * sideCount;
  const maxRadius = new Float32Array(groups);
  const members = new Int32Array(groups);
  const perPlace = new Int32Array(table.locations.length);
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] ?? 0;
    const location = table.location[row] ?? -1;
    if (location < 0) continue;
    const group = location * sideCount + (table.side[row] ?? 0);
    members[group] = (members[group] ?? 0) + 1;
    perPlace[location] = (perPlace[location] ?? 0) + 1;
    if (isArea[location]) continue;
    maxRadius[group] = Math.max(maxRadius[group] ?? 0, radius[row] ?? 0);
  }
  const pointGroups: number[] = [];
  const areas: AreaMark[] = [];
  /** per group: its rank among the sides shown at its place; per place: how many sides, largest radius */
  const rank = new Uint8Array(groups);
  const sidesAt = new Uint8Array(table.locations.length);
  const placeRadius = new Float32Array(table.locations.length);
  for (let group = 0; group < groups; group += 1) {
    if ((members[group] ?? 0) === 0) continue;
    const location = Math.floor(group / sideCount);
    rank[group] = sidesAt[location] ?? 0;
    sidesAt[location] = (sidesAt[location] ?? 0) + 1;
    placeRadius[location] = Math.max(placeRadius[location] ?? 0, maxRadius[group] ?? 0);
  }
  for (let group = 0; group < groups; group += 1) {
    const n = members[group] ?? 0;
    if (n === 0) continue;
    const location = Math.floor(group / sideCount);
    if (isArea[location]) areas.push({ location, side: group % sideCount, n, ring: rank[group] ?? 0 });
    else pointGroups.push(group);
  }
  pointGroups.sort((a, b) => (maxRadius[b] ?? 0) - (maxRadius[a] ?? 0) || a - b);
  let spots: FeatureCollection<Point, SpotProperties> | undefined;
  const points = new Float32Array(pointGroups.length * MARK_STRIDE);
  const pointKeys = new Int32Array(pointGroups.length * 2);
  pointGroups.forEach((group, mark) => {
    const location = Math.floor(group / sideCount);
    const side = group % sideCount;
    const precision = table.locations[location]?.precision;
    const [dx, dy] = sideOffset(rank[group] ?? 0, sidesAt[location] ?? 1, placeRadius[location] ?? 4);
    points.set(
      [
        base.locationX[location] ?? 0,
        base.locationY[location] ?? 0,
        maxRadius[group] ?? 4,
        side,
        precision === 'country' ? 0.35 : 0.85,
        dx,
        dy,
      ],
      mark * MARK_STRIDE,
    );
    pointKeys[mark * 2] = location;
    pointKeys[mark * 2 + 1] = side;
  });
  return {
    base,
    rows,
    points,
    pointKeys,
    areas,
    // Built when first read: the badges follow a scrub only once it pauses (SPOT_DELAY_MS),
    // so most steps' marks never need them.
    get spots() {
      spots ??= buildSpots(table, isArea, perPlace, sidesAt, placeRadius);
      return spots;
    },
  };
}

function buildSpots(
  table: DrawBase['table'],
  isArea: DrawBase['isArea'],
  perPlace: Int32Array,
  sidesAt: Uint8Array,
  placeRadius: Float32Array,
): FeatureCollection<Point, SpotProperties> {
  const spotFeatures: Feature<Point, SpotProperties>[] = [];
  perPlace.forEach((n, location) => {
    const place = table.locations[location];
    if (n < 1 || !place) return;
    const area = isArea[location] === 1;
    // Marks spread around the place when several sides share it: the label clears them.
    const spread = (sidesAt[location] ?? 1) > 1 ? Math.max(4, (placeRadius[location] ?? 4) * 0.6) : 0;
    spotFeatures.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        key: String(location),
        n,
        // Labels sit `r` px from the place: past its marks, or below an area's badge.
        // Country-wide claims are a faint dot at the country's centre: no label.
        name: place.precision === 'country' ? '' : (place.name ?? ''),
        area,
        r: area ? 14 : Math.round((placeRadius[location] ?? 4) + spread),
      },
    });
  });
  return { type: 'FeatureCollection', features: spotFeatures };
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
