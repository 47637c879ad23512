/**
 * Derived values: memoized on their inputs' references, each calling the one predicate
 * in src/pipeline/filter. Components and the map adapter read these, never recompute.
 * The visible rows are an Int32Array of table rows in list order; at 100,000 claims a
 * filter change costs a few ms here (docs/performance.md).
 */
import { binHistogram } from '../../pipeline/filter/bin-histogram.ts';
import { type ClaimSummary, type ClaimTable, summarizeRow } from '../../pipeline/filter/claim-table.ts';
import { countFacets } from '../../pipeline/filter/count-facets.ts';
import { filterRows } from '../../pipeline/filter/filter-claims.ts';
import type { DateRange, FilterState } from '../../pipeline/filter/filter-state.ts';
import { type CompiledFilter, compileFilter } from '../../pipeline/filter/match-claim.ts';
import { memoLast } from '../memo.ts';
import type { AppState } from './app-state.ts';

const compiled = memoLast((filters: FilterState, table: ClaimTable) => compileFilter(filters, table.sources));
const visible = memoLast(filterRows);
const counts = memoLast(countFacets);
// Keyed on the facets, not the range: a date-slider step does not rebuild the histogram.
const histogram = memoLast(
  (
    table: ClaimTable,
    sides: FilterState['sides'],
    sources: FilterState['sources'],
    events: FilterState['events'],
    domain: DateRange | null,
  ) =>
    domain === null
      ? null
      : binHistogram(table, compileFilter({ sides, sources, events, range: null }, table.sources), domain),
);
const summary = memoLast(summarizeRow);

/** The compiled filter: a new one (by reference) when the filters or the table change. */
export const selectCompiledFilter = (state: AppState) => compiled(state.filters, state.table);
export const selectVisible = (state: AppState): Int32Array => visible(state.table, selectCompiledFilter(state));
/**
 * The facet counts of a table under a compiled filter (the filter panels read them through
 * use-facet-counts.ts, which may pass the filter a frame late).
 */
export const countsUnder = (table: ClaimTable, filter: CompiledFilter) => counts(table, filter);
export const selectHistogram = (state: AppState) =>
  histogram(state.table, state.filters.sides, state.filters.sources, state.filters.events, state.domain);
export const selectSelectedRow = (state: AppState): number =>
  state.selected === null ? -1 : (state.rowById.get(state.selected) ?? -1);
export const selectSelectedClaim = (state: AppState): ClaimSummary | null => {
  const row = selectSelectedRow(state);
  return row < 0 ? null : summary(state.table, row);
};
/** The range the slider shows: the filter's, or the whole extent. */
export const selectRange = (state: AppState) => state.filters.range ?? state.domain;
