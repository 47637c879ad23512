/**
 * Build the claims' column table (claim-table.ts) from claims: build:data writes it as
 * claims.table.json, and the viewer builds one when it is given claims.geojson alone.
 * O(n log n): the claims are sorted into table order (by date, then id).
 *
 * @example
 * const { table } = tableFromFeatures(collection.features); table.count // collection.features.length
 */
import type { ClaimFeature } from '../schema.ts';
import { EVENTS, PRECISIONS, SIDES } from '../vocabulary.ts';
import { CLAIM_TABLE_FORMAT, type ClaimTable, type ClaimTableFile, readClaimTable } from './claim-table.ts';
import { isoToDay } from './iso-day.ts';

function compareFeatures(a: ClaimFeature, b: ClaimFeature): number {
  const x = a.properties;
  const y = b.properties;
  if (x.date !== y.date) return x.date < y.date ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Claims in table order: by date, then id. */
export function sortForTable(features: readonly ClaimFeature[]): ClaimFeature[] {
  return [...features].sort(compareFeatures);
}

function indexer(): { index: (key: string) => number; keys: string[] } {
  const positions = new Map<string, number>();
  const keys: string[] = [];
  return {
    keys,
    index: (key) => {
      let position = positions.get(key);
      if (position === undefined) {
        position = keys.length;
        positions.set(key, position);
        keys.push(key);
      }
      return position;
    },
  };
}

/** The JSON table of claims already in table order (see sortForTable). */
export function buildClaimTable(
  sorted: readonly ClaimFeature[],
  rejected: readonly { file: string; reason: string }[] = [],
): ClaimTableFile {
  const sources = indexer();
  const articles = indexer();
  const locationKeys = indexer();
  const locations: ClaimTableFile['locations'] = [];
  const file: ClaimTableFile = {
    format: CLAIM_TABLE_FORMAT,
    rejected: rejected.map(({ file, reason }) => ({ file, reason })),
    sources: sources.keys,
    articles: articles.keys,
    locations,
    ids: [],
    article: [],
    source: [],
    side: [],
    event: [],
    dayDelta: [],
    span: [],
    location: [],
    count: [],
  };
  let previousDay = 0;
  for (const { geometry, properties: claim } of sorted) {
    const day = isoToDay(claim.date);
    file.ids.push(claim.id);
    file.article.push(articles.index(claim.article));
    file.source.push(sources.index(claim.source));
    file.side.push(SIDES.indexOf(claim.side));
    file.event.push(EVENTS.indexOf(claim.event));
    file.dayDelta.push(day - previousDay);
    previousDay = day;
    file.span.push(claim.dateEnd === null ? -1 : isoToDay(claim.dateEnd) - day);
    file.count.push(claim.count);
    if (geometry === null) {
      file.location.push(-1);
      continue;
    }
    const [lon, lat] = geometry.coordinates;
    const precision = claim.placePrecision === null ? -1 : PRECISIONS.indexOf(claim.placePrecision);
    const bbox = claim.placePrecision === 'region' ? claim.placeBbox : null;
    const key = JSON.stringify([claim.place, lon, lat, precision, bbox]);
    const index = locationKeys.index(key);
    if (index === locations.length) locations.push([claim.place, lon, lat, precision, bbox]);
    file.location.push(index);
  }
  return file;
}

/** The table of some claims, in table order (the viewer's path for claims.geojson). */
export function tableFromFeatures(
  features: readonly ClaimFeature[],
  rejected: readonly { file: string; reason: string }[] = [],
): { table: ClaimTable; sorted: ClaimFeature[] } {
  const sorted = sortForTable(features);
  const result = readClaimTable(buildClaimTable(sorted, rejected));
  if (!result.ok) throw new Error(`bug: a table built from claims did not read back: ${result.reason}`);
  return { table: result.table, sorted };
}
