/**
 * Look a place name up without any text around it: for callers that have a name but no
 * article (the claims extractor's place field, the viewer's search box).
 *
 * Candidates are ranked by the same prior as in a text (kind, population, rank); pass
 * `country` (ISO2) to prefer places in one country.
 *
 * @example
 * lookupPlace(gazetteer, 'Kharkov')[0] // {name: 'Kharkiv', kind: 'settlement', country: 'UA', ...}
 */
import type { Precision } from '../schema.ts';
import { type Gazetteer, kindOf, precisionOf } from './gazetteer.ts';
import { mentionForSpan } from './mention-for-span.ts';
import { resolveMentions } from './resolve-toponyms.ts';

export type PlaceRecord = {
  index: number;
  name: string;
  lat: number;
  lon: number;
  geonameId: number | null;
  kind: Precision;
  country: string | null;
  admin1: string | null;
  population: number;
  bbox: [number, number, number, number] | null;
};

export function toPlaceRecord(gazetteer: Gazetteer, index: number): PlaceRecord {
  const kind = kindOf(gazetteer, index);
  const geonameId = gazetteer.geonameId[index] ?? 0;
  return {
    index,
    name: gazetteer.name[index] ?? '',
    lat: gazetteer.lat[index] as number,
    lon: gazetteer.lon[index] as number,
    geonameId: geonameId === 0 ? null : geonameId,
    kind: precisionOf(kind),
    country: gazetteer.country[index] || null,
    admin1: gazetteer.admin1[index] || null,
    population: gazetteer.population[index] ?? 0,
    bbox: kind === 'settlement' ? null : (gazetteer.bbox[String(index)] ?? null),
  };
}

/** All places bearing `name`, best first (empty when the gazetteer does not know it). */
export function lookupPlace(gazetteer: Gazetteer, name: string, options: { country?: string } = {}): PlaceRecord[] {
  const mention = mentionForSpan(name, 0, name.length, gazetteer);
  const [resolution] = resolveMentions(name, [mention], gazetteer);
  const first = resolution?.index ?? null;
  const rest = mention.candidates
    .filter((c) => c !== first)
    .sort((a, b) => (gazetteer.population[b] ?? 0) - (gazetteer.population[a] ?? 0));
  let ranked = first === null ? rest : [first, ...rest];
  if (options.country) {
    const inCountry = ranked.filter((c) => gazetteer.country[c] === options.country);
    ranked = [...inCountry, ...ranked.filter((c) => gazetteer.country[c] !== options.country)];
  }
  return ranked.map((index) => toPlaceRecord(gazetteer, index));
}
