/**
 * Read the viewer's state from a query string. Never throws: anything missing or
 * invalid falls back to its default, field by field (issue 6 item 6, issue 7 item 2).
 *
 * @example
 * parseUrlState('?side=russia,ukraine&from=2024-08-01&to=2024-08-31&map=6/51.2/35.1')
 * // { filters: { sides: ['russia','ukraine'], range: {from:'2024-08-01', to:'2024-08-31'}, ... },
 * //   selected: null, view: { zoom: 6, lat: 51.2, lon: 35.1 } }
 */

import type { DateRange } from '../filter/filter-state.ts';
import { isIsoDate } from '../filter/iso-day.ts';
import { EVENTS, SIDES } from '../vocabulary.ts';
import { DEFAULT_URL_STATE, LIMITS, type MapView, PARAM, type UrlState } from './url-state.ts';

function parseParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** A comma list restricted to `allowed`: empty means none; nothing valid means default. */
function parseEnum<T extends string>(raw: string | null, allowed: readonly T[], fallback: readonly T[]): readonly T[] {
  if (raw === null) return fallback;
  if (raw.trim() === '') return [];
  const wanted = new Set(raw.split(',').map((part) => part.trim()));
  const picked = allowed.filter((value) => wanted.has(value));
  return picked.length > 0 ? picked : fallback;
}

function parseSources(params: URLSearchParams): readonly string[] | null {
  const all = params.getAll(PARAM.sources);
  if (all.length === 0) return null;
  const names = [...new Set(all.filter((name) => name.length > 0 && name.length <= 200))];
  return names;
}

function parseRange(params: URLSearchParams): DateRange | null {
  const from = params.get(PARAM.from) ?? '';
  const to = params.get(PARAM.to) ?? '';
  if (!isIsoDate(from) || !isIsoDate(to)) return null;
  return from <= to ? { from, to } : { from: to, to: from };
}

function inRange(value: number, [min, max]: readonly [number, number]): boolean {
  return Number.isFinite(value) && value >= min && value <= max;
}

function parseView(raw: string | null): MapView | null {
  if (raw === null) return null;
  const parts = raw.split('/');
  if (parts.length !== 3 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (!inRange(zoom, LIMITS.zoom) || !inRange(lat, LIMITS.lat) || !inRange(lon, LIMITS.lon)) {
    return null;
  }
  return { zoom, lat, lon };
}

function parseSelected(raw: string | null): string | null {
  if (raw === null || raw.length === 0 || raw.length > LIMITS.idLength) return null;
  return raw;
}

export function parseUrlState(search: string): UrlState {
  const params = parseParams(search);
  const defaults = DEFAULT_URL_STATE.filters;
  return {
    filters: {
      sides: parseEnum(params.get(PARAM.sides), SIDES, defaults.sides),
      sources: parseSources(params),
      events: parseEnum(params.get(PARAM.events), EVENTS, defaults.events),
      range: parseRange(params),
    },
    selected: parseSelected(params.get(PARAM.selected)),
    view: parseView(params.get(PARAM.view)),
  };
}
