/**
 * Load what the first frame needs: the claims table (claims.table.json, checked by hand,
 * no zod), or, when there is none, claims.geojson through the zod-validating chunk
 * (validated-data.ts, loaded on demand). Articles and sources come after the first
 * render (loadExtras), and full claims when one is opened (details).
 */
import { type ClaimTable, readClaimTable } from '../../pipeline/filter/claim-table.ts';
import type { ArticleIndex, ClaimFeature, Source } from '../../pipeline/schema.ts';
import { DATA_FILES } from './data-files.ts';
import { fetchJsonValue } from './fetch-json.ts';

/** Where a row's full claim comes from: in memory (geojson), or chunk files (table). */
export type DetailSource = {
  /** the claim if it is already here */
  peek(row: number): ClaimFeature | undefined;
  load(row: number): Promise<ClaimFeature>;
};

/** Detail chunks by number: being fetched, and fetched (what `peek` reads). */
export type DetailChunks = { pending: Map<number, Promise<ClaimFeature[]>>; loaded: Map<number, ClaimFeature[]> };

export type LoadedData = { table: ClaimTable; details: DetailSource };
export type Extras = { articles: ArticleIndex; sources: Source[] };

export type LoadResult = { ok: true; data: LoadedData } | { ok: false; kind: 'missing' | 'invalid'; message: string };

const validated = () => import('./validated-data.ts');

export async function loadData(fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  const raw = await fetchJsonValue(DATA_FILES.table, fetchImpl);
  if (!raw.ok && raw.kind === 'missing') return (await validated()).loadClaimsGeojson(fetchImpl);
  const read = raw.ok ? readClaimTable(raw.value) : { ok: false as const, reason: raw.reason };
  if (!read.ok) {
    return { ok: false, kind: 'invalid', message: `The claims file ${DATA_FILES.table} ${read.reason}.` };
  }
  const chunks: DetailChunks = { pending: new Map(), loaded: new Map() };
  const details: DetailSource = {
    peek: (row) => chunks.loaded.get(Math.floor(row / 1000))?.[row % 1000],
    load: async (row) => (await validated()).loadDetail(row, read.table.ids, chunks, fetchImpl),
  };
  return { ok: true, data: { table: read.table, details } };
}

/** Articles and the source registry: optional, after the first render. */
export async function loadExtras(fetchImpl: typeof fetch = fetch): Promise<Extras> {
  return (await validated()).loadExtras(fetchImpl);
}
