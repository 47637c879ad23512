/**
 * One bound store from the slices (zustand slices pattern). A factory, so each app
 * instance and each test gets a fresh store.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState } from './app-state.ts';
import { createDataSlice } from './data-slice.ts';
import { createFiltersSlice } from './filters-slice.ts';
import { createPlaybackSlice } from './playback-slice.ts';
import { createSelectionSlice } from './selection-slice.ts';
import { createViewSlice } from './view-slice.ts';

export type AppStore = StoreApi<AppState>;

export function createAppStore(): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createDataSlice(...args),
    ...createFiltersSlice(...args),
    ...createViewSlice(...args),
    ...createSelectionSlice(...args),
    ...createPlaybackSlice(...args),
  }));
}
