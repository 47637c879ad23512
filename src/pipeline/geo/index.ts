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
import { assignRole } from './assign-role.ts';
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
        role: mention.demonym ? 'other' : assignRole(text, mention.start, mention.end, fallback ? 'region' : null),
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
      role: mention.demonym ? 'other' : assignRole(text, mention.start, mention.end, kind),
      bbox: kind === 'settlement' ? null : (gazetteer.bbox[String(index)] ?? null),
      country: gazetteer.country[index] || null,
    } satisfies Toponym;
  });
}
