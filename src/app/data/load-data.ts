/**
 * Load everything the viewer needs at start, each file parsed once with its zod schema
 * (STYLE.md "Parse with zod once at each boundary"). Only the claims file is required;
 * places, articles and sources improve the view and are skipped when absent.
 */
import {
  type ArticleIndex,
  type ClaimCollection,
  type PlaceFeature,
  type Source,
  zArticleIndex,
  zClaimCollection,
  zPlaceCollection,
  zSourceRegistry,
} from '../../pipeline/schema.ts';
import { DATA_FILES } from './data-files.ts';
import { fetchJson } from './fetch-json.ts';

export type LoadedData = {
  claims: ClaimCollection;
  places: PlaceFeature[];
  articles: ArticleIndex;
  sources: Source[];
};

export type LoadResult = { ok: true; data: LoadedData } | { ok: false; kind: 'missing' | 'invalid'; message: string };

export async function loadData(fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  const [claims, places, articles, sources] = await Promise.all([
    fetchJson(DATA_FILES.claims, zClaimCollection, fetchImpl),
    fetchJson(DATA_FILES.places, zPlaceCollection, fetchImpl),
    fetchJson(DATA_FILES.articles, zArticleIndex, fetchImpl),
    fetchJson(DATA_FILES.sources, zSourceRegistry, fetchImpl),
  ]);
  if (!claims.ok) {
    return { ok: false, kind: claims.kind, message: `The claims file ${DATA_FILES.claims} ${claims.reason}.` };
  }
  return {
    ok: true,
    data: {
      claims: claims.value,
      places: places.ok ? places.value.features : [],
      articles: articles.ok ? articles.value : [],
      sources: sources.ok ? sources.value : [],
    },
  };
}
