import { describe, expect, it } from 'vitest';
import { binHistogram } from '../../../src/pipeline/filter/bin-histogram.ts';
import { tableFromFeatures } from '../../../src/pipeline/filter/build-claim-table.ts';
import { countFacets } from '../../../src/pipeline/filter/count-facets.ts';
import { dateExtent } from '../../../src/pipeline/filter/date-extent.ts';
import type { FilterState } from '../../../src/pipeline/filter/filter-state.ts';
import { DEFAULT_FILTERS } from '../../../src/pipeline/filter/filter-state.ts';
import { dayToIso, isIsoDate, isoToDay } from '../../../src/pipeline/filter/iso-day.ts';
import { compileFilter } from '../../../src/pipeline/filter/match-claim.ts';
import type { ClaimFeature } from '../../../src/pipeline/schema.ts';
import { FIXTURE_CLAIMS } from './fixture.ts';

const { table } = tableFromFeatures(FIXTURE_CLAIMS);
const compiled = (filters: FilterState) => compileFilter(filters, table.sources);
const claim = (date: string, side: ClaimFeature['properties']['side'], id: string): ClaimFeature => {
  const base = FIXTURE_CLAIMS[0] as ClaimFeature;
  return { ...base, properties: { ...base.properties, date, dateEnd: null, side, id } };
};

describe('countFacets', () => {
  it('counts each side with the other filters only', () => {
    const counts = countFacets(table, compiled({ ...DEFAULT_FILTERS, sides: ['ukraine'], events: ['surrender'] }));
    expect(counts.sides).toEqual({ russia: 3, ukraine: 0, independent: 2, unknown: 1 });
    expect(counts.events.surrender).toBe(0);
    expect(counts.events.capture).toBe(2);
    expect(counts.sources.get('NEXTA')).toBe(0);
  });
});

describe('dates', () => {
  it('finds the extent, including end dates', () => {
    expect(dateExtent(table)).toEqual({ from: '2022-09-10', to: '2024-08-17' });
    expect(dateExtent(tableFromFeatures([]).table)).toBeNull();
  });

  it('converts days both ways and rejects impossible dates', () => {
    expect(isoToDay('1970-01-02')).toBe(1);
    expect(dayToIso(isoToDay('2024-02-29'))).toBe('2024-02-29');
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-2-3')).toBe(false);
  });

  it('bins claims per day stacked by side, wider bins for long spans', () => {
    const three = tableFromFeatures([
      claim('2024-01-01', 'russia', 'a'),
      claim('2024-01-01', 'ukraine', 'b'),
      claim('2024-01-03', 'russia', 'c'),
    ]).table;
    const short = binHistogram(three, compileFilter(DEFAULT_FILTERS, three.sources), {
      from: '2024-01-01',
      to: '2024-01-03',
    });
    expect(short.binDays).toBe(1);
    expect(short.bins.map((bin) => bin.russia + bin.ukraine)).toEqual([2, 0, 1]);
    expect(short.max).toBe(2);
    const long = binHistogram(table, compiled(DEFAULT_FILTERS), dateExtent(table) ?? { from: '', to: '' }, 100);
    expect(long.bins.length).toBeLessThanOrEqual(100);
    const total = long.bins.reduce((sum, bin) => sum + bin.russia + bin.ukraine + bin.independent + bin.unknown, 0);
    expect(total).toBe(FIXTURE_CLAIMS.length);
  });
});
