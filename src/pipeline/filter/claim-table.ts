/**
 * The claims as columns (issue 8 item 3): what the viewer filters, counts and draws,
 * without the quotes. `claims.table.json` carries them in a compact JSON form (small
 * integers, one entry per distinct place), read with a hand-written check instead of
 * zod so the main bundle stays small; the full claims load on demand in chunks
 * (`claims-detail/<k>.json`, CHUNK_SIZE claims each, in table order).
 *
 * Rows are in the list's order: by date, then id. Day numbers are UTC days since
 * 1970-01-01 (see iso-day.ts). Reading is O(n); building is in build-claim-table.ts (the
 * viewer's first chunk reads tables and never builds one).
 *
 * @example
 * const result = readClaimTable(JSON.parse(text)); result.ok && result.table.count
 */
import type { ClaimEvent, Precision, Side } from '../schema.ts';
import { EVENTS, PRECISIONS, SIDES } from '../vocabulary.ts';
import { dayToIso } from './iso-day.ts';

export const CLAIM_TABLE_FORMAT = 'claimmap-table/1';
/** Full claims per detail file. */
export const CHUNK_SIZE = 1000;

type Box = [number, number, number, number];

/** One distinct place a claim can sit at: name, point, precision and region bbox. */
export type TableLocation = {
  readonly name: string | null;
  readonly lon: number;
  readonly lat: number;
  readonly precision: Precision | null;
  readonly bbox: Box | null;
};

/** The JSON form of claims.table.json. Every per-claim array has one entry per claim. */
export type ClaimTableFile = {
  format: typeof CLAIM_TABLE_FORMAT;
  rejected: { file: string; reason: string }[];
  sources: string[];
  articles: string[];
  /** [name, lon, lat, precision index or -1, bbox or null] */
  locations: [string | null, number, number, number, Box | null][];
  ids: string[];
  article: number[];
  source: number[];
  side: number[];
  event: number[];
  /** first entry a day number, then differences (rows are by date, so mostly 0) */
  dayDelta: number[];
  /** days from date to dateEnd; -1 when dateEnd is null */
  span: number[];
  /** index into locations, -1 when unlocated */
  location: number[];
  count: (number | null)[];
};

export type ClaimTable = {
  readonly count: number;
  readonly ids: readonly string[];
  readonly sources: readonly string[];
  readonly articles: readonly string[];
  readonly locations: readonly TableLocation[];
  readonly article: Int32Array;
  readonly source: Int32Array;
  readonly side: Uint8Array;
  readonly event: Uint8Array;
  readonly day: Int32Array;
  /** last day the claim covers (day when it has no end date) */
  readonly dayEnd: Int32Array;
  readonly hasEnd: Uint8Array;
  readonly location: Int32Array;
  /** NaN for no count */
  readonly countValue: Float64Array;
  readonly rejected: readonly { file: string; reason: string }[];
};

/** What the list, tooltip and spot list show of one claim, made on demand from a row. */
export type ClaimSummary = {
  readonly row: number;
  readonly id: string;
  readonly article: string;
  readonly side: Side;
  readonly source: string;
  readonly event: ClaimEvent;
  readonly date: string;
  readonly dateEnd: string | null;
  readonly count: number | null;
  readonly place: string | null;
  readonly placePrecision: Precision | null;
  readonly placeBbox: Box | null;
  /** [lon, lat], or null when unlocated */
  readonly point: [number, number] | null;
};

export type ReadTableResult = { ok: true; table: ClaimTable } | { ok: false; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function intColumn(value: unknown, length: number, min: number, max: number, name: string): Int32Array | string {
  if (!Array.isArray(value) || value.length !== length) return `${name} must be an array of ${length} numbers`;
  const column = new Int32Array(length);
  for (let index = 0; index < length; index += 1) {
    const item = value[index];
    if (!Number.isInteger(item) || item < min || item > max) return `${name}.${index} is out of range`;
    column[index] = item;
  }
  return column;
}

function stringList(value: unknown, name: string): string[] | string {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return `${name} must be strings`;
  return value as string[];
}

function readLocations(value: unknown): TableLocation[] | string {
  if (!Array.isArray(value)) return 'locations must be an array';
  const locations: TableLocation[] = [];
  for (const [index, item] of value.entries()) {
    const [name, lon, lat, precision, bbox] = Array.isArray(item) ? item : [];
    const boxOk =
      bbox === null || (Array.isArray(bbox) && bbox.length === 4 && bbox.every((n) => typeof n === 'number'));
    if (
      (name !== null && typeof name !== 'string') ||
      typeof lon !== 'number' ||
      typeof lat !== 'number' ||
      !Number.isInteger(precision) ||
      precision < -1 ||
      precision >= PRECISIONS.length ||
      !boxOk
    ) {
      return `locations.${index} is not [name, lon, lat, precision, bbox]`;
    }
    locations.push({ name, lon, lat, precision: PRECISIONS[precision] ?? null, bbox: bbox as Box | null });
  }
  return locations;
}

/**
 * Check and decode claims.table.json. Expected failures are values with a reason; the
 * check is what zod would do for this shape, written out (zod stays out of the main
 * bundle: issue 8 item 3).
 */
export function readClaimTable(json: unknown): ReadTableResult {
  const fail = (reason: string): ReadTableResult => ({ ok: false, reason });
  if (!isObject(json) || json.format !== CLAIM_TABLE_FORMAT) return fail(`format must be ${CLAIM_TABLE_FORMAT}`);
  const ids = stringList(json.ids, 'ids');
  const sources = stringList(json.sources, 'sources');
  const articles = stringList(json.articles, 'articles');
  const locations = readLocations(json.locations);
  if (typeof ids === 'string') return fail(ids);
  if (typeof sources === 'string') return fail(sources);
  if (typeof articles === 'string') return fail(articles);
  if (typeof locations === 'string') return fail(locations);
  const n = ids.length;
  const big = 2 ** 31 - 1;
  const columns = {
    article: intColumn(json.article, n, 0, articles.length - 1, 'article'),
    source: intColumn(json.source, n, 0, sources.length - 1, 'source'),
    side: intColumn(json.side, n, 0, SIDES.length - 1, 'side'),
    event: intColumn(json.event, n, 0, EVENTS.length - 1, 'event'),
    dayDelta: intColumn(json.dayDelta, n, n > 0 ? 0 : 0, big, 'dayDelta'),
    span: intColumn(json.span, n, -1, big, 'span'),
    location: intColumn(json.location, n, -1, locations.length - 1, 'location'),
  };
  for (const column of Object.values(columns)) if (typeof column === 'string') return fail(column);
  const { article, source, side, event, dayDelta, span, location } = columns as Record<
    keyof typeof columns,
    Int32Array
  >;
  const counts = json.count;
  if (!Array.isArray(counts) || counts.length !== n) return fail(`count must be an array of ${n} numbers or null`);
  const countValue = new Float64Array(n);
  const day = new Int32Array(n);
  const dayEnd = new Int32Array(n);
  const hasEnd = new Uint8Array(n);
  let current = 0;
  for (let row = 0; row < n; row += 1) {
    const value = counts[row];
    if (value !== null && typeof value !== 'number') return fail(`count.${row} must be a number or null`);
    countValue[row] = value === null ? Number.NaN : value;
    current += dayDelta[row] ?? 0;
    day[row] = current;
    const days = span[row] ?? -1;
    hasEnd[row] = days >= 0 ? 1 : 0;
    dayEnd[row] = current + Math.max(0, days);
  }
  const rejected = Array.isArray(json.rejected)
    ? json.rejected.filter(
        (item): item is { file: string; reason: string } =>
          isObject(item) && typeof item.file === 'string' && typeof item.reason === 'string',
      )
    : [];
  return {
    ok: true,
    table: {
      count: n,
      ids,
      sources,
      articles,
      locations,
      article,
      source,
      side: Uint8Array.from(side),
      event: Uint8Array.from(event),
      day,
      dayEnd,
      hasEnd,
      location,
      countValue,
      rejected,
    },
  };
}

/** One row as the list shows it. O(1). */
export function summarizeRow(table: ClaimTable, row: number): ClaimSummary {
  const place = table.locations[table.location[row] ?? -1];
  const count = table.countValue[row] ?? Number.NaN;
  const day = table.day[row] ?? 0;
  return {
    row,
    id: table.ids[row] ?? '',
    article: table.articles[table.article[row] ?? 0] ?? '',
    side: SIDES[table.side[row] ?? 3] ?? 'unknown',
    source: table.sources[table.source[row] ?? 0] ?? '',
    event: EVENTS[table.event[row] ?? 7] ?? 'other',
    date: dayToIso(day),
    dateEnd: table.hasEnd[row] ? dayToIso(table.dayEnd[row] ?? day) : null,
    count: Number.isNaN(count) ? null : count,
    place: place?.name ?? null,
    placePrecision: place?.precision ?? null,
    placeBbox: place?.bbox ?? null,
    point: place ? [place.lon, place.lat] : null,
  };
}

/** The detail file holding a row, and the row's position in it. */
export function detailChunk(row: number): { chunk: number; offset: number } {
  return { chunk: Math.floor(row / CHUNK_SIZE), offset: row % CHUNK_SIZE };
}
