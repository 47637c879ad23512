/**
 * The code the first frame with claims does not need (issue 8: JavaScript before the first
 * render), in one chunk (deferred.ts): a claim's details and a spot's list, the article
 * reader, the map's tooltip, pointer hits, flights and its labels and badges, playback and
 * writing the URL. App fetches it once that frame is drawn, so what the user then does
 * finds it here and renders at once, as before; what needs it earlier (a claim in the
 * URL, a click while the data loads) fetches it then. A failed fetch is tried again the
 * next time something needs it.
 */
import { useEffect, useSyncExternalStore } from 'react';

export type Deferred = typeof import('./deferred.ts');
export type DeferredState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly module: Deferred }
  | { readonly status: 'error'; readonly message: string };

let state: DeferredState = { status: 'loading' };
let pending: Promise<Deferred> | null = null;
const listeners = new Set<() => void>();

function update(next: DeferredState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Fetch the chunk (once; again after a failure). */
export function loadDeferred(): Promise<Deferred> {
  if (pending) return pending;
  // a retry after a failure: loading again, not the old error
  if (state.status === 'error') update({ status: 'loading' });
  pending = import('./deferred.ts').then(
    (module) => {
      update({ status: 'ready', module });
      return module;
    },
    (error: unknown) => {
      pending = null;
      update({ status: 'error', message: String(error) });
      throw error;
    },
  );
  return pending;
}

/** The module if it is already here. */
export function deferredNow(): Deferred | null {
  return state.status === 'ready' ? state.module : null;
}

/** Call `callback` once the module is here (now, if it is), without asking for it. */
export function whenDeferred(callback: (module: Deferred) => void): void {
  if (state.status === 'ready') {
    callback(state.module);
    return;
  }
  const listener = () => {
    if (state.status !== 'ready') return;
    listeners.delete(listener);
    callback(state.module);
  };
  listeners.add(listener);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The chunk's state. `need`, when truthy (a selected claim, an open article…), fetches it
 * if it is not here; after a failure, the next value tries again.
 */
export function useDeferred(need: unknown): DeferredState {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (need && deferredNow() === null) loadDeferred().catch(() => {});
  }, [need]);
  return current;
}
