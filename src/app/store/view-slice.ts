/**
 * The map view. `viewFrom` tags who changed it: the adapter applies only `app` changes
 * (URL restore), so the map's own moves never loop back (STYLE.md, maputnik `_from`).
 */
import type { StateCreator } from 'zustand';
import type { MapView } from '../../pipeline/url-state/url-state.ts';
import type { AppState } from './app-state.ts';

export type ViewSlice = {
  /** null: fit the data */
  view: MapView | null;
  viewFrom: 'map' | 'app';
  setView: (view: MapView | null, from: 'map' | 'app') => void;
  drawerOpen: boolean;
  setDrawerOpen: (open: boolean) => void;
};

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  view: null,
  viewFrom: 'app',
  setView: (view, from) => {
    const current = get().view;
    const same =
      current === view ||
      (current !== null &&
        view !== null &&
        current.zoom === view.zoom &&
        current.lat === view.lat &&
        current.lon === view.lon);
    if (!same) set({ view, viewFrom: from });
  },
  drawerOpen: false,
  setDrawerOpen: (open) => {
    if (get().drawerOpen !== open) set({ drawerOpen: open });
  },
});
