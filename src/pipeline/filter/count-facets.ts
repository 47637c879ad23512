/**
 * Counts for the filter checkboxes. Each facet is counted with every other filter
 * applied but not its own, so a count says what ticking that box would show.
 * One pass over the table's columns: O(n), a few ms for 100,000 claims.
 *
 * @example
 * countFacets(table, compileFilter(DEFAULT_FILTERS, table.sources)).sides.russia
 */
import type { ClaimEvent, Side } from '../schema.ts';
import { EVENTS, SIDES } from '../vocabulary.ts';
import type { ClaimTable } from './claim-table.ts';
import { type CompiledFilter, matchValues } from './match-claim.ts';

export type FacetCounts = {
  sides: Record<Side, number>;
  events: Record<ClaimEvent, number>;
  /** by source name */
  sources: Map<string, number>;
};

export function countFacets(table: ClaimTable, filter: CompiledFilter): FacetCounts {
  const sideCounts = new Int32Array(SIDES.length);
  const eventCounts = new Int32Array(EVENTS.length);
  const sourceCounts = new Int32Array(table.sources.length);
  const { side, event, source, day, dayEnd } = table;
  for (let row = 0; row < table.count; row += 1) {
    const s = side[row] ?? 0;
    const e = event[row] ?? 0;
    const o = source[row] ?? 0;
    const d = day[row] ?? 0;
    const end = dayEnd[row] ?? 0;
    if (matchValues(filter, s, e, o, d, end, 'sides')) sideCounts[s] = (sideCounts[s] ?? 0) + 1;
    if (matchValues(filter, s, e, o, d, end, 'events')) eventCounts[e] = (eventCounts[e] ?? 0) + 1;
    if (matchValues(filter, s, e, o, d, end, 'sources')) sourceCounts[o] = (sourceCounts[o] ?? 0) + 1;
  }
  return {
    sides: Object.fromEntries(SIDES.map((name, index) => [name, sideCounts[index] ?? 0])) as Record<Side, number>,
    events: Object.fromEntries(EVENTS.map((name, index) => [name, eventCounts[index] ?? 0])) as Record<
      ClaimEvent,
      number
    >,
    sources: new Map(table.sources.map((name, index) => [name, sourceCounts[index] ?? 0])),
  };
}
