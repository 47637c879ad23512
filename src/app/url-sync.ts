/**
 * Keeps the URL and the store in step (issue 6 item 6): the URL is read at start and on
 * back/forward, which apply the parsed state with `from: 'app'`, so the map jumps without
 * echoing the move back; changes are written by url-write.ts. That writer is in the
 * deferred chunk, fetched after the first render (or as soon as a filter or the selection
 * changes): changes before it is here (the map's first fit, a click while the data loads)
 * wait for it and are written in order.
 */

import { parseUrlState } from '../pipeline/url-state/parse-url-state.ts';
import type { UrlState } from '../pipeline/url-state/url-state.ts';
import { type Deferred, deferredNow, loadDeferred } from './deferred/load-deferred.ts';
import { afterFirstRender } from './perf.ts';
import type { AppState } from './store/app-state.ts';
import type { AppStore } from './store/create-app-store.ts';
import type { UrlWriter } from './url-write.ts';

export function applyUrlState(store: AppStore, url: UrlState): void {
  const state = store.getState();
  state.setFilters(url.filters);
  state.select(url.selected, 'url');
  state.setView(url.view, 'app');
}

/** Starts syncing; returns the function that stops it. */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let applying = false;
  let stopped = false;
  let writer: UrlWriter | null = null;
  const waiting: [AppState, AppState][] = [];
  const start = ({ urlWriter }: Deferred) => {
    if (stopped || writer) return;
    writer = urlWriter(store, win);
    for (const [state, previous] of waiting.splice(0)) writer.write(state, previous);
  };
  const load = () => loadDeferred().then(start, () => {});
  const unsubscribe = store.subscribe((state, previous) => {
    if (applying) return;
    const filtersOrSelection = state.filters !== previous.filters || state.selected !== previous.selected;
    if (!filtersOrSelection && state.view === previous.view) return;
    const ready = deferredNow();
    if (ready) start(ready);
    if (writer) {
      writer.write(state, previous);
      return;
    }
    // map moves while the chunk is on its way replace each other (each only replaces the URL)
    const last = waiting.at(-1);
    if (!filtersOrSelection && last && last[0].filters === last[1].filters && last[0].selected === last[1].selected)
      last[0] = state;
    else waiting.push([state, previous]);
    if (filtersOrSelection) void load();
  });
  afterFirstRender(() => void load());
  const onPopState = () => {
    writer?.cancel();
    waiting.length = 0;
    applying = true;
    try {
      applyUrlState(store, parseUrlState(win.location.search));
    } finally {
      applying = false;
    }
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    stopped = true;
    writer?.cancel();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
