/**
 * Derived values: memoized on their inputs' references, each calling the one predicate
 * in src/pipeline/filter. Components and the map adapter read these, never recompute.
 */
import { binHistogram } from '../../pipeline/filter/bin-histogram.ts';
import { countFacets } from '../../pipeline/filter/count-facets.ts';
import { filterClaims } from '../../pipeline/filter/filter-claims.ts';
import type { FilterState } from '../../pipeline/filter/filter-state.ts';
import { matchClaim } from '../../pipeline/filter/match-claim.ts';
import { toMapFilter } from '../../pipeline/filter/to-map-filter.ts';
import type { ClaimFeature } from '../../pipeline/schema.ts';
import { memoLast } from '../memo.ts';
import type { AppState } from './app-state.ts';

const visible = memoLast(filterClaims);
const counts = memoLast(countFacets);
const mapFilter = memoLast(toMapFilter);
const histogram = memoLast((claims: readonly ClaimFeature[], filters: FilterState, domain: AppState['domain']) => {
  if (domain === null) return null;
  const shown = claims.filter((claim) => matchClaim(claim.properties, filters, 'range'));
  return binHistogram(
    shown.map((claim) => claim.properties),
    domain,
  );
});

export const selectVisible = (state: AppState) => visible(state.claims, state.filters);
export const selectCounts = (state: AppState) => counts(state.claims, state.filters);
export const selectMapFilter = (state: AppState) => mapFilter(state.filters);
export const selectHistogram = (state: AppState) => histogram(state.claims, state.filters, state.domain);
export const selectSelectedClaim = (state: AppState) =>
  state.selected === null ? null : (state.claimById.get(state.selected) ?? null);
/** The range the slider shows: the filter's, or the whole extent. */
export const selectRange = (state: AppState) => state.filters.range ?? state.domain;
