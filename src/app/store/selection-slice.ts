/**
 * The selected claim (shared by map, list and details), a clicked spot's claims, and
 * the article open in the reader. `selectFrom: 'list'` asks the map to fly there.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './app-state.ts';

export type SelectionSlice = {
  selected: string | null;
  selectFrom: 'map' | 'list' | 'url';
  /** claim ids at a spot the user clicked, to choose from */
  spot: readonly string[] | null;
  /** claim id whose article is open */
  reading: string | null;
  select: (id: string | null, from: 'map' | 'list' | 'url') => void;
  showSpot: (ids: readonly string[] | null) => void;
  setReading: (id: string | null) => void;
};

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selected: null,
  selectFrom: 'url',
  spot: null,
  reading: null,
  select: (id, from) => {
    const state = get();
    if (state.selected === id && state.selectFrom === from && state.spot === null) return;
    set({ selected: id, selectFrom: from, spot: null, reading: null });
  },
  showSpot: (ids) => {
    if (get().spot !== ids) set({ spot: ids });
  },
  setReading: (id) => {
    if (get().reading !== id) set({ reading: id });
  },
});
