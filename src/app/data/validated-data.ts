/**
 * Everything the viewer parses with zod, in one chunk loaded on demand so zod is not
 * part of the JavaScript before the first render (issue 8 item 3): claims.geojson when
 * there is no table, full claims for details, articles, sources and article texts.
 */
// First: schemas must be built without eval (see configure-zod.ts).
import '../configure-zod.ts';
import { z } from 'zod';
import { detailChunk, tableFromFeatures } from '../../pipeline/filter/claim-table.ts';
import {
  type ClaimFeature,
  zArticleIndex,
  zClaimCollection,
  zClaimFeature,
  zSourceRegistry,
} from '../../pipeline/schema.ts';
import { DATA_FILES } from './data-files.ts';
import { fetchJson } from './fetch-json.ts';
import type { Extras, LoadResult } from './load-data.ts';

export const chunkOf = detailChunk;

export async function loadClaimsGeojson(fetchImpl: typeof fetch): Promise<LoadResult> {
  const claims = await fetchJson(DATA_FILES.claims, zClaimCollection, fetchImpl);
  if (!claims.ok) {
    return { ok: false, kind: claims.kind, message: `The claims file ${DATA_FILES.claims} ${claims.reason}.` };
  }
  const { table, sorted } = tableFromFeatures(claims.value.features, claims.value.metadata?.rejected ?? []);
  const details = { peek: (row: number) => sorted[row], load: async (row: number) => sorted[row] as ClaimFeature };
  return { ok: true, data: { table, details } };
}

export async function loadDetailChunk(chunk: number, fetchImpl: typeof fetch): Promise<ClaimFeature[]> {
  const result = await fetchJson(DATA_FILES.detail(chunk), z.array(zClaimFeature), fetchImpl);
  if (!result.ok) throw new Error(`The claim details ${DATA_FILES.detail(chunk)} ${result.reason}.`);
  return result.value;
}

export async function loadExtras(fetchImpl: typeof fetch): Promise<Extras> {
  const [articles, sources] = await Promise.all([
    fetchJson(DATA_FILES.articles, zArticleIndex, fetchImpl),
    fetchJson(DATA_FILES.sources, zSourceRegistry, fetchImpl),
  ]);
  return { articles: articles.ok ? articles.value : [], sources: sources.ok ? sources.value : [] };
}

const zArticleText = z.object({ id: z.string(), text: z.string() });

export async function loadArticleText(
  id: string,
  fetchImpl: typeof fetch,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const result = await fetchJson(DATA_FILES.articleText(id), zArticleText, fetchImpl);
  return result.ok
    ? { ok: true, text: result.value.text }
    : { ok: false, message: `The article text ${result.reason}.` };
}
