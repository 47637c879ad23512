/**
 * Turn the loaded files into what the store keeps: claims in date order (the list's
 * order), look-ups by id, and every source that has claims with its side. O(n log n).
 */

import { dateExtent } from '../../pipeline/filter/date-extent.ts';
import type { DateRange } from '../../pipeline/filter/filter-state.ts';
import type { ArticleIndex, ClaimFeature, Side } from '../../pipeline/schema.ts';
import type { LoadedData } from '../data/load-data.ts';

export type SourceInfo = { readonly name: string; readonly side: Side };
export type ArticleInfo = ArticleIndex[number];

export type PreparedData = {
  claims: readonly ClaimFeature[];
  claimById: ReadonlyMap<string, ClaimFeature>;
  articles: ReadonlyMap<string, ArticleInfo>;
  sources: readonly SourceInfo[];
  places: LoadedData['places'];
  domain: DateRange | null;
  rejected: readonly { file: string; reason: string }[];
};

function byDate(a: ClaimFeature, b: ClaimFeature): number {
  const left = a.properties;
  const right = b.properties;
  if (left.date !== right.date) return left.date < right.date ? -1 : 1;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

export function prepareData(data: LoadedData): PreparedData {
  const claims = [...data.claims.features].sort(byDate);
  const registry = new Map(data.sources.map((source) => [source.name, source.side]));
  const sources = new Map<string, Side>();
  for (const { properties } of claims) {
    if (!sources.has(properties.source)) {
      sources.set(properties.source, registry.get(properties.source) ?? properties.side);
    }
  }
  return {
    claims,
    claimById: new Map(claims.map((claim) => [claim.properties.id, claim])),
    articles: new Map(data.articles.map((article) => [article.id, article])),
    sources: [...sources].map(([name, side]) => ({ name, side })).sort((a, b) => a.name.localeCompare(b.name)),
    places: data.places,
    domain: dateExtent(claims),
    rejected: data.claims.metadata?.rejected ?? [],
  };
}
