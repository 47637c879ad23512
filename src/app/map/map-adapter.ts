/**
 * What the app asks of a map. The maplibre implementation is the only code that
 * imports maplibre-gl; jsdom tests pass a fake with these methods (STYLE.md).
 * Every setter is idempotent: an unchanged reference returns early.
 */
import type { MapView } from '../../pipeline/url-state/url-state.ts';
import type { DrawMarks } from './claim-draw-data.ts';

export type MapPointer = { x: number; y: number };

/** What the pointer is over: a claim (with how many claims are under it) or a spot badge. */
export type HoverTarget = { claimId?: string; spotKey?: string; count?: number; point: MapPointer };

export type MapHandlers = {
  /** hovering a claim (id) or a spot badge (key); null when leaving */
  onHover: (target: HoverTarget | null) => void;
  /** the claims under a click: none, one (select it) or several (list them) */
  onSelectClaims: (ids: readonly string[]) => void;
  onSelectSpot: (key: string) => void;
  /** the map moved (not because the app set the view) */
  onMove: (view: MapView) => void;
};

/** The selected claim as the map outlines it. */
export type MapSelection = {
  readonly id: string;
  readonly point: [number, number];
  readonly bbox: [number, number, number, number] | null;
  readonly radius: number;
};

export interface MapAdapter {
  /** what to draw: the shown rows, aggregated (claim-draw-data.ts), with their badges and place labels */
  setMarks(marks: DrawMarks): void;
  setSelected(selection: MapSelection | null): void;
  /** jump to a view set by the app (URL restore); null fits the claims */
  setView(view: MapView | null): void;
  flyTo(target: { lon: number; lat: number } | [number, number, number, number]): void;
  resize(): void;
  destroy(): void;
}

/** A ref-like holder, so map events always reach the latest handlers (no stale closures). */
export type HandlersRef = { readonly current: MapHandlers };

export type CreateMapAdapter = (
  container: HTMLElement,
  handlers: HandlersRef,
  initialView: MapView | null,
) => MapAdapter;
