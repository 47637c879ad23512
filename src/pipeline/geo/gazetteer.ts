/**
 * The gazetteer: what the geoparser knows about places, as plain data.
 *
 * `GazetteerData` is the JSON written by `npm run build:gazetteer` (build/gazetteer.json):
 * column arrays, one entry per place, and the folded name keys as one sorted string with
 * flat postings, because JSON.parse reads a few large arrays far faster than 500,000 small
 * objects (issue 4: index load <= 0.5 s). `createGazetteer` splits the keys once; lookups
 * are binary searches, so no 500,000-entry Map has to be built at load.
 *
 * Sources: GeoNames cities500 (CC BY 4.0), country-state-city (countries and first-level
 * regions), Natural Earth via world-atlas (country extents), data/gazetteer/supplement.json.
 */
import type { Precision } from '../schema.ts';

/** Place kinds in the index: country, region (first-level or larger area), settlement, macro-region (continent). */
export type PlaceKind = 'country' | 'region' | 'settlement' | 'macro';

export type GazetteerData = {
  version: number;
  attribution: string;
  name: string[];
  lat: number[];
  lon: number[];
  population: number[];
  /** GeoNames feature code for settlements (PPL, PPLA, PPLC...), or COUNTRY / ADM1 / ADM2 / CONT, and for curated areas ADMD (territory),
   * ISL (island), PEN (peninsula), OCN (ocean) */
  feature: string[];
  /** ISO 3166-1 alpha-2, '' for macro-regions */
  country: string[];
  /** GeoNames admin1 key "CC.code" ('' when unknown): links settlements to their region */
  admin1: string[];
  /** 0 when the place has no GeoNames id in our sources */
  geonameId: number[];
  /** [west, south, east, north] per place index, for countries and regions */
  bbox: Record<string, [number, number, number, number]>;
  /** folded name keys, sorted by UTF-16 code units, joined with '\n' */
  keys: string;
  /** place indices of all keys, key after key; postingStarts[k] is where key k's run begins */
  postings: number[];
  postingStarts: number[];
  /** single-word keys that are also English words / personal names (compromise lexicon), '\n'-joined */
  commonWords: string;
  personNames: string;
};

export type Gazetteer = GazetteerData & {
  keyList: string[];
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

/**
 * Prepare the parsed JSON for lookups. Cost: one split of the key string (~50 ms for the
 * full index) and a pass over the places; the data arrays are shared, not copied.
 */
export function createGazetteer(data: GazetteerData): Gazetteer {
  if (!data || typeof data.keys !== 'string' || !Array.isArray(data.name) || !Array.isArray(data.postingStarts)) {
    throw new Error('createGazetteer: expected the JSON written by `npm run build:gazetteer` (version 1)');
  }
  const keyList = data.keys === '' ? [] : data.keys.split('\n');
  const regionByAdmin1 = new Map<string, number>();
  const countryByCode = new Map<string, number>();
  for (let i = 0; i < data.name.length; i++) {
    const feature = data.feature[i];
    if (feature === 'ADM1' && data.admin1[i]) regionByAdmin1.set(data.admin1[i] as string, i);
    else if (feature === 'COUNTRY') countryByCode.set(data.country[i] as string, i);
  }
  const commonWordSet = new Set(data.commonWords ? data.commonWords.split('\n') : []);
  const personNameSet = new Set(data.personNames ? data.personNames.split('\n') : []);
  return { ...data, keyList, commonWordSet, personNameSet, regionByAdmin1, countryByCode };
}

/**
 * Results of recent lookups per gazetteer (key -> position of the key in keyList, or -1; and
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

function keyPosition(gazetteer: Gazetteer, key: string): number {
  const cache = cacheFor(keyPositions, gazetteer);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const keys = gazetteer.keyList;
  let position = -1;
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const candidate = keys[mid] as string;
    if (candidate === key) {
      position = mid;
      break;
    }
    if (candidate < key) low = mid + 1;
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
    position + 1 < gazetteer.keyList.length
      ? (gazetteer.postingStarts[position + 1] as number)
      : gazetteer.postings.length;
  return gazetteer.postings.slice(start, end);
}

/** True when some key starts with `prefix + ' '`: lets recognition stop extending a span early. */
export function hasLongerKey(gazetteer: Gazetteer, prefix: string): boolean {
  const cache = cacheFor(longerKeys, gazetteer);
  const cached = cache.get(prefix);
  if (cached !== undefined) return cached;
  const keys = gazetteer.keyList;
  const probe = `${prefix} `;
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((keys[mid] as string) < probe) low = mid + 1;
    else high = mid;
  }
  const longer = low < keys.length && (keys[low] as string).startsWith(probe);
  cache.set(prefix, longer);
  return longer;
}
