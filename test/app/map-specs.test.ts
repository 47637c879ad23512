// Layer specs are pure functions, checked with the style spec's validator (STYLE.md);
// the pure step from claims to map data and spots.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../../src/app/map/basemap-style.ts';
import { claimLayers, claimSources } from '../../src/app/map/claim-layers.ts';
import { toClaimMapData } from '../../src/app/map/claim-map-data.ts';
import { groupSpots } from '../../src/app/map/group-spots.ts';
import { DEFAULT_FILTERS } from '../../src/pipeline/filter/filter-state.ts';
import { toMapFilter } from '../../src/pipeline/filter/to-map-filter.ts';
import { fixtureClaims } from './fixture-fetch.ts';

describe('map style', () => {
  it('the basemap plus the claim layers is a valid, fully offline style', () => {
    const base = basemapStyle('http://127.0.0.1:4173/');
    const style = {
      ...base,
      sources: { ...base.sources, ...claimSources() },
      layers: [
        ...base.layers,
        ...claimLayers(toMapFilter({ ...DEFAULT_FILTERS, range: { from: '2024-01-01', to: '2024-02-01' } })),
      ],
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

describe('toClaimMapData', () => {
  it('draws region claims as their bbox, others as points, and skips unlocated ones', () => {
    const features = fixtureClaims().features;
    const data = toClaimMapData(features);
    const regions = features.filter((claim) => claim.properties.placePrecision === 'region');
    const located = features.filter((claim) => claim.geometry !== null);
    expect(data.areas.features).toHaveLength(regions.length);
    expect(data.points.features).toHaveLength(located.length - regions.length);
    expect(data.areas.features[0]?.geometry.coordinates[0]).toEqual([
      [34.1, 50.85],
      [38.55, 50.85],
      [38.55, 52.43],
      [34.1, 52.43],
      [34.1, 50.85],
    ]);
    expect(Object.keys(data.points.features[0]?.properties ?? {}).sort()).toEqual([
      'count',
      'date',
      'dateEnd',
      'event',
      'id',
      'place',
      'placePrecision',
      'side',
      'source',
    ]);
    expect(data.bounds).toEqual([31, 46.9, 39, 52.43].map((value) => expect.closeTo(value, 1)));
  });

  it('groups point claims at one spot, with their ids', () => {
    const { spots, members } = groupSpots(fixtureClaims().features);
    const komarovka = spots.features.find(
      (spot) => spot.properties.n === 3 && spot.geometry.coordinates[0] === 35.0122,
    );
    expect(komarovka).toBeTruthy();
    expect(members.get(komarovka?.properties.key ?? '')).toHaveLength(3);
    expect(spots.features.every((spot) => spot.properties.n >= 2)).toBe(true);
  });
});
