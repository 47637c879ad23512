/**
 * Choose, for each mention, the place it refers to (issue 4, "Resolution").
 *
 * Two passes. The first ranks candidates by prior alone: kind (country > macro-region >
 * region > settlement), population, administrative rank, whether the name is the place's
 * own name rather than an alternate, and explicit containment ("Gainesville, Ga."). Its
 * confident winners give the document's focus: the countries and first-level regions it is
 * about, and points on the map. The second pass adds that focus to every candidate's score
 * (same country, same region, near a confident place), which is what separates Komarovka in
 * Kursk Oblast from Komarovka in Crimea once "Kursk Region" is in the text.
 * A mention with no candidate stays unresolved, except a "X County"/"X Parish"/"X Borough"/
 * "X Township" name, which is placed at the document's focus region with a low confidence
 * (never far from the text's other places). Cost: linear in mentions x candidates.
 */

import { isSpaceCode } from '../char-codes.ts';
import { demonymTarget } from './demonyms.ts';
import { foldName } from './fold-name.ts';
import { type Gazetteer, kindOf, type PlaceKind, placesForKey, roughKm } from './gazetteer.ts';
import type { Mention } from './recognize-toponyms.ts';

export type Resolution = {
  /** index of the chosen place in the gazetteer, or null */
  index: number | null;
  confidence: number;
  /** a point not taken from the gazetteer (focus fallback for an unknown "X County"), or null */
  fallback: { lat: number; lon: number; admin1: string; country: string } | null;
  /**
   * `index` is not the named place itself but the settlement or region that contains it
   * (a street, a building, a neighbourhood the gazetteer does not list): reported with a low
   * confidence and no GeoNames id of its own.
   */
  approximate?: boolean;
};

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

function priorScore(
  gazetteer: Gazetteer,
  candidate: number,
  kind: PlaceKind,
  ownName: boolean,
  mention: Mention,
  capitalAdmin1: Set<string> | null,
): number {
  const population = gazetteer.population[candidate] ?? 0;
  let score: number;
  if (kind === 'country') score = 10;
  else if (kind === 'macro') score = 9.5;
  else if (kind === 'region') {
    score = 7.5 + 0.15 * Math.log10(population + 1);
    // "Kursk" alone is the city that gave the region its name; "Kursk region" is the region.
    // A region named exactly like its capital ("Paris", "Moscow", "Hamburg") is weighed
    // against that city by population (a city-state's name stands for the city).
    if (!mention.generic && (capitalAdmin1 as Set<string>).has(gazetteer.admin1[candidate] ?? ''))
      score -= ownName ? WEIGHTS.capitalOwnName : 3;
    if (mention.generic && mention.generic !== 'city') score += 2;
  } else {
    score = Math.log10(population + 10) + (FEATURE_BONUS[gazetteer.feature[candidate] ?? ''] ?? 0);
    if (mention.generic && mention.generic !== 'city' && mention.generic !== 'town' && mention.generic !== 'village')
      score -= 1;
  }
  if (ownName) score += 1;
  return score;
}

/**
 * The admin1 keys of the first-level and national capitals among a name's candidates
 * ("Kursk" the city, for the region Kursk).
 */
function capitalAdmin1sOf(gazetteer: Gazetteer, candidates: number[]): Set<string> {
  const capitalAdmin1 = new Set<string>();
  for (const c of candidates) {
    const feature = gazetteer.feature[c];
    if (feature === 'PPLA' || feature === 'PPLC') capitalAdmin1.add(gazetteer.admin1[c] ?? '');
  }
  return capitalAdmin1;
}

/**
 * The candidates of all mentions side by side: mention m's candidate k sits at `starts[m] + k`
 * of the flat per-candidate columns (its kind, whether the name is its own name, its score).
 * Each is computed once per call, where the scoring passes used to ask again per use.
 */
type Table = {
  candidateLists: number[][];
  starts: number[];
  kinds: PlaceKind[];
  ownNames: Uint8Array;
  /** prior scores (one element kind: the scores are doubles) */
  scores: Float64Array;
  /** softmax weights of the prior scores, for the document focus */
  softmax: Float64Array;
  /** the final scores: the prior plus the support of the text's other names */
  final: Float64Array;
};

/**
 * The typed columns of the table, reused from call to call: allocating typed arrays on every
 * call cost more than the scoring they hold. A call writes every slot before it reads it, and
 * resolveMentions never re-enters itself, so nothing carries over from one call to the next.
 */
const scratch = {
  scores: new Float64Array(256),
  softmax: new Float64Array(256),
  final: new Float64Array(256),
  ownNames: new Uint8Array(256),
};

function scratchFor(candidateCount: number): typeof scratch {
  if (scratch.scores.length < candidateCount) {
    const length = Math.max(candidateCount, 2 * scratch.scores.length);
    scratch.scores = new Float64Array(length);
    scratch.softmax = new Float64Array(length);
    scratch.final = new Float64Array(length);
    scratch.ownNames = new Uint8Array(length);
  }
  return scratch;
}

/**
 * The best of `candidates`, whose scores sit at `scores[start]` on, and its margin over the
 * runner-up (3 when alone): ties go to the first.
 */
function best(
  candidates: number[],
  scores: Float64Array,
  start: number,
): { index: number | null; margin: number; top: number } {
  let top = -Infinity;
  let second = -Infinity;
  let index: number | null = null;
  for (let k = 0; k < candidates.length; k++) {
    const score = scores[start + k] as number;
    if (score > top) {
      second = top;
      top = score;
      index = candidates[k] as number;
    } else if (score > second) second = score;
  }
  return { index, margin: second === -Infinity ? 3 : top - second, top };
}

/**
 * Math.max of positions [start, start + count) without spreading them into arguments: NaN wins
 * as in Math.max; of +0 and -0 the first is kept, which is moot here (score - top and
 * exp(score - top) come out the same either way).
 */
function maxOf(scores: Float64Array, start: number, count: number): number {
  let top = -Infinity;
  for (let k = start; k < start + count; k++) {
    const score = scores[k] as number;
    if (Number.isNaN(score)) return Number.NaN;
    if (score > top) top = score;
  }
  return top;
}

function priorScores(mentions: Mention[], gazetteer: Gazetteer): Table {
  const candidateLists: number[][] = [];
  const starts: number[] = [0];
  let total = 0;
  for (let m = 0; m < mentions.length; m++) {
    const candidates = candidatesOf(mentions[m] as Mention, gazetteer);
    candidateLists.push(candidates);
    total += candidates.length;
    starts.push(total);
  }
  const kinds: PlaceKind[] = [];
  const { ownNames, scores, softmax, final } = scratchFor(total);
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    const candidates = candidateLists[m] as number[];
    const start = starts[m] as number;
    let hasRegion = false;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k] as number;
      const kind = kindOf(gazetteer, c);
      kinds.push(kind);
      if (kind === 'region') hasRegion = true;
      ownNames[start + k] = foldName(gazetteer.name[c] ?? '') === mention.key ? 1 : 0;
    }
    // Only a region candidate of a name without a generic head asks about capitals.
    const capitalAdmin1 = hasRegion && !mention.generic ? capitalAdmin1sOf(gazetteer, candidates) : null;
    for (let k = 0; k < candidates.length; k++)
      scores[start + k] = priorScore(
        gazetteer,
        candidates[k] as number,
        kinds[start + k] as PlaceKind,
        ownNames[start + k] === 1,
        mention,
        capitalAdmin1,
      );
    // "Washington": a national capital named like a first-level region of its country that does
    // not contain it is, alone, the capital; "Washington state" or the region's own towns around
    // it (document focus, below) still make it the region.
    if (mention.generic) continue;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k] as number;
      if (gazetteer.feature[c] !== 'PPLC') continue;
      let namesake = false;
      for (let j = 0; j < candidates.length && !namesake; j++) {
        const r = candidates[j] as number;
        namesake =
          gazetteer.feature[r] === 'ADM1' &&
          gazetteer.country[r] === gazetteer.country[c] &&
          gazetteer.admin1[r] !== gazetteer.admin1[c] &&
          ownNames[start + j] === 1;
      }
      if (namesake) scores[start + k] = (scores[start + k] as number) + WEIGHTS.capitalNamesake;
    }
  }
  return { candidateLists, starts, kinds, ownNames, scores, softmax, final };
}

export function resolveMentions(text: string, mentions: Mention[], gazetteer: Gazetteer): Resolution[] {
  const table = priorScores(mentions, gazetteer);
  const { candidateLists, starts, kinds, scores, softmax, final } = table;
  addContainmentCues(text, mentions, table, gazetteer);

  // Document focus: every distinct name spreads one unit of belief over its candidates'
  // countries and first-level regions (softmax of the prior), so that co-mentioned places
  // that share a region reinforce each other ("Paris" + "Texas" + "Gainesville").
  const countryWeight = new Map<string, number>();
  const admin1Weight = new Map<string, number>();
  // Per name (at the index of its first mention with candidates): its own share of the weights,
  // which the second pass takes back out. Only first mentions are ever read, so only they have one.
  const ownCountry: (Map<string, number> | undefined)[] = [];
  const ownAdmin1: (Map<string, number> | undefined)[] = [];
  const seenKeys = new Map<string, number>();
  const anchors: { lat: number; lon: number; key: string }[] = [];
  // First-level regions the text names outright ("Illinois", "Kursk region"): a namesake
  // inside one of them beats a bigger one elsewhere (Paris, Illinois vs Paris, France).
  const explicitAdmin1 = new Map<string, string>();
  for (let m = 0; m < mentions.length; m++) {
    const candidates = candidateLists[m] as number[];
    const start = starts[m] as number;
    const key = (mentions[m] as Mention).key;
    ownCountry.push(undefined);
    ownAdmin1.push(undefined);
    if (candidates.length === 0) continue;
    if (seenKeys.has(key)) continue; // a repeated name adds no new evidence
    seenKeys.set(key, m);
    const top = maxOf(scores, start, candidates.length);
    let sum = 0;
    for (let k = 0; k < candidates.length; k++) {
      const weight = Math.exp((scores[start + k] as number) - top);
      softmax[start + k] = weight;
      sum += weight;
    }
    const countries = new Map<string, number>();
    const admin1s = new Map<string, number>();
    ownCountry[m] = countries;
    ownAdmin1[m] = admin1s;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k] as number;
      const p = (softmax[start + k] as number) / sum;
      const country = gazetteer.country[c] ?? '';
      if (country) countries.set(country, (countries.get(country) ?? 0) + p);
      const admin1 = gazetteer.admin1[c] ?? '';
      const kind = kinds[start + k];
      if (admin1 && (kind === 'settlement' || kind === 'region')) admin1s.set(admin1, (admin1s.get(admin1) ?? 0) + p);
    }
    for (const [country, p] of countries) countryWeight.set(country, (countryWeight.get(country) ?? 0) + p);
    for (const [admin1, p] of admin1s) admin1Weight.set(admin1, (admin1Weight.get(admin1) ?? 0) + p);
    const { index, margin } = best(candidates, scores, start);
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
    const candidates = candidateLists[m] as number[];
    const start = starts[m] as number;
    const priorBest = best(candidates, scores, start).index;
    // Only a town-like name whose best namesake is abroad is pulled into a named region:
    // "California" stays the state, and Atlanta stays in Georgia when the text also names Texas.
    const pullable = priorBest !== null && kindOf(gazetteer, priorBest) === 'settlement';
    const priorCountry = priorBest === null ? '' : (gazetteer.country[priorBest] ?? '');
    // Support from the other names only: a name does not vouch for itself.
    const self = seenKeys.get(mention.key) ?? m;
    const selfCountries = ownCountry[self] as Map<string, number>;
    const selfAdmin1s = ownAdmin1[self] as Map<string, number>;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k] as number;
      let score = scores[start + k] as number;
      if (total > 1) {
        const country = gazetteer.country[c] ?? '';
        const kind = kinds[start + k];
        const countrySupport = (countryWeight.get(country) ?? 0) - (selfCountries.get(country) ?? 0);
        score += WEIGHTS.country * Math.log1p(Math.max(0, countrySupport));
        if (kind === 'settlement' || kind === 'region') {
          const admin1 = gazetteer.admin1[c] ?? '';
          const admin1Support = (admin1Weight.get(admin1) ?? 0) - (selfAdmin1s.get(admin1) ?? 0);
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
      final[start + k] = score;
    }
    const { index, margin } = best(candidates, final, start);
    if (index !== null) {
      const confidence = candidates.length === 1 ? 0.85 : Math.round((1 / (1 + Math.exp(-margin))) * 100) / 100;
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
    // roughKm >= 111.2 km per degree of latitude apart: an anchor over 2.7 degrees north or
    // south is over 300 km away and cannot change the bonus.
    if (Math.abs(anchor.lat - lat) > 2.7) continue;
    const d = roughKm(lat, lon, anchor.lat, anchor.lon);
    if (d < nearest) nearest = d;
    if (nearest < 30) break; // the highest bonus already
  }
  return nearest < 30 ? 2 : nearest < 100 ? 1.5 : nearest < 300 ? 0.8 : 0;
}

/** "Gainesville, Ga.", "Athens, Georgia", "Kursk, Russia": the second name contains the first. */
function addContainmentCues(text: string, mentions: Mention[], table: Table, gazetteer: Gazetteer): void {
  const { candidateLists, starts, kinds, scores } = table;
  for (let m = 0; m + 1 < mentions.length; m++) {
    const left = mentions[m] as Mention;
    const right = mentions[m + 1] as Mention;
    if (!isCommaGap(text, left.end, right.start)) continue;
    const leftCandidates = candidateLists[m] as number[];
    const rightCandidates = candidateLists[m + 1] as number[];
    const leftStart = starts[m] as number;
    const rightStart = starts[m + 1] as number;
    const containers: number[] = [];
    const containerKinds: PlaceKind[] = [];
    for (let k = 0; k < rightCandidates.length; k++) {
      const kind = kinds[rightStart + k] as PlaceKind;
      if (kind === 'region' || kind === 'country') {
        containers.push(rightCandidates[k] as number);
        containerKinds.push(kind);
      }
    }
    if (containers.length === 0) continue;
    for (let k = 0; k < leftCandidates.length; k++) {
      const c = leftCandidates[k] as number;
      for (let j = 0; j < containers.length; j++) {
        const container = containers[j] as number;
        const kind = containerKinds[j];
        const inside =
          kind === 'region'
            ? gazetteer.admin1[container] !== '' && gazetteer.admin1[container] === gazetteer.admin1[c]
            : gazetteer.country[container] === gazetteer.country[c];
        if (!inside) continue;
        scores[leftStart + k] = (scores[leftStart + k] as number) + (kind === 'region' ? 6 : 4);
        const r = rightCandidates.indexOf(container);
        scores[rightStart + r] = (scores[rightStart + r] as number) + 1;
        break;
      }
    }
  }
}

/**
 * `/^\s*,\s*$/.test(text.slice(from, to))` without the slice or the pattern: most gaps between
 * neighbouring mentions are words (" and ", "’s "), rejected at their first character.
 */
function isCommaGap(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 44) {
      if (++commas > 1) return false;
    } else if (!isSpaceCode(code)) return false;
  }
  return commas === 1;
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
