// Issue 8: resolveMentions, rewritten for speed (flat per-candidate columns, kinds and own-name
// tests computed once, a character scan for the "X, Y" gap, anchors beyond 2.7 degrees of latitude
// skipped), must resolve every mention exactly as before. The specification is the function as
// it was, kept below verbatim, run against the module on random gazetteers, mentions and texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demonymTarget } from '../../../src/pipeline/geo/demonyms.ts';
import { foldName } from '../../../src/pipeline/geo/fold-name.ts';
import { createGazetteer, type Gazetteer, kindOf, placesForKey, roughKm } from '../../../src/pipeline/geo/gazetteer.ts';
import { GAZETTEER_FORMAT_VERSION } from '../../../src/pipeline/geo/gazetteer-binary.ts';
import type { Mention } from '../../../src/pipeline/geo/recognize-toponyms.ts';
import { type Resolution, resolveMentions } from '../../../src/pipeline/geo/resolve-toponyms.ts';

// ---- the specification: src/pipeline/geo/resolve-toponyms.ts before the rewrite ----

/** Weights of the resolver's cues (set on the four public benchmarks as a whole, never per document). */
const WEIGHTS = {
  /** a region named exactly like its capital, against that city */
  capitalOwnName: 1.5,
  /** per log1p unit of support from the other names: same country, same first-level region */
  country: 1.5,
  admin1: 2.5,
  /** a namesake inside a first-level region the text names outright, against one abroad */
  namedRegion: 3,
  /** a national capital against a same-named first-level region elsewhere in its country */
  capitalNamesake: 1,
};
/**
 * Generic heads of the units that subdivide a first-level region: an unknown "X County" lies
 * in the text's main region. An unknown "X Town", "X Village" or "X Province" may lie anywhere
 * (another country than the text's main region as often as not), so it gets no such point.
 */
const COUNTY_GENERICS = new Set(['county', 'parish', 'borough', 'township']);
const FEATURE_BONUS: Record<string, number> = { PPLC: 2, PPLA: 1, PPLG: 1, PPLA2: 0.2, PPLA3: 0.2, PPLX: -1 };

function candidatesOf(mention: Mention, gazetteer: Gazetteer): number[] {
  if (!mention.demonym) return mention.candidates;
  const target = demonymTarget(mention.key) ?? demonymTarget(mention.key.replace(/s$/, ''));
  if (!target) return [];
  if (/^[A-Z]{2}$/.test(target)) {
    const country = gazetteer.countryByCode.get(target);
    return country === undefined ? [] : [country];
  }
  return placesForKey(gazetteer, foldName(target)).filter((c) => kindOf(gazetteer, c) !== 'settlement');
}

function priorScore(gazetteer: Gazetteer, candidate: number, mention: Mention, capitalAdmin1: Set<string>): number {
  const kind = kindOf(gazetteer, candidate);
  const population = gazetteer.population[candidate] ?? 0;
  let score: number;
  if (kind === 'country') score = 10;
  else if (kind === 'macro') score = 9.5;
  else if (kind === 'region') {
    score = 7.5 + 0.15 * Math.log10(population + 1);
    const ownName = foldName(gazetteer.name[candidate] ?? '') === mention.key;
    // "Kursk" alone is the city that gave the region its name; "Kursk region" is the region.
    // A region named exactly like its capital ("Paris", "Moscow", "Hamburg") is weighed
    // against that city by population (a city-state's name stands for the city).
    if (!mention.generic && capitalAdmin1.has(gazetteer.admin1[candidate] ?? ''))
      score -= ownName ? WEIGHTS.capitalOwnName : 3;
    if (mention.generic && mention.generic !== 'city') score += 2;
  } else {
    score = Math.log10(population + 10) + (FEATURE_BONUS[gazetteer.feature[candidate] ?? ''] ?? 0);
    if (mention.generic && mention.generic !== 'city' && mention.generic !== 'town' && mention.generic !== 'village')
      score -= 1;
  }
  if (foldName(gazetteer.name[candidate] ?? '') === mention.key) score += 1;
  return score;
}

type Scored = { candidates: number[]; scores: number[] };

function best(scored: Scored): { index: number | null; margin: number; top: number } {
  let top = -Infinity;
  let second = -Infinity;
  let index: number | null = null;
  for (let k = 0; k < scored.candidates.length; k++) {
    const score = scored.scores[k] as number;
    if (score > top) {
      second = top;
      top = score;
      index = scored.candidates[k] as number;
    } else if (score > second) second = score;
  }
  return { index, margin: second === -Infinity ? 3 : top - second, top };
}

function referenceResolve(text: string, mentions: Mention[], gazetteer: Gazetteer): Resolution[] {
  const candidateLists = mentions.map((mention) => candidatesOf(mention, gazetteer));
  const scored: Scored[] = mentions.map((mention, m) => {
    const candidates = candidateLists[m] as number[];
    const capitalAdmin1 = new Set<string>();
    for (const c of candidates) {
      const feature = gazetteer.feature[c];
      if (feature === 'PPLA' || feature === 'PPLC') capitalAdmin1.add(gazetteer.admin1[c] ?? '');
    }
    const scores = candidates.map((c) => priorScore(gazetteer, c, mention, capitalAdmin1));
    // "Washington": a national capital named like a first-level region of its country that does
    // not contain it is, alone, the capital; "Washington state" or the region's own towns around
    // it (document focus, below) still make it the region.
    if (!mention.generic)
      candidates.forEach((c, k) => {
        if (gazetteer.feature[c] !== 'PPLC') return;
        const namesake = candidates.some(
          (r) =>
            gazetteer.feature[r] === 'ADM1' &&
            gazetteer.country[r] === gazetteer.country[c] &&
            gazetteer.admin1[r] !== gazetteer.admin1[c] &&
            foldName(gazetteer.name[r] ?? '') === mention.key,
        );
        if (namesake) scores[k] = (scores[k] as number) + WEIGHTS.capitalNamesake;
      });
    return { candidates, scores };
  });
  addContainmentCues(text, mentions, scored, gazetteer);

  // Document focus: every distinct name spreads one unit of belief over its candidates'
  // countries and first-level regions (softmax of the prior), so that co-mentioned places
  // that share a region reinforce each other ("Paris" + "Texas" + "Gainesville").
  const countryWeight = new Map<string, number>();
  const admin1Weight = new Map<string, number>();
  const ownCountry: Map<string, number>[] = [];
  const ownAdmin1: Map<string, number>[] = [];
  const seenKeys = new Map<string, number>();
  const anchors: { lat: number; lon: number; key: string }[] = [];
  // First-level regions the text names outright ("Illinois", "Kursk region"): a namesake
  // inside one of them beats a bigger one elsewhere (Paris, Illinois vs Paris, France).
  const explicitAdmin1 = new Map<string, string>();
  for (let m = 0; m < mentions.length; m++) {
    const entry = scored[m] as Scored;
    const key = (mentions[m] as Mention).key;
    const countries = new Map<string, number>();
    const admin1s = new Map<string, number>();
    ownCountry.push(countries);
    ownAdmin1.push(admin1s);
    if (entry.candidates.length === 0) continue;
    const top = Math.max(...entry.scores);
    const weights = entry.scores.map((score) => Math.exp(score - top));
    const sum = weights.reduce((a, b) => a + b, 0);
    entry.candidates.forEach((c, k) => {
      const p = (weights[k] as number) / sum;
      const country = gazetteer.country[c] ?? '';
      if (country) countries.set(country, (countries.get(country) ?? 0) + p);
      const admin1 = gazetteer.admin1[c] ?? '';
      const kind = kindOf(gazetteer, c);
      if (admin1 && (kind === 'settlement' || kind === 'region')) admin1s.set(admin1, (admin1s.get(admin1) ?? 0) + p);
    });
    if (seenKeys.has(key)) continue; // a repeated name adds no new evidence
    seenKeys.set(key, m);
    for (const [country, p] of countries) countryWeight.set(country, (countryWeight.get(country) ?? 0) + p);
    for (const [admin1, p] of admin1s) admin1Weight.set(admin1, (admin1Weight.get(admin1) ?? 0) + p);
    const { index, margin } = best(entry);
    if (index !== null && margin >= 2 && gazetteer.feature[index] === 'ADM1' && gazetteer.admin1[index])
      explicitAdmin1.set(gazetteer.admin1[index] as string, key);
    if (index !== null && margin >= 2 && anchors.length < 40) {
      const kind = kindOf(gazetteer, index);
      if (kind === 'settlement' || kind === 'region')
        anchors.push({ lat: gazetteer.lat[index] as number, lon: gazetteer.lon[index] as number, key });
    }
  }
  const total = seenKeys.size;

  const resolutions: Resolution[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    const entry = scored[m] as Scored;
    const priorBest = best(entry).index;
    // Only a town-like name whose best namesake is abroad is pulled into a named region:
    // "California" stays the state, and Atlanta stays in Georgia when the text also names Texas.
    const pullable = priorBest !== null && kindOf(gazetteer, priorBest) === 'settlement';
    const priorCountry = priorBest === null ? '' : (gazetteer.country[priorBest] ?? '');
    const finalScores = entry.candidates.map((c, k) => {
      let score = entry.scores[k] as number;
      if (total > 1) {
        // Support from the other names only: a name does not vouch for itself.
        const self = seenKeys.get(mention.key) === undefined ? m : (seenKeys.get(mention.key) as number);
        const country = gazetteer.country[c] ?? '';
        const kind = kindOf(gazetteer, c);
        const countrySupport =
          (countryWeight.get(country) ?? 0) - ((ownCountry[self] as Map<string, number>).get(country) ?? 0);
        score += WEIGHTS.country * Math.log1p(Math.max(0, countrySupport));
        if (kind === 'settlement' || kind === 'region') {
          const admin1 = gazetteer.admin1[c] ?? '';
          const admin1Support =
            (admin1Weight.get(admin1) ?? 0) - ((ownAdmin1[self] as Map<string, number>).get(admin1) ?? 0);
          score += WEIGHTS.admin1 * Math.log1p(Math.max(0, admin1Support));
          score += proximityBonus(gazetteer.lat[c] as number, gazetteer.lon[c] as number, anchors, mention.key);
          const namedBy = explicitAdmin1.get(admin1);
          if (
            pullable &&
            namedBy !== undefined &&
            namedBy !== mention.key &&
            gazetteer.feature[c] !== 'ADM1' &&
            gazetteer.country[c] !== priorCountry
          )
            score += WEIGHTS.namedRegion;
        }
      }
      return score;
    });
    const { index, margin } = best({ candidates: entry.candidates, scores: finalScores });
    if (index !== null) {
      const confidence = entry.candidates.length === 1 ? 0.85 : Math.round((1 / (1 + Math.exp(-margin))) * 100) / 100;
      resolutions.push({ index, confidence, fallback: null });
      continue;
    }
    resolutions.push({
      index: null,
      confidence: 0,
      fallback:
        mention.generic && COUNTY_GENERICS.has(mention.generic)
          ? focusFallback(gazetteer, admin1Weight, resolutions)
          : null,
    });
  }
  return resolutions;
}

function proximityBonus(
  lat: number,
  lon: number,
  anchors: { lat: number; lon: number; key: string }[],
  key: string,
): number {
  let nearest = Infinity;
  for (const anchor of anchors) {
    if (anchor.key === key) continue;
    const d = roughKm(lat, lon, anchor.lat, anchor.lon);
    if (d < nearest) nearest = d;
  }
  return nearest < 30 ? 2 : nearest < 100 ? 1.5 : nearest < 300 ? 0.8 : 0;
}

/** "Gainesville, Ga.", "Athens, Georgia", "Kursk, Russia": the second name contains the first. */
function addContainmentCues(text: string, mentions: Mention[], scored: Scored[], gazetteer: Gazetteer): void {
  for (let m = 0; m + 1 < mentions.length; m++) {
    const left = mentions[m] as Mention;
    const right = mentions[m + 1] as Mention;
    if (!/^\s*,\s*$/.test(text.slice(left.end, right.start))) continue;
    const leftEntry = scored[m] as Scored;
    const rightEntry = scored[m + 1] as Scored;
    const containers = rightEntry.candidates.filter((c) => {
      const kind = kindOf(gazetteer, c);
      return kind === 'region' || kind === 'country';
    });
    if (containers.length === 0) continue;
    leftEntry.candidates.forEach((c, k) => {
      for (const container of containers) {
        const kind = kindOf(gazetteer, container);
        const inside =
          kind === 'region'
            ? gazetteer.admin1[container] !== '' && gazetteer.admin1[container] === gazetteer.admin1[c]
            : gazetteer.country[container] === gazetteer.country[c];
        if (!inside) continue;
        leftEntry.scores[k] = (leftEntry.scores[k] as number) + (kind === 'region' ? 6 : 4);
        const r = rightEntry.candidates.indexOf(container);
        rightEntry.scores[r] = (rightEntry.scores[r] as number) + 1;
        break;
      }
    });
  }
}

/** Where an unknown "X County" most likely is: the document's main first-level region. */
function focusFallback(
  gazetteer: Gazetteer,
  admin1Weight: Map<string, number>,
  _done: Resolution[],
): Resolution['fallback'] {
  let bestAdmin1 = '';
  let bestWeight = 0;
  for (const [admin1, weight] of admin1Weight) {
    if (weight > bestWeight) {
      bestWeight = weight;
      bestAdmin1 = admin1;
    }
  }
  if (!bestAdmin1) return null;
  const region = gazetteer.regionByAdmin1.get(bestAdmin1);
  if (region === undefined) return null;
  return {
    lat: gazetteer.lat[region] as number,
    lon: gazetteer.lon[region] as number,
    admin1: bestAdmin1,
    country: gazetteer.country[region] ?? '',
  };
}

// ---- random documents ----

const NAMES = ['Paris', 'Kursk', 'Washington', 'Kharkov', 'Kharkiv'];
const FEATURES = ['PPL', 'PPLA', 'PPLC', 'PPLA2', 'PPLX', 'PPLG', 'ADM1', 'ADM2', 'COUNTRY', 'CONT', 'ISL', 'OCN'];
const COUNTRIES = ['US', 'UA', 'RU', ''];
const ADMIN1S = ['US.TX', 'US.WA', 'UA.07', 'RU.41', ''];
const GENERICS = [null, null, null, 'county', 'city', 'town', 'village', 'region', 'oblast', 'state'];
/** Gaps between neighbouring mentions: "X, Y" containment, and near misses of it. */
const GAPS = [', ', ' , ', ',', ' and ', ' ', '', ',,', '\u00a0,\u2009', '\n,\t', '\u200b, ', '’s ', ', the '];

/** Latitudes around 50, some 2.7 degrees apart (the proximity cut-off) or close together. */
const latitude = fc.oneof(
  fc.constantFrom(50, 50.1, 50.5, 52.7, 47.3, 52.69, 47.31, 52.71, 55, 44),
  fc.double({ min: 44, max: 56, noNaN: true }),
);
const longitude = fc.oneof(fc.constantFrom(30, 30.1, 33, 36), fc.double({ min: 25, max: 45, noNaN: true }));
const population = fc.oneof(
  fc.constantFrom(0, 5000, 1_000_000),
  fc.nat({ max: 20_000_000 }),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
);

const place: fc.Arbitrary<PlaceSpec> = fc.record({
  name: fc.constantFrom(...NAMES),
  feature: fc.constantFrom(...FEATURES),
  country: fc.constantFrom(...COUNTRIES),
  admin1: fc.constantFrom(...ADMIN1S),
  lat: latitude,
  lon: longitude,
  population,
});

type PlaceSpec = {
  name: string;
  feature: string;
  country: string;
  admin1: string;
  lat: number;
  lon: number;
  population: number;
};

function gazetteerOf(places: PlaceSpec[], typed: boolean): Gazetteer {
  const byKey = new Map<string, number[]>();
  places.forEach((p, i) => {
    const key = foldName(p.name);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const postings = keys.flatMap((key) => byKey.get(key) as number[]);
  const postingStarts: number[] = [];
  let at = 0;
  for (const key of keys) {
    postingStarts.push(at);
    at += (byKey.get(key) as number[]).length;
  }
  const column = (values: number[]) => (typed ? Float64Array.from(values) : values);
  return createGazetteer({
    version: GAZETTEER_FORMAT_VERSION,
    attribution: 'test',
    name: places.map((p) => p.name),
    lat: column(places.map((p) => p.lat)),
    lon: column(places.map((p) => p.lon)),
    population: column(places.map((p) => p.population)),
    feature: places.map((p) => p.feature),
    country: places.map((p) => p.country),
    admin1: places.map((p) => p.admin1),
    geonameId: places.map(() => 0),
    bbox: {},
    keys: keys.join('\n'),
    postings,
    postingStarts,
    commonWords: '',
    personNames: '',
  });
}

const mentionSpec: fc.Arbitrary<MentionSpec> = fc.record({
  /** a place name (its key), or a demonym ("Russian": the country; "Latin American": a region) */
  name: fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom('Russian', 'Ukrainian', 'Americans', 'Latin American')),
  /** the places named so (as recognition gives them), or any places */
  named: fc.boolean(),
  candidates: fc.array(fc.nat({ max: 30 }), { maxLength: 8 }),
  generic: fc.constantFrom(...GENERICS),
  gap: fc.oneof(
    fc.constantFrom(...GAPS),
    fc.nat({ max: 0xffff }).map((code) => `,${String.fromCharCode(code)}`),
  ),
});

type MentionSpec = { name: string; named: boolean; candidates: number[]; generic: string | null; gap: string };

/** The text and its mentions, candidates taken from the places there are. */
function documentOf(specs: MentionSpec[], gazetteer: Gazetteer): { text: string; mentions: Mention[] } {
  let text = 'In ';
  const mentions: Mention[] = [];
  for (const spec of specs) {
    const start = text.length;
    text += spec.name;
    const demonym = /an$|ans$/.test(spec.name);
    const key = demonym ? spec.name.toLowerCase() : foldName(spec.name);
    const named = placesForKey(gazetteer, key);
    const any = spec.candidates.filter((c) => c < gazetteer.name.length);
    mentions.push({
      start,
      end: text.length,
      text: spec.name,
      key,
      candidates: demonym ? [] : spec.named ? named : any,
      generic: demonym ? null : spec.generic,
      demonym,
    });
    text += spec.gap;
  }
  return { text, mentions };
}

describe('resolveMentions resolves as the function it replaced', () => {
  it('gives the same resolutions and leaves the mentions alone (random documents)', () => {
    fc.assert(
      fc.property(
        fc.array(place, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.array(mentionSpec, { maxLength: 14 }),
        (places, typed, specs) => {
          const gazetteer = gazetteerOf(places, typed);
          const { text, mentions } = documentOf(specs, gazetteer);
          const before = structuredClone(mentions);
          const expected = referenceResolve(text, structuredClone(mentions), gazetteer);
          expect(resolveMentions(text, mentions, gazetteer)).toEqual(expected);
          expect(mentions).toEqual(before);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('finds the nearest anchor when a nearer one comes after a near one', () => {
    // Kursk (55 km from Paris 0) then Washington (11 km from it) both anchor the text; Paris 0
    // gets the bonus of the nearer.
    const place = (name: string, country: string, lat: number, lon: number) => ({
      name,
      feature: 'PPL',
      country,
      admin1: '',
      lat,
      lon,
      population: 1000,
    });
    const places = [
      place('Paris', 'UA', 50, 30),
      place('Paris', 'US', 33, -95),
      place('Kursk', 'RU', 50.5, 30),
      place('Washington', 'RU', 50.1, 30),
    ];
    for (const order of [
      ['Kursk', 'Washington', 'Paris'],
      ['Washington', 'Kursk', 'Paris'],
    ]) {
      const gazetteer = gazetteerOf(places, true);
      const { text, mentions } = documentOf(
        order.map((name) => ({ name, named: true, candidates: [], generic: null, gap: ' and ' })),
        gazetteer,
      );
      expect(resolveMentions(text, mentions, gazetteer)).toEqual(
        referenceResolve(text, structuredClone(mentions), gazetteer),
      );
    }
  });

  it('reads "X, Y" as the pattern /^\\s*,\\s*$/ does, for every UTF-16 code unit around the comma', () => {
    const gazetteer = gazetteerOf(
      [
        { name: 'Paris', feature: 'PPL', country: 'US', admin1: 'US.TX', lat: 33.66, lon: -95.55, population: 25_000 },
        { name: 'Paris', feature: 'PPLC', country: 'FR', admin1: 'FR.11', lat: 48.85, lon: 2.35, population: 2e6 },
        { name: 'Texas', feature: 'ADM1', country: 'US', admin1: 'US.TX', lat: 31, lon: -100, population: 0 },
      ],
      false,
    );
    const mention = (start: number, name: string, candidates: number[]): Mention => ({
      start,
      end: start + name.length,
      text: name,
      key: foldName(name),
      candidates,
      generic: null,
      demonym: false,
    });
    for (let code = 0; code <= 0xffff; code++) {
      const gap = `${String.fromCharCode(code)},`;
      const text = `Paris${gap}Texas`;
      const mentions = [mention(0, 'Paris', [0, 1]), mention(5 + gap.length, 'Texas', [2])];
      const expected = referenceResolve(text, structuredClone(mentions), gazetteer);
      const actual = resolveMentions(text, mentions, gazetteer);
      if (actual[0]?.index !== expected[0]?.index || actual[0]?.confidence !== expected[0]?.confidence)
        expect({ code, actual }).toEqual({ code, actual: expected });
    }
  });
});
