// URL writing waits for the deferred chunk (src/app/url-sync.ts): the changes made before it
// arrives are written in order once it does, a filter change as its own entry, and map moves
// in between replace each other, so a chunk that is slow (or fails) does not pile them up.
import { describe, expect, it, vi } from 'vitest';
import type { Deferred } from '../../src/app/deferred/load-deferred.ts';
import type { AppState } from '../../src/app/store/app-state.ts';

let resolveChunk: (module: Deferred) => void = () => {};
const chunk = new Promise<Deferred>((resolve) => {
  resolveChunk = resolve;
});
let loaded: Deferred | null = null;
vi.mock('../../src/app/deferred/load-deferred.ts', () => ({
  loadDeferred: () => chunk,
  deferredNow: () => loaded,
}));
vi.mock('../../src/app/perf.ts', async (original) => ({
  ...(await original<typeof import('../../src/app/perf.ts')>()),
  afterFirstRender: () => {},
}));

const { startUrlSync } = await import('../../src/app/url-sync.ts');
const { createAppStore } = await import('../../src/app/store/create-app-store.ts');

describe('startUrlSync before the deferred chunk arrives', () => {
  it('keeps the filter change and only the last of the map moves after it', async () => {
    const store = createAppStore();
    const stop = startUrlSync(store, window);
    const writes: Array<{ view: AppState['view']; previousView: AppState['view']; sides: string }> = [];
    store.getState().toggleSide('unknown');
    for (let step = 1; step <= 5; step++) store.getState().setView({ zoom: 5, lat: 50 + step, lon: 30 }, 'map');
    const module = {
      urlWriter: () => ({
        write: (state: AppState, previous: AppState) =>
          writes.push({ view: state.view, previousView: previous.view, sides: state.filters.sides.join(',') }),
        cancel: () => {},
      }),
    } as unknown as Deferred;
    loaded = module;
    resolveChunk(module);
    await chunk;
    await Promise.resolve();
    expect(writes.map((write) => write.view?.lat ?? null)).toEqual([null, 55]);
    // the kept move replaces from where the moves started, so the writer still sees a map move
    expect(writes[1]?.previousView).toBeNull();
    expect(writes[0]?.sides).not.toContain('unknown');
    stop();
  });
});
