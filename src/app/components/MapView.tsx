/**
 * Creates the map adapter once and pushes store changes into it through
 * `store.subscribe`, without re-rendering React (STYLE.md "Transient updates").
 * Map events come back through a handlers ref, so they never see stale closures.
 * What the map draws is built from selectVisible, the rows the list shows (issue 8).
 */
import { useEffect, useRef } from 'react';
import type { ClaimTable } from '../../pipeline/filter/claim-table.ts';
import { buildMarks, type DrawMarks, prepareDrawBase, rowsAt } from '../map/claim-draw-data.ts';
import type { CreateMapAdapter, MapAdapter, MapHandlers, MapSelection } from '../map/map-adapter.ts';
import { memoLast } from '../memo.ts';
import type { AppState } from '../store/app-state.ts';
import { selectSelectedRow, selectVisible } from '../store/selectors.ts';
import { useAppStoreApi } from '../store/store-context.tsx';

type Props = { createMapAdapter: CreateMapAdapter; onHover: MapHandlers['onHover'] };

const drawBase = memoLast(prepareDrawBase);
const marksOf = memoLast(buildMarks);

const selectionOf = memoLast((table: ClaimTable, row: number, base: ReturnType<typeof prepareDrawBase>) => {
  const place = table.locations[table.location[row] ?? -1];
  if (row < 0 || !place) return null;
  return {
    id: table.ids[row] ?? '',
    point: [place.lon, place.lat],
    bbox: place.precision === 'region' ? place.bbox : null,
    radius: base.radius[row] ?? 4,
  } satisfies MapSelection;
});

function currentMarks(state: AppState): DrawMarks {
  return marksOf(drawBase(state.table), selectVisible(state));
}

function sync(adapter: MapAdapter, state: AppState, previous: AppState | null): void {
  // Nothing to draw before the data is in: the first frame with marks is the first render.
  if (state.load.status !== 'loading') adapter.setMarks(currentMarks(state));
  const selection = selectionOf(state.table, selectSelectedRow(state), drawBase(state.table));
  adapter.setSelected(selection);
  if (state.viewFrom === 'app' && state.view !== previous?.view) adapter.setView(state.view);
  if (previous && state.selected !== previous.selected && state.selectFrom === 'list' && selection) {
    const [lon, lat] = selection.point;
    adapter.flyTo(selection.bbox ?? { lon, lat });
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
    onSelectSpot: (key) => {
      const state = store.getState();
      const marks = currentMarks(state);
      state.showSpot(rowsAt(marks, Number(key)).map((row) => state.table.ids[row] ?? ''));
    },
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
