/**
 * The geoparser (issue 4): find the places a text names, resolve them to coordinates and
 * say what part each plays. Pure: runs in Node and in the browser; the caller loads the
 * gazetteer (Node: src/node/load-gazetteer.ts; browser: fetch build/gazetteer.json and
 * call `createGazetteer`).
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
 * the other mentions of that name in the text follow it (one sense per discourse).
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
    const settlements = mention.candidates.filter((c) => kindOf(gazetteer, c) === 'settlement');
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
 * The settlement a text is about: among the settlements of the country its places lie in most
 * often, the one named most often (ties: the more populous). Names found inside longer names
 * ("Faubourg Marigny") do not count. Null when no settlement is resolved.
 */
function focusSettlement(mentions: Mention[], resolutions: Resolution[], gazetteer: Gazetteer): number | null {
  const countries = new Map<string, number>();
  const counts = new Map<number, number>();
  for (let m = 0; m < resolutions.length; m++) {
    const index = (resolutions[m] as Resolution).index;
    if (index === null || (mentions[m] as Mention).embedded) continue;
    const country = gazetteer.country[index] ?? '';
    if (country) countries.set(country, (countries.get(country) ?? 0) + 1);
    if (kindOf(gazetteer, index) === 'settlement') counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  let mainCountry = '';
  let mainCount = 0;
  for (const [country, count] of countries)
    if (count > mainCount) {
      mainCountry = country;
      mainCount = count;
    }
  let best: number | null = null;
  let bestCount = 0;
  for (const [index, count] of counts) {
    if (gazetteer.country[index] !== mainCountry) continue;
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

/** A town this big named inside a facility's name is where the facility is ("Oxford University"). */
const NAMESAKE_TOWN_POPULATION = 100_000;

/**
 * A street, building or site the gazetteer does not know ("Royal Street", "Barclays Center")
 * is placed, with a low confidence, at the settlement the text is about; so is one whose name
 * merely contains a small town's or an area's name ("Trump Tower", "Carnegie Library",
 * "British Embassy", "Liverpool Academy": named after a place, not in it).
 */
function placeFacilitiesAtFocus(mentions: Mention[], resolutions: Resolution[], gazetteer: Gazetteer): void {
  let focus: number | null | undefined;
  mentions.forEach((mention, m) => {
    const resolution = resolutions[m] as Resolution;
    if (resolution.fallback !== null || mention.demonym) return;
    if (resolution.index !== null) {
      if (!mention.embedded) return;
      const kind = kindOf(gazetteer, resolution.index);
      if (kind === 'settlement' && (gazetteer.population[resolution.index] ?? 0) >= NAMESAKE_TOWN_POPULATION) return;
    }
    if (!FACILITY_HEAD.test(mention.text.trim())) return;
    if (focus === undefined) focus = focusSettlement(mentions, resolutions, gazetteer);
    if (focus === null || focus === resolution.index) return;
    resolutions[m] = { index: focus, confidence: 0.15, fallback: null };
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
    resolutions[m] = { index: focus, confidence: 0.1, fallback: null };
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
    const geonameId = gazetteer.geonameId[index] ?? 0;
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
