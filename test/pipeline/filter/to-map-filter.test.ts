// Issue 6 item 3 / issue 7 item 2: the map's filter expression and the list's predicate
// agree, evaluated by MapLibre's own style-spec `featureFilter`.
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FilterState } from '../../../src/pipeline/filter/filter-state.ts';
import { matchClaim } from '../../../src/pipeline/filter/match-claim.ts';
import { toMapFilter } from '../../../src/pipeline/filter/to-map-filter.ts';
import { type ClaimProperties, EVENTS, SIDES } from '../../../src/pipeline/schema.ts';
import { FIXTURE_CLAIMS } from './fixture.ts';

function mapMatches(filters: FilterState, properties: Partial<ClaimProperties>): boolean {
  const compiled = featureFilter(toMapFilter(filters), 'filter');
  // biome-ignore lint/suspicious/noExplicitAny: the style spec's feature shape is internal
  return compiled.filter({ zoom: 5 } as any, { type: 1, properties } as any);
}

const SOURCES = [...new Set(FIXTURE_CLAIMS.map((claim) => claim.properties.source))];
const FIXTURE_DATES = FIXTURE_CLAIMS.flatMap(({ properties }) => [
  properties.date,
  properties.dateEnd ?? properties.date,
]);
const randomDate = fc
  .integer({ min: Date.UTC(2022, 0, 1) / 86_400_000, max: Date.UTC(2025, 0, 1) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
// Dates right at claims' edges find off-by-one disagreements that random days miss.
const isoDate = fc.oneof(fc.constantFrom(...FIXTURE_DATES), randomDate);
const filterState: fc.Arbitrary<FilterState> = fc.record({
  sides: fc.subarray([...SIDES]),
  sources: fc.option(fc.subarray([...SOURCES, 'Nobody']), { nil: null }),
  events: fc.subarray([...EVENTS]),
  range: fc.option(
    fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
    { nil: null },
  ),
});

describe('toMapFilter', () => {
  it('agrees with matchClaim on every fixture claim for hand-picked filters', () => {
    const cases: FilterState[] = [
      { sides: SIDES, sources: null, events: EVENTS, range: null },
      { sides: ['russia'], sources: null, events: EVENTS, range: null },
      { sides: SIDES, sources: ['RIA Novosti', 'NEXTA'], events: ['surrender'], range: null },
      { sides: SIDES, sources: null, events: EVENTS, range: { from: '2024-08-15', to: '2024-08-16' } },
      { sides: [], sources: [], events: [], range: null },
    ];
    for (const filters of cases) {
      for (const { properties } of FIXTURE_CLAIMS) {
        expect(mapMatches(filters, properties), `${properties.id} ${JSON.stringify(filters)}`).toBe(
          matchClaim(properties, filters),
        );
      }
    }
  });

  it('agrees with matchClaim for random filters', () => {
    fc.assert(
      fc.property(filterState, (filters) =>
        FIXTURE_CLAIMS.every(({ properties }) => mapMatches(filters, properties) === matchClaim(properties, filters)),
      ),
      { numRuns: 200 },
    );
  });

  it('only uses properties the map keeps', () => {
    const text = JSON.stringify(
      toMapFilter({
        sides: ['russia'],
        sources: ['X'],
        events: ['capture'],
        range: { from: '2024-01-01', to: '2024-02-01' },
      }),
    );
    const used = [...text.matchAll(/\["get","(\w+)"\]/g)].map((match) => match[1]);
    expect(new Set(used)).toEqual(new Set(['side', 'event', 'source', 'date', 'dateEnd']));
  });
});
