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

import { demonymTarget } from './demonyms.ts';
import { foldName } from './fold-name.ts';
import { type Gazetteer, kindOf, placesForKey, roughKm } from './gazetteer.ts';
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

export function resolveMentions(text: string, mentions: Mention[], gazetteer: Gazetteer): Resolution[] {
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
