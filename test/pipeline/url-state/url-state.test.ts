// Issue 6 item 6 and issue 7 item 2: any string parses to a valid state; state → URL → state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/pipeline/filter/iso-day.ts';
import { EVENTS, SIDES } from '../../../src/pipeline/schema.ts';
import { parseUrlState } from '../../../src/pipeline/url-state/parse-url-state.ts';
import { serializeUrlState } from '../../../src/pipeline/url-state/serialize-url-state.ts';
import { DEFAULT_URL_STATE, type UrlState } from '../../../src/pipeline/url-state/url-state.ts';

function isValid(state: UrlState): boolean {
  const { filters, view } = state;
  return (
    filters.sides.every((side) => SIDES.includes(side)) &&
    filters.events.every((event) => EVENTS.includes(event)) &&
    (filters.sources === null || filters.sources.every((source) => typeof source === 'string')) &&
    (filters.range === null ||
      (isIsoDate(filters.range.from) && isIsoDate(filters.range.to) && filters.range.from <= filters.range.to)) &&
    (view === null || [view.zoom, view.lat, view.lon].every(Number.isFinite)) &&
    (state.selected === null || state.selected.length > 0)
  );
}

describe('parseUrlState', () => {
  it('reads every field', () => {
    const state = parseUrlState(
      '?side=russia,ukraine&source=RIA+Novosti&source=NEXTA&event=surrender&from=2024-08-01&to=2024-08-31&claim=a%3A1&map=6.5/51.2/35.1',
    );
    expect(state).toEqual({
      filters: {
        sides: ['russia', 'ukraine'],
        sources: ['RIA Novosti', 'NEXTA'],
        events: ['surrender'],
        range: { from: '2024-08-01', to: '2024-08-31' },
      },
      selected: 'a:1',
      view: { zoom: 6.5, lat: 51.2, lon: 35.1 },
    });
  });

  it('gives the defaults for nothing or nonsense', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('?side=martians&event=&from=2024-02-30&to=2024-03-01&map=1/2&claim=')).toEqual({
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, events: [] },
    });
    expect(parseUrlState('?map=30/0/0').view).toBeNull();
    expect(parseUrlState('?map=3/95/0').view).toBeNull();
  });

  it('an empty side or source list means none; swapped dates are put in order', () => {
    expect(parseUrlState('?side=').filters.sides).toEqual([]);
    expect(parseUrlState('?source=').filters.sources).toEqual([]);
    expect(parseUrlState('?from=2024-09-01&to=2024-08-01').filters.range).toEqual({
      from: '2024-08-01',
      to: '2024-09-01',
    });
  });

  it('turns any string into a valid state', () => {
    fc.assert(fc.property(fc.string(), (text) => isValid(parseUrlState(text))));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('side', 'source', 'event', 'from', 'to', 'claim', 'map', 'x'), fc.string()),
        (params) => isValid(parseUrlState(`?${new URLSearchParams(params)}`)),
      ),
    );
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips', () => {
    const state: UrlState = {
      filters: {
        sides: ['independent'],
        sources: ['A, B & C'],
        events: ['capture', 'losses'],
        range: { from: '2023-01-01', to: '2023-02-01' },
      },
      selected: 'a01:57',
      view: { zoom: 6.25, lat: 50.1234, lon: -3.5 },
    };
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
    const none: UrlState = { ...DEFAULT_URL_STATE, filters: { ...DEFAULT_URL_STATE.filters, sides: [], sources: [] } };
    expect(parseUrlState(serializeUrlState(none))).toEqual(none);
  });

  it('is stable: parse(serialize(parse(s))) serializes the same', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = serializeUrlState(parseUrlState(text));
        return serializeUrlState(parseUrlState(once)) === once;
      }),
    );
  });
});
