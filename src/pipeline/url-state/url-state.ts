/**
 * What the URL holds (issue 6 item 6): filters, date range, selected claim and map view.
 * `parseUrlState` turns any string into one of these; `serializeUrlState` writes it back
 * with only the values that differ from the defaults.
 */
import { DEFAULT_FILTERS, type FilterState } from '../filter/filter-state.ts';

export type MapView = { readonly zoom: number; readonly lat: number; readonly lon: number };

export type UrlState = {
  readonly filters: FilterState;
  readonly selected: string | null;
  /** null: fit the data */
  readonly view: MapView | null;
};

export const DEFAULT_URL_STATE: UrlState = Object.freeze({
  filters: DEFAULT_FILTERS,
  selected: null,
  view: null,
});

/** Query parameter names, shared by parser and serializer. */
export const PARAM = {
  sides: 'side',
  sources: 'source',
  events: 'event',
  from: 'from',
  to: 'to',
  selected: 'claim',
  view: 'map',
} as const;

export const LIMITS = { zoom: [0, 22], lat: [-85, 85], lon: [-180, 180], idLength: 200 } as const;
