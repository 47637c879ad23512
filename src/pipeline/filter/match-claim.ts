/**
 * The one filter predicate: the list, the counts, the histogram and the map (which draws
 * exactly the rows this passes: src/app/map/claim-draw-data.ts) all decide with it.
 * Issue 6 item 3; columnar for issue 8.
 *
 * `compileFilter` turns the FilterState into bit masks and day numbers once per change;
 * `matchValues` is then a few integer tests per claim. A claim with a date span
 * [date, dateEnd] matches a range when the two overlap, inclusive at both ends.
 *
 * @example
 * matchClaim(claim, { ...DEFAULT_FILTERS, sides: ['russia'] }) // true only for Russian claims
 */
import type { ClaimProperties } from '../schema.ts';
import { EVENTS, SIDES } from '../vocabulary.ts';
import type { ClaimTable } from './claim-table.ts';
import type { Facet, FilterState } from './filter-state.ts';
import { isoToDay } from './iso-day.ts';

export type MatchableClaim = Pick<ClaimProperties, 'side' | 'source' | 'event' | 'date' | 'dateEnd'>;

export type CompiledFilter = {
  /** bit i set: SIDES[i] is shown */
  readonly sides: number;
  /** bit i set: EVENTS[i] is shown */
  readonly events: number;
  /** 1 for each shown source, by index into the given source names; null: every source */
  readonly sources: Uint8Array | null;
  /** inclusive day numbers; -Infinity / Infinity with no range */
  readonly from: number;
  readonly to: number;
};

function bits<T>(chosen: readonly T[], order: readonly T[]): number {
  let mask = 0;
  for (const value of chosen) {
    const index = order.indexOf(value);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
}

/** O(sources). */
export function compileFilter(filters: FilterState, sourceNames: readonly string[]): CompiledFilter {
  let sources: Uint8Array | null = null;
  if (filters.sources !== null) {
    const shown = new Set(filters.sources);
    const allowed = new Uint8Array(sourceNames.length);
    sourceNames.forEach((name, index) => {
      if (shown.has(name)) allowed[index] = 1;
    });
    sources = allowed;
  }
  return {
    sides: bits(filters.sides, SIDES),
    events: bits(filters.events, EVENTS),
    sources,
    from: filters.range === null ? Number.NEGATIVE_INFINITY : isoToDay(filters.range.from),
    to: filters.range === null ? Number.POSITIVE_INFINITY : isoToDay(filters.range.to),
  };
}

/** The predicate on one claim's codes; `ignore` leaves one facet out, for the counts. */
export function matchValues(
  filter: CompiledFilter,
  side: number,
  event: number,
  source: number,
  day: number,
  dayEnd: number,
  ignore?: Facet,
): boolean {
  if (ignore !== 'sides' && (filter.sides & (1 << side)) === 0) return false;
  if (ignore !== 'sources' && filter.sources !== null && filter.sources[source] !== 1) return false;
  if (ignore !== 'events' && (filter.events & (1 << event)) === 0) return false;
  if (ignore !== 'range' && (day > filter.to || dayEnd < filter.from)) return false;
  return true;
}

/** The predicate on a table row. O(1). */
export function matchRow(table: ClaimTable, filter: CompiledFilter, row: number, ignore?: Facet): boolean {
  return matchValues(
    filter,
    table.side[row] ?? 0,
    table.event[row] ?? 0,
    table.source[row] ?? 0,
    table.day[row] ?? 0,
    table.dayEnd[row] ?? 0,
    ignore,
  );
}

/** The predicate on one claim object (tests, small callers). O(sources). */
export function matchClaim(claim: MatchableClaim, filters: FilterState, ignore?: Facet): boolean {
  const day = isoToDay(claim.date);
  return matchValues(
    compileFilter(filters, [claim.source]),
    SIDES.indexOf(claim.side),
    EVENTS.indexOf(claim.event),
    0,
    day,
    claim.dateEnd === null ? day : isoToDay(claim.dateEnd),
    ignore,
  );
}
