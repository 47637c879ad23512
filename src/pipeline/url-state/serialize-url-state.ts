/**
 * Write the viewer's state as a query string (with leading `?`, or '' for defaults).
 * Only values that differ from the defaults are written, in a fixed order, so equal
 * states give equal strings and `parseUrlState(serializeUrlState(s))` gives back s.
 *
 * @example
 * serializeUrlState({ ...DEFAULT_URL_STATE, selected: 'c1' }) // '?claim=c1'
 */
import { EVENTS, SIDES } from '../vocabulary.ts';
import { type MapView, PARAM, type UrlState } from './url-state.ts';

function sameSet(values: readonly string[], all: readonly string[]): boolean {
  return values.length === all.length && all.every((value) => values.includes(value));
}

/** Zoom to 2 decimals and degrees to 4 (about 10 m): short URLs, stable under round trips. */
export function formatView(view: MapView): string {
  return `${view.zoom.toFixed(2)}/${view.lat.toFixed(4)}/${view.lon.toFixed(4)}`;
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (!sameSet(filters.sides, SIDES)) params.set(PARAM.sides, filters.sides.join(','));
  if (filters.sources !== null) {
    if (filters.sources.length === 0) params.append(PARAM.sources, '');
    for (const source of filters.sources) params.append(PARAM.sources, source);
  }
  if (!sameSet(filters.events, EVENTS)) params.set(PARAM.events, filters.events.join(','));
  if (filters.range !== null) {
    params.set(PARAM.from, filters.range.from);
    params.set(PARAM.to, filters.range.to);
  }
  if (state.selected !== null) params.set(PARAM.selected, state.selected);
  if (state.view !== null) params.set(PARAM.view, formatView(state.view));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
