/** Loaded data and the load status. Set once per load; everything else derives from it. */
import type { StateCreator } from 'zustand';
import type { LoadedData } from '../data/load-data.ts';
import type { AppState } from './app-state.ts';
import { type PreparedData, prepareData } from './prepare-data.ts';

export type LoadStatus =
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'error'; readonly kind: 'missing' | 'invalid'; readonly message: string };

export type DataSlice = PreparedData & {
  load: LoadStatus;
  setLoaded: (data: LoadedData) => void;
  setLoadError: (kind: 'missing' | 'invalid', message: string) => void;
};

export const EMPTY_DATA: PreparedData = {
  claims: [],
  claimById: new Map(),
  articles: new Map(),
  sources: [],
  places: [],
  domain: null,
  rejected: [],
};

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  ...EMPTY_DATA,
  load: { status: 'loading' },
  setLoaded: (data) => set({ ...prepareData(data), load: { status: 'ready' } }),
  setLoadError: (kind, message) => set({ ...EMPTY_DATA, load: { status: 'error', kind, message } }),
});
