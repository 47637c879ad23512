/**
 * Spots where several shown point claims sit at one place (same coordinates to ~10 m):
 * one point per spot with its count `n`, for the badge that lists them on click
 * (issue 6 item 2). Recomputed from the visible claims; the result has one feature per
 * crowded spot, so it stays small. O(n).
 *
 * @example
 * groupSpots(twoClaimsAtKomarovka).spots.features[0].properties.n // 2
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ClaimFeature } from '../../pipeline/schema.ts';

export type SpotProperties = { key: string; n: number };

export type Spots = {
  spots: FeatureCollection<Point, SpotProperties>;
  /** claim ids by spot key, in the order given */
  members: ReadonlyMap<string, readonly string[]>;
};

export function spotKey([lon, lat]: readonly [number, number]): string {
  return `${lon.toFixed(4)},${lat.toFixed(4)}`;
}

export function groupSpots(claims: readonly ClaimFeature[]): Spots {
  const members = new Map<string, string[]>();
  const where = new Map<string, [number, number]>();
  for (const { geometry, properties } of claims) {
    // Region claims are drawn as areas; overlapping areas list their claims on click.
    if (geometry === null || (properties.placePrecision === 'region' && properties.placeBbox !== null)) continue;
    const key = spotKey(geometry.coordinates);
    const ids = members.get(key);
    if (ids) ids.push(properties.id);
    else {
      members.set(key, [properties.id]);
      where.set(key, geometry.coordinates);
    }
  }
  const features: Feature<Point, SpotProperties>[] = [];
  for (const [key, ids] of members) {
    const coordinates = where.get(key);
    if (ids.length < 2 || !coordinates) continue;
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { key, n: ids.length } });
  }
  return { spots: { type: 'FeatureCollection', features }, members };
}
