/**
 * The MapLibre implementation of MapAdapter: the only module that imports maplibre-gl at
 * run time (STYLE.md "Map side-effects live in one place"; the deferred pointer-hits.ts and
 * annotations.ts take the map as an argument). It keeps the desired state and applies it
 * once the style has loaded; setters return early on unchanged references.
 * Claims are drawn from aggregated marks in a Canvas2D overlay over the map's canvas
 * (claims-overlay.ts): a date-slider step redraws that canvas alone, a few thousand marks,
 * and never makes MapLibre repaint its frame (issue 8); the map's `render` event redraws
 * the overlay on camera changes, in the same frame. Pointer hits are tested against the
 * drawn marks on the CPU (a few thousand at most) and against MapLibre's invisible badge
 * layers, which place the badges the overlay draws. Pointer hits, flights to a selected
 * claim and the labels and badges are in the deferred chunk (deferred/load-deferred.ts),
 * fetched after the first frame with claims, which never has labels or badges: MapLibre
 * places them a worker round trip later.
 */
import type { FeatureCollection, Point } from 'geojson';
import {
  AttributionControl,
  type GeoJSONSource,
  Map as MaplibreMap,
  NavigationControl,
  type StyleSpecification,
} from 'maplibre-gl';
import type { MapView } from '../../pipeline/url-state/url-state.ts';
import { deferredNow, loadDeferred, whenDeferred } from '../deferred/load-deferred.ts';
import { finishFilterMeasure, measureFirstRender } from '../perf.ts';
import type { Placed } from './annotations.ts';
import { ATTRIBUTION } from './basemap-style.ts';
import type { DrawMarks, SpotProperties } from './claim-draw-data.ts';
import { claimLayers, claimSources, SPOT_BADGE_IMAGE } from './claim-layers.ts';
import { ClaimsOverlay, cameraOf, idsOnScreen } from './claims-overlay.ts';
import { SOURCE } from './layer-ids.ts';
import type { HandlersRef, MapAdapter, MapSelection } from './map-adapter.ts';
import { roundView, START_VIEW, sameView } from './view-math.ts';

const ignore = () => {};
const EMPTY_SPOTS: FeatureCollection<Point, SpotProperties> = { type: 'FeatureCollection', features: [] };
/**
 * Badges and place labels go through MapLibre's worker and symbol placement, which cost
 * extra frames: during a scrub they update once it pauses (issue 8).
 */
const SPOT_DELAY_MS = 400;

/** A dark rounded box with a white rim, stretchable around the badge's number. */
function badgeImage(): [{ width: number; height: number; data: Uint8Array }, object] {
  const size = 36;
  const data = new Uint8Array(size * size * 4);
  const radius = 16;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const dx = Math.max(0, Math.abs(x + 0.5 - size / 2) - 1);
      const dy = Math.max(0, Math.abs(y + 0.5 - size / 2) - 1);
      const d = Math.hypot(dx, dy);
      const alpha = Math.max(0, Math.min(1, radius + 0.5 - d));
      const rim = d > radius - 3;
      const value = rim ? 255 : 34;
      data.set([value * alpha, value * alpha, value * alpha, 255 * alpha], (y * size + x) * 4);
    }
  }
  return [
    { width: size, height: size, data },
    { pixelRatio: 2, stretchX: [[16, 20]], stretchY: [[16, 20]], content: [8, 8, 28, 28] },
  ];
}

export type MaplibreAdapterOptions = { style: StyleSpecification | string; view: MapView | null };

export class MaplibreAdapter implements MapAdapter {
  readonly map: MaplibreMap;
  /** resolves at the first frame with claims drawn (or with none to draw) */
  readonly ready: Promise<void>;
  readonly overlay: ClaimsOverlay;
  private resolveReady: () => void = () => {};
  private styleReady = false;
  private marks: DrawMarks | null = null;
  private spotTimer: ReturnType<typeof setTimeout> | null = null;
  private selected: MapSelection | null = null;
  private view: MapView | null;
  private fitted = false;
  private lastReported: MapView | null = null;
  /** the badges and labels MapLibre placed in its last frame, drawn by the overlay */
  private placed: Placed | null = null;
  private removed = false;
  private measureFrame: number | null = null;

  constructor(
    container: HTMLElement,
    private readonly handlers: HandlersRef,
    options: MaplibreAdapterOptions,
  ) {
    this.view = options.view;
    const start = options.view ?? START_VIEW;
    this.ready = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    this.map = new MaplibreMap({
      container,
      style: options.style,
      center: [start.lon, start.lat],
      zoom: start.zoom,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxPitch: 0,
      // Labels and badges appear at once: a fade keeps repainting the whole map for 300 ms
      // after every change, and with software WebGL each frame costs 40-70 ms (issue 8).
      fadeDuration: 0,
      // The canvas is a region of its own; its name must not collide with the region
      // "Map" around it (issue 6 item 8).
      locale: { 'Map.Title': 'Pan and zoom: drag, arrow keys, plus and minus' },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new AttributionControl({ customAttribution: ATTRIBUTION, compact: false }));
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('style.load', () => this.onStyleLoad());
    this.map.on('error', (event) => this.onError(event));
    this.map.on('mousemove', (event) => this.onPointer(event.point, false));
    this.map.on('mouseout', () => this.handlers.current.onHover(null));
    this.map.on('click', (event) => this.onPointer(event.point, true));
    this.map.on('moveend', () => this.onMoveEnd());
    this.overlay = new ClaimsOverlay(this.map.getCanvasContainer());
    // The map drew a frame (camera change, resize, badges placed): the overlay follows in
    // the same animation frame. The first render is the first map frame with marks over it.
    this.map.on('render', () => {
      this.placed = this.placedSymbols();
      if (!this.drawOverlay()) return;
      if (this.marks && this.marks.base.table.count > 0) measureFirstRender();
      this.resolveReady();
    });
    // Labels and badges are drawn once their code is here (annotations.ts, after the first
    // frame): what MapLibre has placed by then is drawn at once.
    whenDeferred(() => {
      if (this.removed) return;
      this.placed = this.placedSymbols();
      this.drawOverlay();
    });
  }

  /** Redraw the overlay for the current camera; false before the style and the marks are in. */
  private drawOverlay(): boolean {
    const marks = this.marks;
    if (!this.styleReady || !marks) return false;
    const canvas = this.map.getCanvas();
    const center = this.map.getCenter();
    const camera = cameraOf(canvas.clientWidth, canvas.clientHeight, this.map.getZoom(), center.lng, center.lat);
    const { placed } = this;
    const deferred = deferredNow();
    this.overlay.draw(
      marks,
      camera,
      placed && deferred ? (ctx, at) => deferred.drawAnnotations(ctx, at, placed) : null,
    );
    return true;
  }

  /** The badges and labels MapLibre placed (annotations.ts), once that code is here. */
  private placedSymbols(): Placed | null {
    const deferred = deferredNow();
    return this.styleReady && deferred
      ? deferred.placedSymbols(this.map, deferred.labelMeasure(this.overlay.context))
      : null;
  }

  setMarks(marks: DrawMarks): void {
    if (this.marks === marks) return;
    const first = this.marks === null || this.marks.base !== marks.base;
    this.marks = marks;
    this.scheduleSpots(marks, first);
    if (!this.styleReady) return;
    if (first) {
      this.fitClaims();
      this.map.triggerRepaint();
    }
    // A filter change: the overlay alone redraws, now; the measure ends at the next
    // animation frame, the one that presents it ("input to rendered frame").
    if (this.drawOverlay() && this.measureFrame === null) {
      this.measureFrame = requestAnimationFrame(() => {
        this.measureFrame = null;
        finishFilterMeasure();
      });
    }
  }

  /** Show or hide the claim marks and badges (the benchmark's naive method hides them). */
  setClaimsVisible(visible: boolean): void {
    this.overlay.setVisible(visible);
  }

  setSelected(selection: MapSelection | null): void {
    if (this.selected === selection) return;
    this.selected = selection;
    if (!this.styleReady) return;
    const features: GeoJSON.Feature[] = [];
    if (selection?.bbox) {
      const [w, s, e, n] = selection.bbox;
      features.push({
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          ],
        },
      });
    } else if (selection) {
      features.push({
        type: 'Feature',
        properties: { radius: selection.radius },
        geometry: { type: 'Point', coordinates: selection.point },
      });
    }
    this.source(SOURCE.claimSelected)?.setData({ type: 'FeatureCollection', features });
  }

  /** The ids of the claims the last frame drew on screen: for tests (window.__claimmap). */
  drawnClaimIds(): string[] {
    const drawn = this.overlay.drawn;
    return drawn ? idsOnScreen(drawn.marks, drawn.frame) : [];
  }

  setView(view: MapView | null): void {
    if (sameView(this.view, view)) return;
    this.view = view;
    if (view === null) {
      this.fitted = false;
      this.fitClaims();
      return;
    }
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    this.lastReported = this.currentView();
  }

  flyTo(target: { lon: number; lat: number } | [number, number, number, number]): void {
    const deferred = deferredNow();
    if (deferred) deferred.flyMap(this.map, target);
    else {
      loadDeferred().then(({ flyMap }) => {
        if (!this.removed) flyMap(this.map, target);
      }, ignore);
    }
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    if (this.spotTimer !== null) clearTimeout(this.spotTimer);
    if (this.measureFrame !== null) cancelAnimationFrame(this.measureFrame);
    this.removed = true;
    this.overlay.destroy();
    this.map.remove();
  }

  private source(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private onStyleLoad(): void {
    for (const [id, spec] of Object.entries(claimSources())) {
      if (!this.map.getSource(id)) this.map.addSource(id, spec);
    }
    if (!this.map.hasImage(SPOT_BADGE_IMAGE)) this.map.addImage(SPOT_BADGE_IMAGE, ...badgeImage());
    for (const layer of claimLayers()) {
      if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
    }
    this.styleReady = true;
    const { selected } = this;
    const spots = this.marks?.spots ?? EMPTY_SPOTS;
    this.selected = null;
    this.setSelected(selected);
    this.source(SOURCE.claimSpots)?.setData(spots);
    if (this.marks) {
      this.fitClaims();
      this.map.triggerRepaint();
      // A filter may have changed before the style was in: its measure ends with the first frame.
      this.measureFrame ??= requestAnimationFrame(() => {
        this.measureFrame = null;
        finishFilterMeasure();
      });
    } else {
      this.map.once('idle', () => this.resolveReady());
    }
  }

  private scheduleSpots(marks: DrawMarks, now: boolean): void {
    if (this.spotTimer !== null) clearTimeout(this.spotTimer);
    const apply = () => {
      this.spotTimer = null;
      if (this.styleReady) this.source(SOURCE.claimSpots)?.setData(marks.spots);
    };
    if (now) apply();
    else this.spotTimer = setTimeout(apply, SPOT_DELAY_MS);
  }

  /** Fit the claims once, unless the app (URL) gave a view. */
  private fitClaims(): void {
    const bounds = this.marks?.base.bounds;
    if (this.view !== null || this.fitted || !bounds) return;
    this.fitted = true;
    const [west, south, east, north] = bounds;
    const pad = Math.min(60, this.map.getContainer().clientWidth / 8);
    this.map.fitBounds([west, south, east, north], { padding: pad, maxZoom: 7, animate: false });
    this.lastReported = this.currentView();
  }

  private currentView(): MapView {
    const center = this.map.getCenter();
    return roundView({ zoom: this.map.getZoom(), lat: center.lat, lon: center.lng });
  }

  private onMoveEnd(): void {
    const view = this.currentView();
    if (sameView(view, this.lastReported)) return;
    this.lastReported = view;
    this.view = view;
    this.handlers.current.onMove(view);
  }

  /**
   * A pointer over the marks (pointer-hits.ts, in the deferred chunk, which comes after the
   * first render): a click before it is here is answered when it arrives, a hover is not.
   */
  private onPointer(point: { x: number; y: number }, click: boolean): void {
    const marks = this.marks;
    if (!this.styleReady || !marks) return;
    const deferred = deferredNow();
    if (deferred) deferred.onMapPointer(this.map, marks, point, click, this.handlers.current);
    else if (click) {
      loadDeferred().then(({ onMapPointer }) => {
        if (this.marks === marks && !this.removed) onMapPointer(this.map, marks, point, true, this.handlers.current);
      }, ignore);
    }
  }

  private onError(event: { error?: { message?: string }; sourceId?: string }): void {
    // First-level regions are optional (issue 6 item 1): a missing file is not an error.
    if (event.sourceId === SOURCE.regions) return;
    console.warn('map:', event.error?.message ?? event);
  }
}
