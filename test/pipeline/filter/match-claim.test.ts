import { describe, expect, it } from 'vitest';
import { filterClaims } from '../../../src/pipeline/filter/filter-claims.ts';
import { DEFAULT_FILTERS, type FilterState } from '../../../src/pipeline/filter/filter-state.ts';
import { matchClaim } from '../../../src/pipeline/filter/match-claim.ts';
import type { ClaimProperties } from '../../../src/pipeline/schema.ts';
import { FIXTURE_CLAIMS } from './fixture.ts';

const claim: Pick<ClaimProperties, 'side' | 'source' | 'event' | 'date' | 'dateEnd'> = {
  side: 'russia',
  source: 'RIA Novosti',
  event: 'surrender',
  date: '2024-08-10',
  dateEnd: '2024-08-14',
};
const withFilters = (patch: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...patch });

describe('matchClaim', () => {
  it('passes everything with the defaults', () => {
    expect(filterClaims(FIXTURE_CLAIMS, DEFAULT_FILTERS)).toHaveLength(FIXTURE_CLAIMS.length);
  });

  it('checks the side, the source and the event', () => {
    expect(matchClaim(claim, withFilters({ sides: ['ukraine'] }))).toBe(false);
    expect(matchClaim(claim, withFilters({ sources: ['NEXTA'] }))).toBe(false);
    expect(matchClaim(claim, withFilters({ sources: ['RIA Novosti'] }))).toBe(true);
    expect(matchClaim(claim, withFilters({ sources: [] }))).toBe(false);
    expect(matchClaim(claim, withFilters({ events: ['capture'] }))).toBe(false);
  });

  it('a date span matches a range it overlaps, inclusive at both ends', () => {
    const range = (from: string, to: string) => withFilters({ range: { from, to } });
    expect(matchClaim(claim, range('2024-08-14', '2024-08-20'))).toBe(true);
    expect(matchClaim(claim, range('2024-08-01', '2024-08-10'))).toBe(true);
    expect(matchClaim(claim, range('2024-08-11', '2024-08-12'))).toBe(true);
    expect(matchClaim(claim, range('2024-08-15', '2024-08-20'))).toBe(false);
    expect(matchClaim(claim, range('2024-08-01', '2024-08-09'))).toBe(false);
    expect(matchClaim({ ...claim, dateEnd: null }, range('2024-08-11', '2024-08-20'))).toBe(false);
  });

  it('can leave one facet out, for the counts', () => {
    expect(matchClaim(claim, withFilters({ sides: [] }), 'sides')).toBe(true);
    expect(matchClaim(claim, withFilters({ sides: [], events: [] }), 'sides')).toBe(false);
  });
});
