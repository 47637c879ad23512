/**
 * A stand-in for the maplibre adapter in jsdom (maplibre needs WebGL2): a plain object
 * with only the MapAdapter methods, recording what the app asked of the map.
 */
import type { DrawMarks } from '../../src/app/map/claim-draw-data.ts';
import type { CreateMapAdapter, HandlersRef, MapAdapter } from '../../src/app/map/map-adapter.ts';
import { measureFirstRender } from '../../src/app/perf.ts';
import type { MapView } from '../../src/pipeline/url-state/url-state.ts';

export type FakeMap = MapAdapter & {
  handlers: HandlersRef;
  initialView: MapView | null;
  /** the last marks the app asked the map to draw */
  marks: DrawMarks | null;
  markCalls: number;
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
      marks: null,
      markCalls: 0,
      selected: null,
      view: initialView,
      flights: [],
      destroyed: false,
      setMarks(marks) {
        if (marks === map.marks) return;
        map.marks = marks;
        map.markCalls += 1;
        // as the real adapter does once its first frame with claims is drawn
        if (marks.base.table.count > 0) measureFirstRender();
      },
      setSelected(selection) {
        map.selected = selection?.id ?? null;
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

/** The ids of the claims the map was last asked to draw (shown rows). */
export function mapIds(map: FakeMap): string[] {
  const marks = map.marks;
  if (!marks) return [];
  return Array.from(marks.rows, (row) => marks.base.table.ids[row] ?? '');
}
