/**
 * A stand-in for the maplibre adapter in jsdom (maplibre needs WebGL2): a plain object
 * with only the MapAdapter methods, recording what the app asked of the map.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ClaimMapData } from '../../src/app/map/claim-map-data.ts';
import type { CreateMapAdapter, HandlersRef, MapAdapter } from '../../src/app/map/map-adapter.ts';
import type { MapView } from '../../src/pipeline/url-state/url-state.ts';

export type FakeMap = MapAdapter & {
  handlers: HandlersRef;
  initialView: MapView | null;
  claims: ClaimMapData | null;
  filter: ExpressionSpecification | null;
  filterCalls: number;
  selected: string | null;
  view: MapView | null;
  flights: unknown[];
  destroyed: boolean;
};

export function fakeMapFactory(): { create: CreateMapAdapter; maps: FakeMap[] } {
  const maps: FakeMap[] = [];
  const create: CreateMapAdapter = (_container, handlers, initialView) => {
    const map: FakeMap = {
      handlers,
      initialView,
      claims: null,
      filter: null,
      filterCalls: 0,
      selected: null,
      view: initialView,
      flights: [],
      destroyed: false,
      setClaims(data) {
        map.claims = data;
      },
      setPlaces() {},
      setSpots() {},
      setFilter(filter) {
        if (filter === map.filter) return;
        map.filter = filter;
        map.filterCalls += 1;
      },
      setSelected(id) {
        map.selected = id;
      },
      setView(view) {
        map.view = view;
      },
      flyTo(target) {
        map.flights.push(target);
      },
      resize() {},
      destroy() {
        map.destroyed = true;
      },
    };
    maps.push(map);
    return map;
  };
  return { create, maps };
}

/** The live (last created, not destroyed) map. */
export function liveMap(maps: FakeMap[]): FakeMap {
  const map = maps.filter((candidate) => !candidate.destroyed).at(-1);
  if (!map) throw new Error('no map was created');
  return map;
}
