/**
 * Turn the loaded data into what the store keeps: the claims table (already in list
 * order), a look-up from claim id to row, every source with claims and its side, and
 * the date extent. O(n).
 */
import type { ClaimTable } from '../../pipeline/filter/claim-table.ts';
import { dateExtent } from '../../pipeline/filter/date-extent.ts';
import type { DateRange } from '../../pipeline/filter/filter-state.ts';
import type { ArticleIndex, Side, Source } from '../../pipeline/schema.ts';
import { SIDES } from '../../pipeline/vocabulary.ts';
import type { DetailSource, LoadedData } from '../data/load-data.ts';

export type SourceInfo = { readonly name: string; readonly side: Side };
export type ArticleInfo = ArticleIndex[number];

export type PreparedData = {
  table: ClaimTable;
  rowById: ReadonlyMap<string, number>;
  details: DetailSource | null;
  articles: ReadonlyMap<string, ArticleInfo>;
  sources: readonly SourceInfo[];
  domain: DateRange | null;
  rejected: readonly { file: string; reason: string }[];
};

export const EMPTY_TABLE: ClaimTable = {
  count: 0,
  ids: [],
  sources: [],
  articles: [],
  locations: [],
  article: new Int32Array(0),
  source: new Int32Array(0),
  side: new Uint8Array(0),
  event: new Uint8Array(0),
  day: new Int32Array(0),
  dayEnd: new Int32Array(0),
  hasEnd: new Uint8Array(0),
  location: new Int32Array(0),
  countValue: new Float64Array(0),
  rejected: [],
};

/** Each source with claims, with its registry side, else the side of its first claim. */
export function sourceInfos(table: ClaimTable, registry: readonly Source[]): SourceInfo[] {
  const sides = new Map(registry.map((source) => [source.name, source.side]));
  const first = new Int32Array(table.sources.length).fill(-1);
  for (let row = 0; row < table.count; row += 1) {
    const source = table.source[row] ?? 0;
    if (first[source] === -1) first[source] = row;
  }
  return table.sources
    .map((name, index) => ({
      name,
      side: sides.get(name) ?? SIDES[table.side[first[index] ?? 0] ?? 3] ?? 'unknown',
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function prepareData(data: LoadedData): PreparedData {
  const { table } = data;
  return {
    table,
    rowById: new Map(table.ids.map((id, row) => [id, row])),
    details: data.details,
    articles: new Map(),
    sources: sourceInfos(table, []),
    domain: dateExtent(table),
    rejected: table.rejected,
  };
}
