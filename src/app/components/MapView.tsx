/**
 * Creates the map adapter once and pushes store changes into it through
 * `store.subscribe`, without re-rendering React (STYLE.md "Transient updates").
 * Map events come back through a handlers ref, so they never see stale closures.
 */
import { useEffect, useRef } from 'react';
import { toClaimMapData } from '../map/claim-map-data.ts';
import { groupSpots } from '../map/group-spots.ts';
import type { CreateMapAdapter, MapAdapter, MapHandlers } from '../map/map-adapter.ts';
import { memoLast } from '../memo.ts';
import type { AppState } from '../store/app-state.ts';
import { selectMapFilter, selectVisible } from '../store/selectors.ts';
import { useAppStoreApi } from '../store/store-context.tsx';

type Props = { createMapAdapter: CreateMapAdapter; onHover: MapHandlers['onHover'] };

const mapData = memoLast(toClaimMapData);
const spots = memoLast(groupSpots);

function sync(adapter: MapAdapter, state: AppState, previous: AppState | null): void {
  adapter.setClaims(mapData(state.claims));
  adapter.setPlaces(state.places);
  adapter.setFilter(selectMapFilter(state));
  adapter.setSpots(spots(selectVisible(state)).spots);
  adapter.setSelected(state.selected);
  if (state.viewFrom === 'app' && state.view !== previous?.view) adapter.setView(state.view);
  if (previous && state.selected !== previous.selected && state.selectFrom === 'list' && state.selected) {
    const claim = state.claimById.get(state.selected);
    if (!claim?.geometry) return;
    const box = claim.properties.placePrecision === 'region' ? claim.properties.placeBbox : null;
    const [lon, lat] = claim.geometry.coordinates;
    adapter.flyTo(box ?? { lon, lat });
  }
}

export function MapView({ createMapAdapter, onHover }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const handlers = useRef<MapHandlers>({
    onHover,
    onSelectClaims: (ids) => {
      const state = store.getState();
      if (ids.length > 1) state.showSpot(ids);
      else state.select(ids[0] ?? null, 'map');
    },
    onSelectSpot: (key) => store.getState().showSpot(spots(selectVisible(store.getState())).members.get(key) ?? null),
    onMove: (view) => store.getState().setView(view, 'map'),
  });
  handlers.current.onHover = onHover;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const adapter = createMapAdapter(element, handlers, store.getState().view);
    sync(adapter, store.getState(), null);
    const unsubscribe = store.subscribe((state, previous) => sync(adapter, state, previous));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => adapter.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      unsubscribe();
      adapter.destroy();
    };
  }, [createMapAdapter, store]);

  return <div ref={container} className="map-canvas" />;
}
