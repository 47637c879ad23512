/**
 * The filter inputs (one FilterState object). Setters are idempotent: an unchanged value
 * keeps the same object, so subscribers comparing by reference do nothing.
 */
import type { StateCreator } from 'zustand';
import { type DateRange, DEFAULT_FILTERS, type FilterState } from '../../pipeline/filter/filter-state.ts';
import type { ClaimEvent, Side } from '../../pipeline/schema.ts';
import { EVENTS, SIDES } from '../../pipeline/vocabulary.ts';
import { markFilterInput } from '../perf.ts';
import type { AppState } from './app-state.ts';

export type FiltersSlice = {
  filters: FilterState;
  setFilters: (filters: FilterState) => void;
  toggleSide: (side: Side) => void;
  toggleEvent: (event: ClaimEvent) => void;
  /** null: every source */
  setSources: (sources: readonly string[] | null) => void;
  toggleSource: (source: string) => void;
  /** null: the whole extent */
  setRange: (range: DateRange | null) => void;
};

function toggle<T extends string>(values: readonly T[], value: T, order: readonly T[]): T[] {
  const next = new Set(values);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return order.filter((item) => next.has(item));
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  return a.every((value, index) => value === b[index]);
}

function sameRange(a: DateRange | null, b: DateRange | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

export function sameFilters(a: FilterState, b: FilterState): boolean {
  return (
    sameList(a.sides, b.sides) &&
    sameList(a.sources, b.sources) &&
    sameList(a.events, b.events) &&
    sameRange(a.range, b.range)
  );
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set, get) => {
  const update = (patch: Partial<FilterState>) => {
    const current = get().filters;
    const next = { ...current, ...patch };
    if (sameFilters(current, next)) return;
    markFilterInput();
    set({ filters: next });
  };
  return {
    filters: DEFAULT_FILTERS,
    setFilters: (filters) => update(filters),
    toggleSide: (side) => update({ sides: toggle(get().filters.sides, side, SIDES) }),
    toggleEvent: (event) => update({ events: toggle(get().filters.events, event, EVENTS) }),
    setSources: (sources) => update({ sources: sources === null ? null : [...sources].sort() }),
    toggleSource: (source) => {
      const { filters, sources } = get();
      const all = sources.map((info) => info.name);
      const current = filters.sources ?? all;
      const next = toggle(current, source, [...new Set([...all, ...current])].sort());
      update({ sources: next.length === all.length && all.every((n) => next.includes(n)) ? null : next });
    },
    setRange: (range) => {
      const domain = get().domain;
      const whole = domain !== null && range !== null && range.from <= domain.from && range.to >= domain.to;
      update({ range: whole ? null : range });
    },
  };
};
