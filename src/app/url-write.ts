/**
 * Writes the store's state to the URL (issue 6 item 6), for url-sync.ts. Filters and
 * selection changes push a history entry (so Back undoes them); map moves and date-range
 * changes replace the current one (dragging or playback would flood history). Parameters
 * this module does not own (`style`) are kept. Replacements are written at most every
 * REPLACE_MS, with the latest state: history.replaceState costs several ms per call in
 * Chromium, in the very task of each date-slider step (issue 8).
 * In the deferred chunk (deferred/load-deferred.ts), fetched after the first render.
 */
import { serializeUrlState } from '../pipeline/url-state/serialize-url-state.ts';
import type { AppState } from './store/app-state.ts';
import type { AppStore } from './store/create-app-store.ts';
import { sameFilters } from './store/filters-slice.ts';

const FOREIGN_PARAMS = ['style'];
/** A replaced URL (range drag, map move) trails the state by at most this much. */
export const REPLACE_MS = 100;

export type UrlWriter = {
  /** the store changed from `previous` to `state` */
  write(state: AppState, previous: AppState): void;
  /** drop a pending replacement */
  cancel(): void;
};

function withForeign(query: string, search: string): string {
  const kept = new URLSearchParams(search);
  const params = new URLSearchParams(query);
  for (const name of FOREIGN_PARAMS) {
    const value = kept.get(name);
    if (value !== null) params.set(name, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function urlWriter(store: AppStore, win: Window): UrlWriter {
  let pending: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
  };
  const urlOf = (state: AppState): string | null => {
    const { filters, selected, view } = state;
    const query = withForeign(serializeUrlState({ filters, selected, view }), win.location.search);
    return query === win.location.search ? null : `${win.location.pathname}${query}${win.location.hash}`;
  };
  const write = (state: AppState, previous: AppState) => {
    const discrete =
      (state.selected !== previous.selected && state.selectFrom !== 'url') ||
      !sameFilters({ ...state.filters, range: null }, { ...previous.filters, range: null });
    if (discrete) {
      // A history entry holds the whole current state: a pending replacement is in it.
      cancel();
      const url = urlOf(state);
      if (url !== null) win.history.pushState(null, '', url);
      return;
    }
    pending ??= setTimeout(() => {
      pending = null;
      const url = urlOf(store.getState());
      if (url !== null) win.history.replaceState(null, '', url);
    }, REPLACE_MS);
  };
  return { write, cancel };
}
