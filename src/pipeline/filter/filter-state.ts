/**
 * The viewer's filter inputs: which sides, sources and event types are shown and which dates.
 *
 * One immutable object; every change replaces it, so consumers compare by reference.
 * `sources: null` means "every source" so that sources added by a later build are shown
 * by default; an empty array means "none".
 */
import type { ClaimEvent, Side } from '../schema.ts';
import { EVENTS, SIDES } from '../vocabulary.ts';

/** Inclusive range of ISO dates (YYYY-MM-DD). */
export type DateRange = { readonly from: string; readonly to: string };

export type FilterState = {
  readonly sides: readonly Side[];
  readonly sources: readonly string[] | null;
  readonly events: readonly ClaimEvent[];
  /** null: the whole extent of the data */
  readonly range: DateRange | null;
};

/** The facets a count can leave out, so a checkbox shows what it would add. */
export type Facet = 'sides' | 'sources' | 'events' | 'range';

export const DEFAULT_FILTERS: FilterState = Object.freeze({
  sides: SIDES,
  sources: null,
  events: EVENTS,
  range: null,
});
