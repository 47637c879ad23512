/**
 * The rows that pass the filters, in table order (by date), as an Int32Array: the list,
 * the status count and the map all read this one result. O(n) integer tests; about 1 ms
 * for 100,000 claims.
 *
 * @example
 * filterRows(table, DEFAULT_FILTERS).length === table.count
 */
import type { ClaimFeature } from '../schema.ts';
import type { ClaimTable } from './claim-table.ts';
import type { FilterState } from './filter-state.ts';
import { type CompiledFilter, compileFilter, matchClaim, matchValues } from './match-claim.ts';

export function filterRows(table: ClaimTable, filter: CompiledFilter): Int32Array {
  const rows = new Int32Array(table.count);
  let shown = 0;
  const { side, event, source, day, dayEnd } = table;
  for (let row = 0; row < table.count; row += 1) {
    if (matchValues(filter, side[row] ?? 0, event[row] ?? 0, source[row] ?? 0, day[row] ?? 0, dayEnd[row] ?? 0)) {
      rows[shown] = row;
      shown += 1;
    }
  }
  return rows.subarray(0, shown);
}

/** Convenience for a table and a FilterState. */
export function filterTable(table: ClaimTable, filters: FilterState): Int32Array {
  return filterRows(table, compileFilter(filters, table.sources));
}

/** The claim objects that pass, in the order given (tests, small callers). O(n). */
export function filterClaims(features: readonly ClaimFeature[], filters: FilterState): ClaimFeature[] {
  return features.filter((feature) => matchClaim(feature.properties, filters));
}
