/**
 * A first-level region and the big city named like it ("New York", "Washington", "Quebec",
 * "São Paulo", "Kursk", "Almaty"): decide, per mention, which of the two the text means, as a
 * careful reader does, from the words around the name.
 *
 * - Region: "New York state", "the state of Washington", "upstate New York", "New York's
 *   governor", "the New York legislature", "the Washington border", an abbreviation of the
 *   region ("N.Y.", "Wash."), coordination with other first-level regions ("New Jersey and New
 *   York", "Oregon, Washington and Idaho"), a town of the region before it ("Buffalo, New York").
 * - City: "New York City", "the city of Quebec", "downtown Kursk", the mayor, "a New York-based
 *   firm", a borough or neighbourhood before it ("Brooklyn, New York"), coordination with other
 *   big cities ("New York, London and Paris", "flights between Washington and Moscow"), a
 *   dateline ("(NEW YORK) —") or a reporter's credit ("Reporting by ... in New York").
 *
 * A mention carrying its own generic word ("Kursk region", "Washington state") is left to the
 * resolver, which reads it already, but still tells the other mentions of its name.
 *
 * A mention without a cue of its own follows the other mentions of the name in the text (one
 * sense per discourse), then the text's other places: towns and counties of the region far from
 * the city make it the region, places within the city's reach (its boroughs, its suburbs) make
 * it the city. With no cue at all the bare name is the city when the city holds at least a tenth of
 * the region's people ("New York", "São Paulo", "Kharkiv"), else the region ("Quebec"): measured on
 * the four benchmarks, the city default beat the resolver's prior by 5 mentions net, and a careful
 * reading sides with the city in nearly every case where the two differ. A much smaller namesake abroad
 * that only the text's country focus brought in ("Washington" in a text about Britain) gives way
 * to the pair when the text also names the pair's country, unless the text names the namesake's
 * region right after it ("Washington, Tyne and Wear"). A city-state region that is the city itself
 * (Seoul, Vienna, the District of Columbia: its extent under 150 km across) makes no pair.
 */
import { isDateline } from './assign-role.ts';
import { foldName } from './fold-name.ts';
import { type Gazetteer, kindOf, roughKm } from './gazetteer.ts';
import type { Mention } from './recognize-toponyms.ts';
import type { Resolution } from './resolve-toponyms.ts';

/** Smallest city that is a "big namesake city" of a region. */
const CITY_POPULATION = 100_000;
/** A city with at least this share of its region's population is what the bare name means ("Quebec" is the province). */
const CITY_SHARE = 0.1;
/** A region of the city's own first-level unit whose extent is smaller than this (corner to corner) is a city-state. */
const CITY_STATE_KM = 150;
/** A place this close to the city is within its reach (boroughs, inner suburbs). */
const CITY_REACH_KM = 25;
/** A place of the region this far from the city speaks for the region. */
const REGION_FAR_KM = 60;
/** A namesake abroad this many times smaller than the pair's city gives way to the pair. */
const ABROAD_RATIO = 10;

type Pair = { region: number; city: number };

const REGION_BEFORE =
  /\b(?:(?:state|province|region|oblast|governorate|prefecture|territory)\s+of|upstate|downstate|(?:governor|gov\.|legislature|senators?|attorney\s+general)\s+of)\s+(?:the\s+)?$/i;
const REGION_AFTER =
  /^(?:['’]s?)?\s+(?:state\b|gov\.|governor\b|lt\.\s+gov|lieutenant\s+governor\b|legislat(?:ure|ors?|ive)\b|general\s+assembly\b|statehouse\b|attorney\s+general\b|senators?\b|congressional\b|national\s+guard\b|state\s+(?:senate|assembly|house|police|troopers?)\b|count(?:y|ies)\b|border\b|state\s*line\b|province\b|provincial\b|region\b|oblast\b)/i;
const CITY_BEFORE =
  /\b(?:city\s+of|mayor\s+of|downtown|midtown|uptown|central\s+business\s+district\s+of)\s+(?:the\s+)?$/i;
const CITY_AFTER =
  /^(?:(?:['’]s?)?\s+(?:city\b|mayor\b|mayoral\b|city\s+(?:hall|council)\b|borough|subway\b|metro\b|metropolitan\s+area\b|police\s+(?:department|commissioner)\b)|-based\b)/i;
/** "(NEW YORK) —" at the head of a line, and a reporter's credit "(Reporting by X in New York; ...)". */
const CITY_DATELINE_BEFORE = /(?:^|\n)\s*\(\s*$/;
const CITY_DATELINE_AFTER = /^\s*\)\s*(?:—|–|--|-)/;
const CREDIT_BEFORE = /\b(?:reporting|writing|additional\s+reporting)\s+by\s+[^;()\n]{1,60}?\bin\s+$/i;
/** Words joining the items of a list or the ends of a route. */
const COORDINATION = /^\s*(?:,|and|or|&|to|,\s*and|,\s*or)\s*$/i;

/** The first-level region and the big city of the same country that share this mention's name. */
function pairOf(mention: Mention, gazetteer: Gazetteer): Pair | null {
  if (mention.demonym || mention.candidates.length < 2) return null;
  let city = -1;
  for (const c of mention.candidates)
    if (
      kindOf(gazetteer, c) === 'settlement' &&
      (gazetteer.population[c] ?? 0) >= CITY_POPULATION &&
      (city < 0 || (gazetteer.population[c] ?? 0) > (gazetteer.population[city] ?? 0))
    )
      city = c;
  if (city < 0) return null;
  // the region around the city: another first-level unit than the city's own when there is one
  // (Moscow Oblast, Kyiv Oblast), never a city-state that is the city itself (Seoul, Vienna, D.C.)
  let region = -1;
  let regionScore = -1;
  for (const c of regionsOf(mention, gazetteer, city)) {
    const own = gazetteer.admin1[c] === gazetteer.admin1[city];
    const score = (own ? 0 : 1e6) + distanceKm(gazetteer, c, city);
    if (score > regionScore) {
      regionScore = score;
      region = c;
    }
  }
  return region < 0 ? null : { region, city };
}

/** Regions of the city's country named like the mention, without the city-state that is the city itself. */
function regionsOf(mention: Mention, gazetteer: Gazetteer, city: number): number[] {
  return mention.candidates.filter((c) => {
    if (gazetteer.feature[c] !== 'ADM1' || gazetteer.country[c] !== gazetteer.country[city]) return false;
    if (gazetteer.admin1[c] !== gazetteer.admin1[city]) return true;
    const box = gazetteer.bbox[String(c)];
    return box !== undefined && roughKm(box[1], box[0], box[3], box[2]) >= CITY_STATE_KM;
  });
}

function distanceKm(gazetteer: Gazetteer, a: number, b: number): number {
  return roughKm(
    gazetteer.lat[a] as number,
    gazetteer.lon[a] as number,
    gazetteer.lat[b] as number,
    gazetteer.lon[b] as number,
  );
}

/** +1 city, -1 region, 0 no cue: what the words around this one mention say. */
function localCue(
  text: string,
  m: number,
  order: number[],
  position: number,
  mentions: Mention[],
  resolutions: Resolution[],
  pairs: (Pair | null)[],
  gazetteer: Gazetteer,
): number {
  const mention = mentions[m] as Mention;
  const pair = pairs[m] as Pair;
  const before = text.slice(Math.max(0, mention.start - 80), mention.start);
  const after = text.slice(mention.end, mention.end + 50);
  const surface = mention.text.replace(/['’]s?$/, '').trim();
  // an abbreviation of the region ("N.Y.", "Wash.", "NY")
  if (foldName(surface) !== mention.key && (/\.$/.test(surface) || /^[A-Z.]{2,5}$/.test(surface))) return -1;
  if (mention.generic === 'city' || mention.generic === 'town') return 1;
  if (mention.generic) return -1;
  if (REGION_BEFORE.test(before.slice(-40)) || REGION_AFTER.test(after)) return -1;
  if (CITY_BEFORE.test(before.slice(-40)) || CITY_AFTER.test(after)) return 1;
  if (isDateline(text, mention.start, mention.end)) return 1;
  if ((CITY_DATELINE_BEFORE.test(before) && CITY_DATELINE_AFTER.test(after)) || CREDIT_BEFORE.test(before)) return 1;
  // "Washington, D.C.", "Kursk, Russia": a container right after the name decides, or says nothing
  const next = order[position + 1];
  const nextGap = next === undefined ? '' : text.slice(mention.end, (mentions[next] as Mention).start);
  if (next !== undefined && /^\s*,\s*$/.test(nextGap)) {
    const index = (resolutions[next] as Resolution).index;
    const kind = index === null ? null : kindOf(gazetteer, index);
    if (index !== null && kind === 'country' && gazetteer.country[index] === gazetteer.country[pair.city]) return 0;
    if (index !== null && kind === 'region') {
      const inCity = gazetteer.admin1[index] === gazetteer.admin1[pair.city];
      const inRegion = gazetteer.admin1[index] === gazetteer.admin1[pair.region];
      if (inCity !== inRegion) return inCity ? 1 : -1;
      if (inCity) return 0;
    }
  }
  // the neighbours in a list or a route; "X, Name" is a list item only when the list goes on after the name
  const listGoesOn = next !== undefined && COORDINATION.test(nextGap);
  let cue = 0;
  for (const step of [-1, 1]) {
    const o = order[position + step];
    if (o === undefined) continue;
    const other = mentions[o] as Mention;
    const gap = step < 0 ? text.slice(other.end, mention.start) : nextGap;
    if (!COORDINATION.test(gap) || pairs[o] || other.key === mention.key) continue;
    const index = (resolutions[o] as Resolution).index;
    if (index === null || (resolutions[o] as Resolution).approximate) continue;
    const kind = kindOf(gazetteer, index);
    if (kind === 'region' && gazetteer.feature[index] === 'ADM1') {
      if (gazetteer.country[index] === gazetteer.country[pair.region]) cue -= 1;
      continue;
    }
    if (kind !== 'settlement') continue;
    // "Buffalo, New York" (a town of the region, the region after it) vs "Brooklyn, New York"
    if (step < 0 && !listGoesOn && /^\s*,\s*$/.test(gap) && gazetteer.admin1[index] === gazetteer.admin1[pair.region]) {
      const d = distanceKm(gazetteer, index, pair.city);
      cue += d <= CITY_REACH_KM ? 1 : -1;
      continue;
    }
    if ((gazetteer.population[index] ?? 0) >= CITY_POPULATION) cue += 1;
  }
  return Math.sign(cue);
}

/** What the text's other places say: inside the city's reach (+), or in the region far from it (-). */
function placesCue(
  mentions: Mention[],
  resolutions: Resolution[],
  pairs: (Pair | null)[],
  key: string,
  pair: Pair,
  gazetteer: Gazetteer,
): number {
  let score = 0;
  const seen = new Set<number>();
  mentions.forEach((mention, m) => {
    const index = (resolutions[m] as Resolution).index;
    if (
      index === null ||
      mention.key === key ||
      pairs[m] ||
      mention.embedded ||
      (resolutions[m] as Resolution).approximate
    )
      return;
    if (index === pair.city || index === pair.region) return;
    if (seen.has(index)) return;
    seen.add(index);
    const kind = kindOf(gazetteer, index);
    if (kind !== 'settlement' && gazetteer.feature[index] !== 'ADM2') return;
    const d = distanceKm(gazetteer, index, pair.city);
    if (d <= CITY_REACH_KM) score += 1;
    else if (d >= REGION_FAR_KM && gazetteer.admin1[index] === gazetteer.admin1[pair.region]) score -= 1;
  });
  return score;
}

/** Another name of the text lies in this country (or is the country). */
function countryNamed(
  mentions: Mention[],
  resolutions: Resolution[],
  pairs: (Pair | null)[],
  country: string,
  gazetteer: Gazetteer,
): boolean {
  return mentions.some((mention, m) => {
    const index = (resolutions[m] as Resolution).index;
    return index !== null && !pairs[m] && !mention.embedded && gazetteer.country[index] === country;
  });
}

export function decideRegionCityNamesakes(
  text: string,
  mentions: Mention[],
  resolutions: Resolution[],
  gazetteer: Gazetteer,
): void {
  const pairs = mentions.map((mention) => pairOf(mention, gazetteer));
  if (!pairs.some((pair) => pair !== null)) return;
  const order = mentions
    .map((_, m) => m)
    .sort((a, b) => (mentions[a] as Mention).start - (mentions[b] as Mention).start);
  const cues = new Array<number>(mentions.length).fill(0);
  const byKey = new Map<string, number>();
  order.forEach((m, position) => {
    if (!pairs[m]) return;
    const cue = localCue(text, m, order, position, mentions, resolutions, pairs, gazetteer);
    cues[m] = cue;
    const key = (mentions[m] as Mention).key;
    byKey.set(key, (byKey.get(key) ?? 0) + cue);
  });
  const placesByKey = new Map<string, number>();
  mentions.forEach((mention, m) => {
    const pair = pairs[m];
    if (!pair) return;
    const resolution = resolutions[m] as Resolution;
    const current = resolution.index;
    // "Kursk region", "Washington state", "Quebec City": the resolver already read the generic word
    if (current === null || resolution.approximate || mention.generic) return;
    if (current !== pair.city && current !== pair.region) {
      // only a much smaller namesake abroad, not one the text places ("Washington, Tyne and Wear")
      const small =
        kindOf(gazetteer, current) === 'settlement' &&
        gazetteer.country[current] !== gazetteer.country[pair.city] &&
        (gazetteer.population[current] ?? 0) * ABROAD_RATIO < (gazetteer.population[pair.city] ?? 0);
      if (!small || /^\s*,\s*\p{Lu}/u.test(text.slice(mention.end, mention.end + 4))) return;
      if (!countryNamed(mentions, resolutions, pairs, gazetteer.country[pair.city] ?? '', gazetteer)) return;
    }
    let cue = cues[m] as number;
    if (cue === 0) cue = Math.sign(byKey.get(mention.key) ?? 0);
    if (cue === 0) {
      if (!placesByKey.has(mention.key))
        placesByKey.set(mention.key, Math.sign(placesCue(mentions, resolutions, pairs, mention.key, pair, gazetteer)));
      cue = placesByKey.get(mention.key) as number;
    }
    if (cue === 0) {
      if (current === pair.city || current === pair.region) {
        cue = (gazetteer.population[pair.city] ?? 0) >= CITY_SHARE * (gazetteer.population[pair.region] ?? 0) ? 1 : -1;
      } else {
        cue = kindOf(gazetteer, current) === 'settlement' ? 1 : -1;
      }
    }
    const chosen = cue > 0 ? pair.city : pair.region;
    if (chosen !== current) resolutions[m] = { index: chosen, confidence: resolution.confidence, fallback: null };
  });
}
