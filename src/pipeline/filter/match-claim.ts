/**
 * The one filter predicate: the list, the counts, the histogram and (through
 * `toMapFilter`, tested to agree) the map all decide with it. Issue 6 item 3.
 *
 * A claim with a date span [date, dateEnd] matches a range when the two overlap.
 * ISO dates compare correctly as strings. Cost: O(sides + sources + events) per claim.
 *
 * @example
 * matchClaim(claim, { ...DEFAULT_FILTERS, sides: ['russia'] }) // true only for Russian claims
 */
import type { ClaimProperties } from '../schema.ts';
import type { Facet, FilterState } from './filter-state.ts';

export type MatchableClaim = Pick<ClaimProperties, 'side' | 'source' | 'event' | 'date' | 'dateEnd'>;

export function matchClaim(claim: MatchableClaim, filters: FilterState, ignore?: Facet): boolean {
  if (ignore !== 'sides' && !filters.sides.includes(claim.side)) return false;
  if (ignore !== 'sources' && filters.sources !== null && !filters.sources.includes(claim.source)) {
    return false;
  }
  if (ignore !== 'events' && !filters.events.includes(claim.event)) return false;
  if (ignore !== 'range' && filters.range !== null) {
    if (claim.date > filters.range.to) return false;
    if ((claim.dateEnd ?? claim.date) < filters.range.from) return false;
  }
  return true;
}
