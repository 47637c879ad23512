// Layer specs are pure functions, checked with the style spec's validator (STYLE.md);
// the pure step from the shown rows to the marks the map draws.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../../src/app/map/basemap-style.ts';
import { buildMarks, countRadius, MARK_STRIDE, prepareDrawBase, rowsAt } from '../../src/app/map/claim-draw-data.ts';
import { claimLayers, claimSources } from '../../src/app/map/claim-layers.ts';
import { tableFromFeatures } from '../../src/pipeline/filter/claim-table.ts';
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
    expect(marks.spots.features.every((spot) => spot.properties.n >= 2)).toBe(true);
  });

  it('draws exactly the shown rows: nothing when nothing is shown', () => {
    const none = buildMarks(base, filterTable(table, { ...DEFAULT_FILTERS, sides: [] }));
    expect(none.points).toHaveLength(0);
    expect(none.areas).toHaveLength(0);
    expect(none.spots.features).toHaveLength(0);
  });
});
