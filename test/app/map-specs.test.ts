// Layer specs are pure functions, checked with the style spec's validator (STYLE.md);
// the pure step from the shown rows to the marks the map draws.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { BASEMAP_DETAIL_ZOOM, basemapStyle } from '../../src/app/map/basemap-style.ts';
import {
  buildMarks,
  countRadius,
  MARK_STRIDE,
  prepareDrawBase,
  rowsAt,
  sideOffset,
} from '../../src/app/map/claim-draw-data.ts';
import { claimLayers, claimSources } from '../../src/app/map/claim-layers.ts';
import { AREA_RING_PX, cameraOf, overlayFrame } from '../../src/app/map/claims-overlay.ts';
import { LAYER } from '../../src/app/map/layer-ids.ts';
import { tableFromFeatures } from '../../src/pipeline/filter/build-claim-table.ts';
import { filterTable } from '../../src/pipeline/filter/filter-claims.ts';
import { DEFAULT_FILTERS } from '../../src/pipeline/filter/filter-state.ts';
import { fixtureClaims } from './fixture-fetch.ts';

describe('map style', () => {
  it('the basemap plus the claim layers is a valid, fully offline style', () => {
    const base = basemapStyle('http://127.0.0.1:4173/');
    const style = {
      ...base,
      sources: { ...base.sources, ...claimSources() },
      layers: [...base.layers, ...claimLayers()],
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.every((url) => url.startsWith('http://127.0.0.1:4173/basemap/'))).toBe(true);
  });

  it('draws Natural Earth 1:110m below the detail zoom and 1:50m from it, one land fill', () => {
    const layers = basemapStyle('http://x/').layers;
    const fills = layers.flatMap((layer) => (layer.type === 'fill' ? [layer] : []));
    expect(fills.map((layer) => [layer.filter, layer.minzoom, layer.maxzoom])).toEqual([
      [['==', ['get', 'scale'], 110], undefined, BASEMAP_DETAIL_ZOOM],
      [['==', ['get', 'scale'], 50], BASEMAP_DETAIL_ZOOM, undefined],
    ]);
  });

  it('place labels may move around their marks and busy places win; areas have a badge that never hides', () => {
    const layers = claimLayers();
    const labels = layers.find((layer) => layer.id === LAYER.placeLabels);
    expect(labels?.layout).toMatchObject({
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'symbol-sort-key': ['-', 0, ['get', 'n']],
    });
    const areaBadges = layers.find((layer) => layer.id === LAYER.claimAreaBadges && layer.type === 'symbol') as
      | { filter?: unknown; layout?: object }
      | undefined;
    expect(areaBadges?.filter).toEqual(['get', 'area']);
    expect(areaBadges?.layout).toMatchObject({ 'text-field': ['to-string', ['get', 'n']], 'icon-allow-overlap': true });
    // Badges are placed before labels (higher layers first), so labels avoid them.
    const ids = layers.map((layer) => layer.id);
    expect(ids.indexOf(LAYER.claimAreaBadges)).toBeGreaterThan(ids.indexOf(LAYER.placeLabels));
  });

  it('credits GeoNames and Natural Earth', () => {
    expect(JSON.stringify(basemapStyle('http://x/'))).toContain('GeoNames (CC BY 4.0), Natural Earth');
  });
});

describe('buildMarks', () => {
  const { table } = tableFromFeatures(fixtureClaims().features);
  const base = prepareDrawBase(table);
  const all = filterTable(table, DEFAULT_FILTERS);

  it('one area per region and side, one point mark per place and side; unlocated claims are not drawn', () => {
    const marks = buildMarks(base, all);
    const features = fixtureClaims().features;
    const regions = features.filter((claim) => claim.properties.placePrecision === 'region');
    const regionGroups = new Set(regions.map((claim) => `${claim.properties.place}|${claim.properties.side}`));
    expect(marks.areas).toHaveLength(regionGroups.size);
    const pointGroups = new Set(
      features
        .filter((claim) => claim.geometry !== null && claim.properties.placePrecision !== 'region')
        .map((claim) => `${claim.geometry?.coordinates.join(',')}|${claim.properties.place}|${claim.properties.side}`),
    );
    expect(marks.points.length / MARK_STRIDE).toBe(pointGroups.size);
    expect(marks.areas.reduce((sum, area) => sum + area.n, 0)).toBe(regions.length);
    expect(base.bounds).toEqual([31, 46.9, 39, 52.43].map((value) => expect.closeTo(value, 1)));
  });

  it('marks are largest first, so small ones are drawn on top', () => {
    const marks = buildMarks(base, all);
    const radii = Array.from(
      { length: marks.points.length / MARK_STRIDE },
      (_, mark) => marks.points[mark * MARK_STRIDE + 2],
    );
    expect(radii).toEqual([...radii].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(countRadius(Number.NaN)).toBe(4);
    expect(countRadius(100)).toBeCloseTo(10, 5);
  });

  it('groups point claims at one spot, with their rows', () => {
    const marks = buildMarks(base, all);
    const komarovka = marks.spots.features.find(
      (spot) => spot.properties.n === 3 && spot.geometry.coordinates[0] === 35.0122,
    );
    expect(komarovka).toBeTruthy();
    expect(rowsAt(marks, Number(komarovka?.properties.key))).toHaveLength(3);
    expect(komarovka?.properties).toMatchObject({ name: 'Komarovka', area: false });
  });

  it('every place with shown claims gets a spot, with its count and name, for badges and labels', () => {
    const marks = buildMarks(base, all);
    const placed = new Set(Array.from(all, (row) => table.location[row]).filter((location) => location !== -1));
    expect(marks.spots.features.map((spot) => Number(spot.properties.key)).sort()).toEqual([...placed].sort());
    expect(marks.spots.features.reduce((sum, spot) => sum + spot.properties.n, 0)).toBe(
      Array.from(all).filter((row) => (table.location[row] ?? -1) >= 0).length,
    );
  });

  it('an area spot counts every side of the region, so its badge shows how many claims it holds', () => {
    const marks = buildMarks(base, all);
    for (const spot of marks.spots.features.filter((feature) => feature.properties.area)) {
      const location = Number(spot.properties.key);
      const n = marks.areas.filter((area) => area.location === location).reduce((sum, area) => sum + area.n, 0);
      expect(spot.properties.n).toBe(n);
      expect(rowsAt(marks, location)).toHaveLength(n);
    }
    expect(marks.spots.features.some((feature) => feature.properties.area)).toBe(true);
  });

  it('several sides at one place: marks sit apart and area outlines are inset, so none hides another', () => {
    const marks = buildMarks(base, all);
    const byPlace = new Map<number, string[]>();
    for (let mark = 0; mark < marks.points.length / MARK_STRIDE; mark += 1) {
      const location = marks.pointKeys[mark * 2] ?? -1;
      const offset = `${marks.points[mark * MARK_STRIDE + 5]},${marks.points[mark * MARK_STRIDE + 6]}`;
      byPlace.set(location, [...(byPlace.get(location) ?? []), offset]);
    }
    const shared = [...byPlace.values()].filter((offsets) => offsets.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const offsets of shared) expect(new Set(offsets).size).toBe(offsets.length);
    for (const offsets of byPlace.values()) if (offsets.length === 1) expect(offsets).toEqual(['0,0']);
    const rings = new Map<number, number[]>();
    for (const area of marks.areas) rings.set(area.location, [...(rings.get(area.location) ?? []), area.ring]);
    for (const list of rings.values()) expect(list).toEqual(list.map((_, index) => index));
    expect(sideOffset(0, 1, 10)).toEqual([0, 0]);
    expect(sideOffset(0, 2, 10)).not.toEqual(sideOffset(1, 2, 10));
  });

  it('the outline of the second side over a region is inset by one ring', () => {
    const marks = buildMarks(base, all);
    const frame = overlayFrame(marks, cameraOf(1280, 800, 4, 33.5, 49.5));
    const maxRing = Math.max(...marks.areas.map((area) => area.ring));
    expect(maxRing).toBeGreaterThan(0);
    expect(new Set(frame.areas.map((area) => area.inset))).toContain(maxRing * AREA_RING_PX);
  });

  it('draws exactly the shown rows: nothing when nothing is shown', () => {
    const none = buildMarks(base, filterTable(table, { ...DEFAULT_FILTERS, sides: [] }));
    expect(none.points).toHaveLength(0);
    expect(none.areas).toHaveLength(0);
    expect(none.spots.features).toHaveLength(0);
  });
});
