/**
 * Derive the MapLibre filter expression from the same FilterState `matchClaim` reads.
 * test/pipeline/filter/to-map-filter.test.ts runs both on a fixture with the style
 * spec's own `featureFilter` and checks they agree (issue 6 item 3, issue 7 item 2).
 *
 * The date range is part of the expression so the slider calls `setFilter` instead of
 * re-uploading GeoJSON (STYLE.md "Diff, don't rebuild").
 *
 * @example
 * toMapFilter({ ...DEFAULT_FILTERS, sides: ['russia'] })
 * // ['all', ['in', ['get', 'side'], ['literal', ['russia']]], ...]
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FilterState } from './filter-state.ts';

export function toMapFilter(filters: FilterState): ExpressionSpecification {
  const clauses: ExpressionSpecification[] = [
    ['in', ['get', 'side'], ['literal', [...filters.sides]]],
    ['in', ['get', 'event'], ['literal', [...filters.events]]],
  ];
  if (filters.sources !== null) {
    clauses.push(['in', ['get', 'source'], ['literal', [...filters.sources]]]);
  }
  if (filters.range !== null) {
    clauses.push(['<=', ['get', 'date'], filters.range.to]);
    clauses.push(['>=', ['coalesce', ['get', 'dateEnd'], ['get', 'date']], filters.range.from]);
  }
  return ['all', ...clauses];
}
