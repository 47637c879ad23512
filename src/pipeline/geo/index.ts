/**
 * The geoparser (issue 4): find the places a text names, resolve them to coordinates and
 * say what part each plays. Pure: runs in Node and in the browser; the caller loads the
 * gazetteer (Node: src/node/load-gazetteer.ts; browser: fetch build/gazetteer.bin, then
 * `createGazetteer(decodeGazetteer(bytes))`).
 *
 * @example
 * const gazetteer = await loadGazetteer();
 * geoparse('They were taken prisoner near the village of Komarovka in the Kursk Region.', gazetteer)
 * // => [{text: 'Komarovka', lat: 51.34, lon: 34.8, kind: 'settlement', role: 'event', ...},
 * //     {text: 'Kursk Region', kind: 'region', country: 'RU', ...}]
 */
import type { Toponym } from '../schema.ts';
import { assignRole, governmentSpeaks } from './assign-role.ts';
import { type Gazetteer, kindOf, precisionOf } from './gazetteer.ts';
import { mentionForSpan } from './mention-for-span.ts';
import { decideRegionCityNamesakes } from './namesakes.ts';
import { type Mention, recognizeToponyms } from './recognize-toponyms.ts';
import { type Resolution, resolveMentions } from './resolve-toponyms.ts';

export { clearFoldCache, foldName } from './fold-name.ts';
export type { Gazetteer, GazetteerData, PlaceKind } from './gazetteer.ts';
export { clearLookupCaches, createGazetteer, kindOf, placesForKey, precisionOf } from './gazetteer.ts';
export { lookupPlace, type PlaceRecord } from './lookup-place.ts';

export type GeoparseOptions = {
  /** resolution-only mode: resolve exactly these spans (UTF-16 offsets into text) */
  spans?: { start: number; end: number }[];
  /** also report demonyms ("Russian") as mentions of their country, role 'other' (the benchmarks count them) */
  demonyms?: boolean;
  /**
   * With `spans`: place a given span the gazetteer cannot find at the town the text is about,
   * with confidence 0.1. Off by default: claimmap leaves a name it cannot place unresolved and
   * reports it (issue 4). `bench:geoparse` prints the figures with it on as a separate row.
   */
  unknownSpansAtFocus?: boolean;
};

/**
 * A dateline names a city ("New York: ..."), never the state or region of the same name;
 * the other mentions of that name in the text follow it (one sense per discourse). The city
 * is taken in the region's own country, and a state named after the dateline's town
 * ("HELENA, Mont.") stays the state.
 */
function preferSettlementsInDatelines(
  text: string,
  mentions: Mention[],
  resolutions: Resolution[],
  gazetteer: Gazetteer,
): void {
  mentions.forEach((mention, m) => {
    const resolution = resolutions[m] as Resolution;
    if (resolution.index === null || kindOf(gazetteer, resolution.index) === 'settlement') return;
    if (assignRole(text, mention.start, mention.end, 'settlement') !== 'dateline') return;
    // "HELENA, Mont. (AP)": the name after the comma is the dateline town's state, not a town
    if (/,\s*$/.test(text.slice(Math.max(0, mention.start - 3), mention.start))) return;
    // the town of the region's own country ("NEW YORK" -> New York City, not a namesake abroad)
    const country = gazetteer.country[resolution.index];
    const settlements = mention.candidates.filter(
      (c) => kindOf(gazetteer, c) === 'settlement' && (!country || gazetteer.country[c] === country),
    );
    if (settlements.length === 0) return;
    const city = settlements.reduce((a, b) =>
      (gazetteer.population[b] ?? 0) > (gazetteer.population[a] ?? 0) ? b : a,
    );
    mentions.forEach((other, o) => {
      if (other.key === mention.key)
        resolutions[o] = { index: city, confidence: (resolutions[o] as Resolution).confidence, fallback: null };
    });
  });
}

/** Heads of names of streets, buildings and sites: such a place lies in the town the text is about. */
const FACILITY_HEAD =
  /\b(street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|way|square|plaza|bridge|park|gardens?|hospital|clinic|school|elementary|high|college|university|academy|institute|church|cathedral|basilica|chapel|mosque|temple|synagogue|center|centre|stadium|arena|field|airport|station|hotel|inn|court|courthouse|market|mall|estate|hall|house|library|museum|prison|jail|racecourse|beach|harbou?r|pier|canal|plantation|fields|club|office|embassy|headquarters|building|tower|campus|cemetery|graveyard|quarter|district|neighbou?rhood)\.?$/i;

/**
 * The settlement a text is about: within the country its places lie in most often, and within
 * that country's first-level region its places lie in most often (when that region holds a
 * resolved settlement; a region named outright counts twice), the settlement named most often
 * (ties: the more populous). Names found inside longer names ("Faubourg Marigny") and names
 * written in lower case (not proper names) do not count. Null when no settlement is resolved.
 */
function focusSettlement(mentions: Mention[], resolutions: Resolution[], gazetteer: Gazetteer): number | null {
  const countries = new Map<string, number>();
  const admin1s = new Map<string, number>();
  const counts = new Map<number, number>();
  for (let m = 0; m < resolutions.length; m++) {
    const resolution = resolutions[m] as Resolution;
    const index = resolution.index;
    const mention = mentions[m] as Mention;
    if (index === null || resolution.approximate || mention.embedded || !/^\p{Lu}/u.test(mention.text)) continue;
    const country = gazetteer.country[index] ?? '';
    if (country) countries.set(country, (countries.get(country) ?? 0) + 1);
    const kind = kindOf(gazetteer, index);
    const admin1 = gazetteer.admin1[index] ?? '';
    // a region named outright ("Va.", "Kursk Oblast") says more about the text than one town
    if (admin1 && (kind === 'settlement' || kind === 'region'))
      admin1s.set(admin1, (admin1s.get(admin1) ?? 0) + (kind === 'region' ? 2 : 1));
    if (kind === 'settlement') counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  const mainCountry = argMax(countries);
  const settlementAdmin1 = new Set<string>();
  for (const index of counts.keys())
    if (gazetteer.country[index] === mainCountry) settlementAdmin1.add(gazetteer.admin1[index] ?? '');
  const mainAdmin1 = argMax(
    new Map([...admin1s].filter(([admin1]) => admin1.startsWith(`${mainCountry}.`) && settlementAdmin1.has(admin1))),
  );
  let best: number | null = null;
  let bestCount = 0;
  for (const [index, count] of counts) {
    if (gazetteer.country[index] !== mainCountry) continue;
    if (mainAdmin1 && gazetteer.admin1[index] !== mainAdmin1) continue;
    const better =
      count > bestCount ||
      (count === bestCount && best !== null && (gazetteer.population[index] ?? 0) > (gazetteer.population[best] ?? 0));
    if (better) {
      best = index;
      bestCount = count;
    }
  }
  return best;
}

/** The key with the largest count ('' when none; the first one seen wins a tie). */
function argMax(counts: Map<string, number>): string {
  let bestKey = '';
  let bestCount = 0;
  for (const [key, count] of counts)
    if (count > bestCount) {
      bestKey = key;
      bestCount = count;
    }
  return bestKey;
}

/** A town this big named inside a facility's name is where the facility is ("Oxford University"). */
const NAMESAKE_TOWN_POPULATION = 100_000;

/**
 * What the text says between a name and the place that contains it: "X, Springfield",
 * "X in Springfield", "X in southwest Springfield", "X near Springfield", "the X neighbourhood
 * of Springfield", "the X gas station in Springfield" (a place-type noun between).
 */
const CONTAINER_AFTER =
  /^(?:\s*,\s*|(?:\s+(?:[a-z]+\s+)?(?:area|district|neighbou?rhood|suburb|village|camp|station|store|shop|restaurant|hotel|market|mall|plant|factory|mine|base|site|compound|complex|community|enclave|roundabout|junction))?\s+(?:(?:neighbou?rhood|district|area|suburb|section|part|quarter)\s+of|in|at|near|outside|inside|off|on)\s+(?:the\s+)?(?:(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)?\s+|(?:central|downtown|suburban|greater|rural)\s+)?)$/i;
/** ... or before it: "Springfield's X", "Springfield’s X". */
const CONTAINER_BEFORE = /^['’]s\s+$/;

/**
 * A mention that names no place of its own in the gazetteer (or only a place its name was
 * taken from) and that the text itself puts in a resolved settlement or region ("Kendale
 * Lakes Elementary School in southwest Miami-Dade", "Oulton Park, Cheshire", "London's
 * Heathrow Animal Reception Center", "the Bywater neighbourhood of New Orleans") is placed at
 * that settlement or region: `approximate`, confidence 0.15, kind = the container's precision.
 * Only a container the text names right next to the span counts, never a guess.
 */
function placeAtExplicitContainers(
  text: string,
  mentions: Mention[],
  resolutions: Resolution[],
  gazetteer: Gazetteer,
): void {
  const original = resolutions.slice();
  const byStart = new Map<number, number[]>();
  const byEnd = new Map<number, number[]>();
  mentions.forEach((mention, m) => {
    for (const [map, offset] of [
      [byStart, mention.start],
      [byEnd, mention.end],
    ] as const) {
      const list = map.get(offset);
      if (list) list.push(m);
      else map.set(offset, [m]);
    }
  });
  const containerAt = (m: number): boolean => {
    const resolution = original[m] as Resolution;
    if (resolution.index === null || resolution.approximate || (mentions[m] as Mention).demonym) return false;
    const kind = kindOf(gazetteer, resolution.index);
    return kind === 'settlement' || kind === 'region';
  };
  mentions.forEach((mention, m) => {
    const resolution = resolutions[m] as Resolution;
    if (mention.demonym || !needsContainer(mention, resolution, gazetteer)) return;
    let container: number | null = null;
    // after the span: the first mention within a short gap
    const window = text.slice(mention.end, mention.end + 40);
    const gapEnd = /^[^.;:!?()"“”\n]*/.exec(window)?.[0].length ?? 0;
    for (let offset = 0; offset <= gapEnd && container === null; offset++) {
      const starting = byStart.get(mention.end + offset);
      if (!starting) continue;
      if (!CONTAINER_AFTER.test(text.slice(mention.end, mention.end + offset))) break;
      const found = starting.find((c) => c !== m && containerAt(c));
      if (found !== undefined) container = found;
      else break;
    }
    // before the span: "Springfield's X"
    for (let gap = 1; gap <= 3 && container === null; gap++) {
      const ending = byEnd.get(mention.start - gap);
      if (!ending) continue;
      const between = text.slice(mention.start - gap, mention.start);
      for (const c of ending) {
        const other = mentions[c] as Mention;
        if (c === m || !(CONTAINER_BEFORE.test(between) || (/['’]s$/.test(other.text) && /^\s+$/.test(between))))
          continue;
        if (containerAt(c)) {
          container = c;
          break;
        }
      }
    }
    if (container === null) return;
    resolutions[m] = {
      index: (original[container] as Resolution).index,
      confidence: 0.15,
      fallback: null,
      approximate: true,
    };
  });
}

/**
 * The mentions the two rules above and below may place at a containing town: a name the
 * gazetteer cannot find (an unknown "X County" included), and a street, building or site
 * ("... Street", "... Hospital") whose name merely contains a smaller place's name.
 */
function needsContainer(mention: Mention, resolution: Resolution, gazetteer: Gazetteer): boolean {
  if (resolution.index === null) return true;
  if (!mention.embedded || !FACILITY_HEAD.test(mention.text.trim())) return false;
  const index = resolution.index;
  return !(kindOf(gazetteer, index) === 'settlement' && (gazetteer.population[index] ?? 0) >= NAMESAKE_TOWN_POPULATION);
}

/**
 * A street, building or site the gazetteer does not know ("Royal Street", "Barclays Center")
 * and whose town the text does not name next to it is placed, with a low confidence
 * (`approximate`), at the settlement the text is about; so is one whose name merely contains
 * a small town's or a country's name ("Trump Tower", "Carnegie Library", "British Embassy",
 * "Liverpool Academy": named after a place, not in it). A site named after a first-level
 * region ("Arizona State University", "Iowa House") stays in that region, unless the text's
 * town lies in it.
 */
function placeFacilitiesAtFocus(mentions: Mention[], resolutions: Resolution[], gazetteer: Gazetteer): void {
  let focus: number | null | undefined;
  mentions.forEach((mention, m) => {
    const resolution = resolutions[m] as Resolution;
    if (resolution.fallback !== null || resolution.approximate || mention.demonym) return;
    if (!needsContainer(mention, resolution, gazetteer)) return;
    if (!FACILITY_HEAD.test(mention.text.trim())) return;
    if (focus === undefined) focus = focusSettlement(mentions, resolutions, gazetteer);
    if (focus === null || focus === resolution.index) return;
    const index = resolution.index;
    if (index !== null && gazetteer.feature[index] === 'ADM1' && gazetteer.admin1[index] !== gazetteer.admin1[focus])
      return;
    resolutions[m] = { index: focus, confidence: 0.15, fallback: null, approximate: true };
  });
}

/**
 * Resolution-only mode: a span the caller asserts is a place but the gazetteer cannot find
 * (a neighbourhood, a landmark, a road) is placed, with a very low confidence, at the town the
 * text is about: near the text's other places, never guessed far away. Recognition (no spans)
 * keeps such names unresolved.
 */
function placeGivenUnknownsAtFocus(mentions: Mention[], resolutions: Resolution[], gazetteer: Gazetteer): void {
  let focus: number | null | undefined;
  mentions.forEach((mention, m) => {
    const resolution = resolutions[m] as Resolution;
    if (resolution.index !== null || resolution.fallback !== null || mention.demonym) return;
    if (focus === undefined) focus = focusSettlement(mentions, resolutions, gazetteer);
    if (focus === null) return;
    resolutions[m] = { index: focus, confidence: 0.1, fallback: null, approximate: true };
  });
}

/** A capital or a country: its name may stand for its government ("Moscow has accused ..."). */
function isGovernmentSeat(gazetteer: Gazetteer, index: number): boolean {
  const feature = gazetteer.feature[index];
  return feature === 'PPLC' || feature === 'COUNTRY';
}

/**
 * A name that speaks or decides ("Washington said", "Washington has warned") is a government:
 * when one of its namesakes is a national capital, it is that capital (Washington, D.C., not
 * the state).
 */
function preferCapitalsThatSpeak(
  text: string,
  mentions: Mention[],
  resolutions: Resolution[],
  gazetteer: Gazetteer,
): void {
  mentions.forEach((mention, m) => {
    const resolution = resolutions[m] as Resolution;
    if (resolution.index === null || isGovernmentSeat(gazetteer, resolution.index)) return;
    const capital = mention.candidates.find((c) => gazetteer.feature[c] === 'PPLC');
    if (capital === undefined || !governmentSpeaks(text, mention.start, mention.end)) return;
    resolutions[m] = { index: capital, confidence: resolution.confidence, fallback: null };
  });
}

export function geoparse(text: string, gazetteer: Gazetteer, options: GeoparseOptions = {}): Toponym[] {
  if (typeof text !== 'string') throw new TypeError('geoparse: text must be a string');
  const mentions: Mention[] = options.spans
    ? options.spans
        .filter(
          (span) =>
            Number.isInteger(span.start) &&
            Number.isInteger(span.end) &&
            span.start >= 0 &&
            span.end <= text.length &&
            span.end > span.start,
        )
        .map((span) => mentionForSpan(text, span.start, span.end, gazetteer))
    : recognizeToponyms(text, gazetteer, { demonyms: options.demonyms ?? false });
  const resolutions = resolveMentions(text, mentions, gazetteer);
  preferSettlementsInDatelines(text, mentions, resolutions, gazetteer);
  // "New York": the state or the city, from the words around each mention (after the dateline rule)
  decideRegionCityNamesakes(text, mentions, resolutions, gazetteer);
  placeAtExplicitContainers(text, mentions, resolutions, gazetteer);
  placeFacilitiesAtFocus(mentions, resolutions, gazetteer);
  if (options.spans && options.unknownSpansAtFocus) placeGivenUnknownsAtFocus(mentions, resolutions, gazetteer);
  preferCapitalsThatSpeak(text, mentions, resolutions, gazetteer);
  return mentions.map((mention, m) => {
    const resolution = resolutions[m] as (typeof resolutions)[number];
    const index = resolution.index;
    if (index === null) {
      const fallback = resolution.fallback;
      return {
        start: mention.start,
        end: mention.end,
        text: mention.text,
        lat: fallback ? fallback.lat : null,
        lon: fallback ? fallback.lon : null,
        geonameId: null,
        name: null,
        kind: fallback ? 'region' : null,
        confidence: fallback ? 0.2 : 0,
        role:
          mention.demonym || mention.modifier
            ? 'other'
            : assignRole(text, mention.start, mention.end, fallback ? 'region' : null),
        bbox: null,
        country: fallback ? fallback.country : null,
      } satisfies Toponym;
    }
    const kind = kindOf(gazetteer, index);
    const geonameId = resolution.approximate ? 0 : (gazetteer.geonameId[index] ?? 0);
    return {
      start: mention.start,
      end: mention.end,
      text: mention.text,
      lat: gazetteer.lat[index] as number,
      lon: gazetteer.lon[index] as number,
      geonameId: geonameId === 0 ? null : geonameId,
      name: gazetteer.name[index] ?? null,
      kind: precisionOf(kind),
      confidence: resolution.confidence,
      role:
        mention.demonym || mention.modifier
          ? 'other'
          : assignRole(text, mention.start, mention.end, kind, { government: isGovernmentSeat(gazetteer, index) }),
      bbox: kind === 'settlement' ? null : (gazetteer.bbox[String(index)] ?? null),
      country: gazetteer.country[index] || null,
    } satisfies Toponym;
  });
}
