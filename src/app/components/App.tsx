/**
 * The viewer's shell: loads the data, keeps the URL in step, and lays out the filters,
 * the map, the timeline, the details and the list. The map adapter is passed in, so
 * jsdom tests run the whole app against a fake (issue 3 item 5).
 */
import { useEffect, useState } from 'react';
import { parseUrlState } from '../../pipeline/url-state/parse-url-state.ts';
import { loadData, loadExtras } from '../data/load-data.ts';
import { loadDeferred, useDeferred } from '../deferred/load-deferred.ts';
import type { CreateMapAdapter } from '../map/map-adapter.ts';
import { afterFirstRender } from '../perf.ts';
import { type AppStore, createAppStore } from '../store/create-app-store.ts';
import { StoreProvider, useAppStore } from '../store/store-context.tsx';
import { applyUrlState, startUrlSync } from '../url-sync.ts';
import { ClaimDetails } from './ClaimDetails.tsx';
import { ClaimList } from './ClaimList.tsx';
import { Controls } from './Controls.tsx';
import { MapRegion } from './MapRegion.tsx';
import { TopBar } from './TopBar.tsx';

type Props = { createMapAdapter: CreateMapAdapter; store?: AppStore; fetchImpl?: typeof fetch };

function useStartup(store: AppStore, fetchImpl: typeof fetch | undefined): void {
  useEffect(() => startUrlSync(store), [store]);
  useEffect(() => {
    let live = true;
    void loadData(fetchImpl).then((result) => {
      if (!live) return;
      const state = store.getState();
      if (!result.ok) {
        state.setLoadError(result.kind, result.message);
        return;
      }
      state.setLoaded(result.data);
      const { selected, rowById } = store.getState();
      if (selected !== null && !rowById.has(selected)) store.getState().select(null, 'url');
      // Titles, outlets and source sides are not needed for the first frame, nor is the
      // deferred chunk (details, reader, tooltip, pointer hits, labels, playback, URL
      // writing): both come once it is drawn.
      afterFirstRender(() => {
        void loadExtras(fetchImpl).then((extras) => {
          if (live) store.getState().setExtras(extras);
        });
        loadDeferred().catch(() => {});
      });
    });
    return () => {
      live = false;
    };
  }, [store, fetchImpl]);
}

/** "Show in article" (ArticleReader, in the deferred chunk): mounted while an article is open. */
function Reader({ fetchImpl }: { fetchImpl: typeof fetch | undefined }) {
  const reading = useAppStore((state) => state.reading);
  const deferred = useDeferred(reading);
  if (reading === null || deferred.status !== 'ready') return null;
  const { ArticleReader } = deferred.module;
  return <ArticleReader fetchImpl={fetchImpl} />;
}

export function App({ createMapAdapter, store: given, fetchImpl }: Props) {
  const [store] = useState(() => {
    const store = given ?? createAppStore();
    applyUrlState(store, parseUrlState(window.location.search));
    return store;
  });
  useStartup(store, fetchImpl);
  return (
    <StoreProvider store={store}>
      <div className="app">
        <TopBar />
        <Controls />
        <main className="map-column">
          <MapRegion createMapAdapter={createMapAdapter} />
        </main>
        <aside className="side-column" aria-label="Claims and details">
          <ClaimDetails />
          <ClaimList />
        </aside>
        <Reader fetchImpl={fetchImpl} />
      </div>
    </StoreProvider>
  );
}
