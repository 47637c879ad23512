/**
 * The MapLibre implementation of MapAdapter: the only module that imports maplibre-gl
 * (STYLE.md "Map side-effects live in one place"). It keeps the desired state and
 * applies it once the style has loaded; setters return early on unchanged references.
 * The date slider reaches here as `setFilter`, never as a GeoJSON re-upload.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import {
  AttributionControl,
  type GeoJSONSource,
  Map as MaplibreMap,
  NavigationControl,
  type StyleSpecification,
} from 'maplibre-gl';
import type { PlaceFeature } from '../../pipeline/schema.ts';
import type { MapView } from '../../pipeline/url-state/url-state.ts';
import { measureFirstRender, startFilterMeasure } from '../perf.ts';
import { ATTRIBUTION } from './basemap-style.ts';
import { claimLayers, claimSources, selectedFilter } from './claim-layers.ts';
import type { ClaimMapData } from './claim-map-data.ts';
import type { SpotProperties } from './group-spots.ts';
import { FILTERED_LAYERS, LAYER, SOURCE } from './layer-ids.ts';
import type { HandlersRef, MapAdapter } from './map-adapter.ts';
import { roundView, START_VIEW, sameView } from './view-math.ts';

const INTERACTIVE_LAYERS = [LAYER.claimSpots, LAYER.claimPoints, LAYER.claimAreaFill];
const EMPTY_SPOTS: FeatureCollection<Point, SpotProperties> = { type: 'FeatureCollection', features: [] };

export type MaplibreAdapterOptions = { style: StyleSpecification | string; view: MapView | null };

export class MaplibreAdapter implements MapAdapter {
  readonly map: MaplibreMap;
  /** resolves at the first idle with claims drawn (or with none to draw) */
  readonly ready: Promise<void>;
  private resolveReady: () => void = () => {};
  private styleReady = false;
  private claims: ClaimMapData | null = null;
  private places: readonly PlaceFeature[] = [];
  private spots: FeatureCollection<Point, SpotProperties> = EMPTY_SPOTS;
  private filter: ExpressionSpecification = ['all'];
  private selected: string | null = null;
  private view: MapView | null;
  private fitted = false;
  private lastReported: MapView | null = null;

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
  }

  setClaims(data: ClaimMapData): void {
    if (this.claims === data) return;
    this.claims = data;
    if (!this.styleReady) return;
    this.source(SOURCE.claimPoints)?.setData(data.points);
    this.source(SOURCE.claimAreas)?.setData(data.areas);
    this.fitClaims();
    this.whenIdle(() => {
      measureFirstRender();
      this.resolveReady();
    });
  }

  setPlaces(places: readonly PlaceFeature[]): void {
    if (this.places === places) return;
    this.places = places;
    if (this.styleReady) this.source(SOURCE.places)?.setData({ type: 'FeatureCollection', features: [...places] });
  }

  setSpots(spots: FeatureCollection<Point, SpotProperties>): void {
    if (this.spots === spots) return;
    this.spots = spots;
    if (this.styleReady) this.source(SOURCE.claimSpots)?.setData(spots);
  }

  setFilter(filter: ExpressionSpecification): void {
    if (this.filter === filter) return;
    this.filter = filter;
    if (!this.styleReady) return;
    const done = startFilterMeasure();
    for (const layer of FILTERED_LAYERS) this.map.setFilter(layer, filter);
    this.whenIdle(done);
  }

  setSelected(id: string | null): void {
    if (this.selected === id) return;
    this.selected = id;
    if (!this.styleReady) return;
    this.map.setFilter(LAYER.claimSelectedPoint, selectedFilter(id));
    this.map.setFilter(LAYER.claimSelectedArea, selectedFilter(id));
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
    const animate = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (Array.isArray(target)) {
      this.map.fitBounds(target, { padding: 40, maxZoom: 6.5, animate });
      return;
    }
    // Zoom in only as far as a regional view: the claim stays among its neighbours.
    this.map.easeTo({ center: [target.lon, target.lat], zoom: Math.max(this.map.getZoom(), 5.5), animate });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }

  private source(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private onStyleLoad(): void {
    for (const [id, spec] of Object.entries(claimSources())) {
      if (!this.map.getSource(id)) this.map.addSource(id, spec);
    }
    for (const layer of claimLayers(this.filter)) {
      if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
    }
    this.styleReady = true;
    const { claims, places, spots, selected } = this;
    this.claims = null;
    this.places = [];
    this.spots = EMPTY_SPOTS;
    this.selected = null;
    this.setPlaces(places);
    this.setSpots(spots);
    this.setSelected(selected);
    if (claims) this.setClaims(claims);
    else this.whenIdle(() => this.resolveReady());
  }

  /** Fit the claims once, unless the app (URL) gave a view. */
  private fitClaims(): void {
    const bounds = this.claims?.bounds;
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

  private whenIdle(callback: () => void): void {
    this.map.once('idle', callback);
    this.map.triggerRepaint();
  }

  private onPointer(point: { x: number; y: number }, click: boolean): void {
    if (!this.styleReady) return;
    const features = this.map.queryRenderedFeatures([point.x, point.y], { layers: INTERACTIVE_LAYERS });
    const spot = features.find((feature) => feature.layer.id === LAYER.claimSpots);
    const points = features.filter((feature) => feature.layer.id === LAYER.claimPoints);
    const hits = points.length > 0 ? points : features.filter((feature) => feature.layer.id === LAYER.claimAreaFill);
    const ids = [...new Set(hits.map((feature) => String(feature.properties.id)))];
    const spotKey = spot ? String(spot.properties.key) : undefined;
    this.map.getCanvas().style.cursor = spotKey || ids.length > 0 ? 'pointer' : '';
    if (!click) {
      const claimId = spotKey ? undefined : ids[0];
      this.handlers.current.onHover(spotKey || claimId ? { spotKey, claimId, count: ids.length, point } : null);
      return;
    }
    if (spotKey) this.handlers.current.onSelectSpot(spotKey);
    else this.handlers.current.onSelectClaims(ids);
  }

  private onError(event: { error?: { message?: string }; sourceId?: string }): void {
    // First-level regions are optional (issue 6 item 1): a missing file is not an error.
    if (event.sourceId === SOURCE.regions) return;
    console.warn('map:', event.error?.message ?? event);
  }
}
