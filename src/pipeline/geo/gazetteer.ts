/**
 * The gazetteer: what the geoparser knows about places, as plain data.
 *
 * `GazetteerData` is what `npm run build:gazetteer` builds and writes (build/gazetteer.bin,
 * gazetteer-binary.ts): columns, one entry per place, and the folded name keys as one sorted
 * string with flat postings (issue 4: index load <= 0.5 s; issue 8: every pipeline thread
 * loads it). Number columns are arrays when built and typed arrays over the file's bytes
 * when read. `createGazetteer` finds where each key starts in the key string, once; lookups
 * are binary searches over those starts, so neither 500,000 key strings nor a
 * 500,000-entry Map are made at load.
 *
 * Sources: GeoNames cities500 (CC BY 4.0), country-state-city (countries and first-level
 * regions), Natural Earth via world-atlas (country extents), data/gazetteer/supplement.json.
 */
import type { Precision } from '../schema.ts';

/** Place kinds in the index: country, region (first-level or larger area), settlement, macro-region (continent). */
export type PlaceKind = 'country' | 'region' | 'settlement' | 'macro';

/** Numbers per place or per key: an array when built, a typed array when read from the file. */
export type NumberColumn = ArrayLike<number>;

export type GazetteerData = {
  version: number;
  attribution: string;
  name: string[];
  lat: NumberColumn;
  lon: NumberColumn;
  population: NumberColumn;
  /** GeoNames feature code for settlements (PPL, PPLA, PPLC...), or COUNTRY / ADM1 / ADM2 / CONT, and for curated areas ADMD (territory),
   * ISL (island), PEN (peninsula), OCN (ocean) */
  feature: string[];
  /** ISO 3166-1 alpha-2, '' for macro-regions */
  country: string[];
  /** GeoNames admin1 key "CC.code" ('' when unknown): links settlements to their region */
  admin1: string[];
  /** 0 when the place has no GeoNames id in our sources */
  geonameId: NumberColumn;
  /** [west, south, east, north] per place index, for countries and regions */
  bbox: Record<string, [number, number, number, number]>;
  /** folded name keys, sorted by UTF-16 code units, joined with '\n' */
  keys: string;
  /** place indices of all keys, key after key; postingStarts[k] is where key k's run begins */
  postings: NumberColumn;
  postingStarts: NumberColumn;
  /** single-word keys that are also English words / personal names (compromise lexicon), '\n'-joined */
  commonWords: string;
  personNames: string;
};

export type Gazetteer = GazetteerData & {
  /** where key k starts in `keys`; keyStarts[keyCount] is one past the end (keys.length + 1) */
  keyStarts: Int32Array;
  keyCount: number;
  commonWordSet: Set<string>;
  personNameSet: Set<string>;
  /** admin1 key -> index of the region place */
  regionByAdmin1: Map<string, number>;
  /** ISO2 -> index of the country place */
  countryByCode: Map<string, number>;
};

const RAD = Math.PI / 180;
/** Distance in km on an equirectangular projection: close enough at the scales the rules compare. */
export function roughKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * RAD);
  const y = lat2 - lat1;
  return Math.sqrt(x * x + y * y) * 111.2;
}

export function kindOf(gazetteer: GazetteerData, index: number): PlaceKind {
  const feature = gazetteer.feature[index];
  if (feature === 'COUNTRY') return 'country';
  if (feature?.startsWith('ADM') || feature === 'ISL' || feature === 'PEN') return 'region';
  if (feature === 'CONT' || feature === 'OCN') return 'macro';
  return 'settlement';
}

export function precisionOf(kind: PlaceKind): Precision {
  return kind === 'settlement' ? 'settlement' : kind === 'region' ? 'region' : 'country';
}

/** Where each '\n'-separated key starts in `keys`, and one past the end. */
function keyStartsOf(keys: string): Int32Array {
  if (keys === '') return Int32Array.of(1);
  let count = 1;
  for (let at = keys.indexOf('\n'); at !== -1; at = keys.indexOf('\n', at + 1)) count++;
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let at = keys.indexOf('\n'); at !== -1; at = keys.indexOf('\n', at + 1)) starts[k++] = at + 1;
  starts[count] = keys.length + 1;
  return starts;
}

/**
 * Prepare the index for lookups. Cost: one scan of the key string for its line breaks and
 * a pass over the places; the data columns are shared, not copied.
 */
export function createGazetteer(data: GazetteerData): Gazetteer {
  if (
    !data ||
    typeof data.keys !== 'string' ||
    !Array.isArray(data.name) ||
    typeof data.postingStarts?.length !== 'number'
  ) {
    throw new Error('createGazetteer: expected the index `npm run build:gazetteer` builds');
  }
  const keyStarts = keyStartsOf(data.keys);
  const keyCount = keyStarts.length - 1;
  if (keyCount !== data.postingStarts.length)
    throw new Error(`createGazetteer: ${keyCount} keys but ${data.postingStarts.length} posting starts`);
  const regionByAdmin1 = new Map<string, number>();
  const countryByCode = new Map<string, number>();
  for (let i = 0; i < data.name.length; i++) {
    const feature = data.feature[i];
    if (feature === 'ADM1' && data.admin1[i]) regionByAdmin1.set(data.admin1[i] as string, i);
    else if (feature === 'COUNTRY') countryByCode.set(data.country[i] as string, i);
  }
  const commonWordSet = new Set(data.commonWords ? data.commonWords.split('\n') : []);
  const personNameSet = new Set(data.personNames ? data.personNames.split('\n') : []);
  return { ...data, keyStarts, keyCount, commonWordSet, personNameSet, regionByAdmin1, countryByCode };
}

/**
 * Results of recent lookups per gazetteer (key -> position of the key, or -1; and
 * prefix -> has longer keys): recognition asks about the same words again and again, and each
 * binary search costs ~19 string comparisons. Bounded; cleared when full.
 */
const keyPositions = new WeakMap<Gazetteer, Map<string, number>>();
const longerKeys = new WeakMap<Gazetteer, Map<string, boolean>>();
const LOOKUP_CACHE_LIMIT = 50_000;

/** Forget cached lookups (benchmarks: time a pass with cold caches). */
export function clearLookupCaches(gazetteer: Gazetteer): void {
  keyPositions.delete(gazetteer);
  longerKeys.delete(gazetteer);
}

function cacheFor<V>(caches: WeakMap<Gazetteer, Map<string, V>>, gazetteer: Gazetteer): Map<string, V> {
  let cache = caches.get(gazetteer);
  if (!cache) {
    cache = new Map();
    caches.set(gazetteer, cache);
  } else if (cache.size >= LOOKUP_CACHE_LIMIT) cache.clear();
  return cache;
}

/**
 * Key `position` compared with `probe` as JavaScript compares strings (by UTF-16 code units),
 * read in place in the key string: negative when the key sorts first, 0 when equal.
 */
function compareKey(gazetteer: Gazetteer, position: number, probe: string): number {
  const keys = gazetteer.keys;
  const start = gazetteer.keyStarts[position] as number;
  const length = (gazetteer.keyStarts[position + 1] as number) - 1 - start;
  const shorter = length < probe.length ? length : probe.length;
  for (let i = 0; i < shorter; i++) {
    const difference = keys.charCodeAt(start + i) - probe.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - probe.length;
}

function keyPosition(gazetteer: Gazetteer, key: string): number {
  const cache = cacheFor(keyPositions, gazetteer);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let position = -1;
  let low = 0;
  let high = gazetteer.keyCount - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const order = compareKey(gazetteer, mid, key);
    if (order === 0) {
      position = mid;
      break;
    }
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  cache.set(key, position);
  return position;
}

/** Indices of the places whose folded name is exactly `key` (binary search; empty when none). */
export function placesForKey(gazetteer: Gazetteer, key: string): number[] {
  const position = keyPosition(gazetteer, key);
  if (position < 0) return [];
  const start = gazetteer.postingStarts[position] as number;
  const end =
    position + 1 < gazetteer.keyCount ? (gazetteer.postingStarts[position + 1] as number) : gazetteer.postings.length;
  const places = new Array<number>(end - start);
  for (let i = start; i < end; i++) places[i - start] = gazetteer.postings[i] as number;
  return places;
}

/** True when some key starts with `prefix + ' '`: lets recognition stop extending a span early. */
export function hasLongerKey(gazetteer: Gazetteer, prefix: string): boolean {
  const cache = cacheFor(longerKeys, gazetteer);
  const cached = cache.get(prefix);
  if (cached !== undefined) return cached;
  const probe = `${prefix} `;
  let low = 0;
  let high = gazetteer.keyCount;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareKey(gazetteer, mid, probe) < 0) low = mid + 1;
    else high = mid;
  }
  // the first key not before the probe: a key no longer than the probe that sorts there
  // differs from it within its own length, so startsWith never reads into the next key
  const longer = low < gazetteer.keyCount && gazetteer.keys.startsWith(probe, gazetteer.keyStarts[low] as number);
  cache.set(prefix, longer);
  return longer;
}
