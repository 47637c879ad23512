/**
 * Keeps the URL and the store in step (issue 6 item 6). Filters and selection changes
 * push a history entry (so Back undoes them); map moves and date-range changes replace
 * the current one (dragging or playback would flood history). Back/forward apply the
 * parsed state with `from: 'app'`, so the map jumps without echoing the move back.
 * Parameters this module does not own (`style`) are kept. Replacements are written at most
 * every REPLACE_MS, with the latest state: history.replaceState costs several ms per call
 * in Chromium, in the very task of each date-slider step (issue 8).
 */

import { parseUrlState } from '../pipeline/url-state/parse-url-state.ts';
import { serializeUrlState } from '../pipeline/url-state/serialize-url-state.ts';
import type { UrlState } from '../pipeline/url-state/url-state.ts';
import type { AppState } from './store/app-state.ts';
import type { AppStore } from './store/create-app-store.ts';
import { sameFilters } from './store/filters-slice.ts';

const FOREIGN_PARAMS = ['style'];
/** A replaced URL (range drag, map move) trails the state by at most this much. */
export const REPLACE_MS = 100;

function toUrlState(state: AppState): UrlState {
  return { filters: state.filters, selected: state.selected, view: state.view };
}

export function applyUrlState(store: AppStore, url: UrlState): void {
  const state = store.getState();
  state.setFilters(url.filters);
  state.select(url.selected, 'url');
  state.setView(url.view, 'app');
}

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

/** Starts syncing; returns the function that stops it. */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let applying = false;
  let pending: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
  };
  const urlOf = (state: AppState): string | null => {
    const query = withForeign(serializeUrlState(toUrlState(state)), win.location.search);
    return query === win.location.search ? null : `${win.location.pathname}${query}${win.location.hash}`;
  };
  const write = (state: AppState, previous: AppState) => {
    if (applying) return;
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
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.selected !== previous.selected || state.view !== previous.view) {
      write(state, previous);
    }
  });
  const onPopState = () => {
    cancel();
    applying = true;
    try {
      applyUrlState(store, parseUrlState(win.location.search));
    } finally {
      applying = false;
    }
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    cancel();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
