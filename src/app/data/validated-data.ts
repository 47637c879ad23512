/**
 * Everything the viewer parses with zod, in one chunk loaded on demand so zod is not
 * part of the JavaScript before the first render (issue 8 item 3): claims.geojson when
 * there is no table, full claims for details, articles, sources and article texts.
 */
// First: schemas must be built without eval (see configure-zod.ts).
import '../configure-zod.ts';
import { z } from 'zod';
import { tableFromFeatures } from '../../pipeline/filter/build-claim-table.ts';
import { detailChunk } from '../../pipeline/filter/claim-table.ts';
import { textChunkOf, textChunkPath } from '../../pipeline/output/article-texts.ts';
import {
  type ClaimFeature,
  zArticleIndex,
  zClaimCollection,
  zClaimFeature,
  zSourceRegistry,
} from '../../pipeline/schema.ts';
import { DATA_FILES } from './data-files.ts';
import { type FetchResult, fetchJsonValue } from './fetch-json.ts';
import type { DetailChunks, Extras, LoadResult } from './load-data.ts';

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the expected format';
  const path = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return `${issue.message}${path}`;
}

/** Fetch a JSON file and parse it with a zod schema; failures are values (fetch-json.ts). */
export async function fetchJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchResult<z.infer<Schema>>> {
  const raw = await fetchJsonValue(url, fetchImpl);
  if (!raw.ok) return raw;
  const parsed = schema.safeParse(raw.value);
  if (!parsed.success) return { ok: false, kind: 'invalid', reason: describeIssue(parsed.error) };
  return { ok: true, value: parsed.data };
}

export async function loadClaimsGeojson(fetchImpl: typeof fetch): Promise<LoadResult> {
  const claims = await fetchJson(DATA_FILES.claims, zClaimCollection, fetchImpl);
  if (!claims.ok) {
    return { ok: false, kind: claims.kind, message: `The claims file ${DATA_FILES.claims} ${claims.reason}.` };
  }
  const { table, sorted } = tableFromFeatures(claims.value.features, claims.value.metadata?.rejected ?? []);
  const details = { peek: (row: number) => sorted[row], load: async (row: number) => sorted[row] as ClaimFeature };
  return { ok: true, data: { table, details } };
}

async function loadDetailChunk(chunk: number, fetchImpl: typeof fetch): Promise<ClaimFeature[]> {
  const result = await fetchJson(DATA_FILES.detail(chunk), z.array(zClaimFeature), fetchImpl);
  if (!result.ok) throw new Error(`The claim details ${DATA_FILES.detail(chunk)} ${result.reason}.`);
  return result.value;
}

/**
 * A table row's full claim from its detail chunk, each chunk fetched once (a failed one
 * again next time); checked against the table's id for that row.
 */
export async function loadDetail(
  row: number,
  ids: readonly string[],
  chunks: DetailChunks,
  fetchImpl: typeof fetch,
): Promise<ClaimFeature> {
  const { chunk, offset } = detailChunk(row);
  let pending = chunks.pending.get(chunk);
  if (!pending) {
    pending = loadDetailChunk(chunk, fetchImpl);
    chunks.pending.set(chunk, pending);
    pending.then((features) => chunks.loaded.set(chunk, features)).catch(() => chunks.pending.delete(chunk));
  }
  const feature = (await pending)[offset];
  if (!feature || feature.properties.id !== ids[row]) {
    throw new Error(`${DATA_FILES.detail(chunk)} does not match ${DATA_FILES.table}`);
  }
  return feature;
}

export async function loadExtras(fetchImpl: typeof fetch): Promise<Extras> {
  const [articles, sources] = await Promise.all([
    fetchJson(DATA_FILES.articles, zArticleIndex, fetchImpl),
    fetchJson(DATA_FILES.sources, zSourceRegistry, fetchImpl),
  ]);
  return { articles: articles.ok ? articles.value : [], sources: sources.ok ? sources.value : [] };
}

/** article-texts/<k>.json: the texts of the articles whose ids fall in chunk k (src/pipeline/output/article-texts.ts) */
const zArticleTexts = z.array(z.object({ id: z.string(), text: z.string() }));

export async function loadArticleText(
  id: string,
  fetchImpl: typeof fetch,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const file = textChunkPath(textChunkOf(id));
  const result = await fetchJson(file, zArticleTexts, fetchImpl);
  if (!result.ok) return { ok: false, message: `The article text ${result.reason}.` };
  const found = result.value.find((article) => article.id === id);
  return found ? { ok: true, text: found.text } : { ok: false, message: `The article text is not in ${file}.` };
}
