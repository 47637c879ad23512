/**
 * Wires maplibre-gl for the browser build: the worker URL, the CSS, the style choice
 * (offline basemap by default; `?style=URL` or VITE_MAP_STYLE for an online one), and
 * `window.__claimmap` so end-to-end tests and the benchmark can wait for `ready` and ask which
 * claims the last frame drew (the claims are drawn in a Canvas2D overlay, which
 * queryRenderedFeatures cannot see).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { basemapStyle } from './basemap-style.ts';
import type { CreateMapAdapter } from './map-adapter.ts';
import { MaplibreAdapter } from './maplibre-adapter.ts';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    __claimmap?: {
      map: MaplibreAdapter['map'];
      ready: Promise<void>;
      /** ids of the claims drawn on screen by the last frame */
      drawnClaimIds: () => string[];
      /** show or hide the claim marks and badges (the benchmark's naive method hides them) */
      setClaimsVisible: (visible: boolean) => void;
    };
  }
}

/** An online style only when asked for, and only over http(s). */
export function chooseStyle(search: string, envStyle: string | undefined): string | null {
  const asked = new URLSearchParams(search).get('style') ?? envStyle ?? '';
  return /^https?:\/\//.test(asked) ? asked : null;
}

export function createMaplibreAdapter(): CreateMapAdapter {
  return (container, handlers, initialView) => {
    const online = chooseStyle(window.location.search, import.meta.env.VITE_MAP_STYLE as string | undefined);
    const style = online ?? basemapStyle(document.baseURI);
    const adapter = new MaplibreAdapter(container, handlers, { style, view: initialView });
    window.__claimmap = {
      map: adapter.map,
      ready: adapter.ready,
      drawnClaimIds: () => adapter.drawnClaimIds(),
      setClaimsVisible: (visible) => adapter.setClaimsVisible(visible),
    };
    return adapter;
  };
}
