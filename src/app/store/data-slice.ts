/** Loaded data and the load status. Set once per load; everything else derives from it. */
import type { StateCreator } from 'zustand';
import type { Extras, LoadedData } from '../data/load-data.ts';
import type { AppState } from './app-state.ts';
import { EMPTY_TABLE, type PreparedData, prepareData, sourceInfos } from './prepare-data.ts';

export type LoadStatus =
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'error'; readonly kind: 'missing' | 'invalid'; readonly message: string };

export type DataSlice = PreparedData & {
  load: LoadStatus;
  setLoaded: (data: LoadedData) => void;
  /** articles and the source registry, which arrive after the first render */
  setExtras: (extras: Extras) => void;
  setLoadError: (kind: 'missing' | 'invalid', message: string) => void;
};

export const EMPTY_DATA: PreparedData = {
  table: EMPTY_TABLE,
  rowById: new Map(),
  details: null,
  articles: new Map(),
  sources: [],
  domain: null,
  rejected: [],
};

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  ...EMPTY_DATA,
  load: { status: 'loading' },
  setLoaded: (data) => set({ ...prepareData(data), load: { status: 'ready' } }),
  setExtras: ({ articles, sources }) =>
    set({
      articles: new Map(articles.map((article) => [article.id, article])),
      sources: sourceInfos(get().table, sources),
    }),
  setLoadError: (kind, message) => set({ ...EMPTY_DATA, load: { status: 'error', kind, message } }),
});
