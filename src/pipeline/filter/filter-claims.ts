/**
 * The claims that pass the filters, in the order given. O(n).
 *
 * @example
 * filterClaims(features, DEFAULT_FILTERS).length === features.length
 */
import type { ClaimFeature } from '../schema.ts';
import type { FilterState } from './filter-state.ts';
import { matchClaim } from './match-claim.ts';

export function filterClaims(features: readonly ClaimFeature[], filters: FilterState): ClaimFeature[] {
  return features.filter((feature) => matchClaim(feature.properties, filters));
}
