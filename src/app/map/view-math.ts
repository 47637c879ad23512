/** Rounding of map views, so the URL, the store and the map agree after a round trip. */
import type { MapView } from '../../pipeline/url-state/url-state.ts';

export function roundView(view: MapView): MapView {
  return {
    zoom: Math.round(view.zoom * 100) / 100,
    lat: Math.round(view.lat * 10_000) / 10_000,
    lon: Math.round((((view.lon + 540) % 360) - 180) * 10_000) / 10_000,
  };
}

export function sameView(a: MapView | null, b: MapView | null): boolean {
  if (a === null || b === null) return a === b;
  return a.zoom === b.zoom && a.lat === b.lat && a.lon === b.lon;
}

/** Where the map starts before it knows the claims: Ukraine and western Russia. */
export const START_VIEW: MapView = { zoom: 4.2, lat: 49.5, lon: 33.5 };
