/**
 * The claims FeatureCollection (public/claims.geojson): RFC 7946, deterministic.
 *
 * Claims are ordered by article id, then quote offset, then event; coordinates are
 * rounded to 5 decimals; the result is validated against the schema before anyone
 * writes it, so a broken claim fails the build instead of the viewer (issue 5, step 6).
 *
 * @example
 * buildClaimCollection(features, [{file: 'data/articles/x.txt', reason: 'front matter is not closed'}])
 * // => {type: 'FeatureCollection', metadata: {generator: 'claimmap build-data', rejected: [...]}, features: [...]}
 */

import { compareStrings } from '../compare-strings.ts';
import { type ClaimCollection, type ClaimFeature, zClaimCollection } from '../schema.ts';
import { roundNumber } from './round-number.ts';

export const CLAIMS_GENERATOR = 'claimmap build-data';

function compareClaims(a: ClaimFeature, b: ClaimFeature): number {
  const x = a.properties;
  const y = b.properties;
  return (
    compareStrings(x.article, y.article) ||
    x.quoteStart - y.quoteStart ||
    x.quoteEnd - y.quoteEnd ||
    compareStrings(x.event, y.event)
  );
}

export function buildClaimCollection(
  features: ClaimFeature[],
  rejected: Array<{ file: string; reason: string }>,
): ClaimCollection {
  const sorted = [...features].sort(compareClaims).map((feature) => ({
    type: 'Feature' as const,
    geometry: feature.geometry
      ? {
          type: 'Point' as const,
          coordinates: [
            roundNumber(feature.geometry.coordinates[0], 5),
            roundNumber(feature.geometry.coordinates[1], 5),
          ] as [number, number],
        }
      : null,
    properties: {
      ...feature.properties,
      placeBbox: feature.properties.placeBbox
        ? (feature.properties.placeBbox.map((value) => roundNumber(value, 5)) as [number, number, number, number])
        : null,
    },
  }));
  const ids = new Set<string>();
  for (const feature of sorted) {
    if (ids.has(feature.properties.id)) throw new Error(`duplicate claim id ${feature.properties.id}`);
    ids.add(feature.properties.id);
  }
  const rejectedSorted = [...rejected].sort((a, b) => compareStrings(a.file, b.file));
  return zClaimCollection.parse({
    type: 'FeatureCollection',
    metadata: { generator: CLAIMS_GENERATOR, rejected: rejectedSorted },
    features: sorted,
  });
}
