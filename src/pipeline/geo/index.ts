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

export { foldName } from './fold-name.ts';
export type { Gazetteer, GazetteerData, PlaceKind } from './gazetteer.ts';
export { createGazetteer, kindOf, placesForKey, precisionOf } from './gazetteer.ts';
export { lookupPlace, type PlaceRecord } from './lookup-place.ts';

export type GeoparseOptions = {
  /** resolution-only mode: resolve exactly these spans (UTF-16 offsets into text) */
  spans?: { start: number; end: number }[];
  /** also report demonyms ("Russian") as mentions of their country, role 'other' (the benchmarks count them) */
  demonyms?: boolean;
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
  /\b(street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|way|square|plaza|bridge|park|gardens?|hospital|clinic|school|elementary|high|college|university|academy|institute|church|cathedral|basilica|chapel|mosque|temple|synagogue|center|centre|stadium|arena|field|airport|station|hotel|inn|court|courthouse|market|mall|estate|hall|house|library|museum|prison|jail|racecourse|beach|harbou?r|pier|canal|plantation|club|office|embassy|headquarters|building|tower|campus|cemetery|graveyard|quarter|district|neighbou?rhood)\.?$/i;

/**
 * The settlement a text is about: the one its resolved mentions name most often (ties: the
 * first named). Null when no settlement is resolved.
 */
function focusSettlement(resolutions: Resolution[], gazetteer: Gazetteer): number | null {
  const counts = new Map<number, number>();
  for (const resolution of resolutions) {
    const index = resolution.index;
    if (index === null || kindOf(gazetteer, index) !== 'settlement') continue;
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [index, count] of counts)
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  return best;
}

/**
 * A street, building or site the gazetteer does not know ("Royal Street", "Barclays Center")
 * is placed, with a low confidence, at the settlement the text is about.
 */
function placeFacilitiesAtFocus(mentions: Mention[], resolutions: Resolution[], gazetteer: Gazetteer): void {
  let focus: number | null | undefined;
  mentions.forEach((mention, m) => {
    const resolution = resolutions[m] as Resolution;
    if (resolution.index !== null || resolution.fallback !== null || mention.demonym) return;
    if (!FACILITY_HEAD.test(mention.text.trim())) return;
    if (focus === undefined) focus = focusSettlement(resolutions, gazetteer);
    if (focus === null) return;
    resolutions[m] = { index: focus, confidence: 0.15, fallback: null };
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
