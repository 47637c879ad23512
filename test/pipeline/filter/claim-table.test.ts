// The compact table (issue 8): it round-trips what the viewer needs, and the hand-written
// check rejects malformed files with a reason, as zod would.
import { describe, expect, it } from 'vitest';
import { buildClaimTable, sortForTable, tableFromFeatures } from '../../../src/pipeline/filter/build-claim-table.ts';
import { readClaimTable, summarizeRow } from '../../../src/pipeline/filter/claim-table.ts';
import { FIXTURE_CLAIMS } from './fixture.ts';

describe('claim table', () => {
  it('summarizes every row as the claim it came from, in date order', () => {
    const { table, sorted } = tableFromFeatures(FIXTURE_CLAIMS);
    expect(table.count).toBe(FIXTURE_CLAIMS.length);
    sorted.forEach(({ geometry, properties: claim }, row) => {
      const summary = summarizeRow(table, row);
      expect(summary).toMatchObject({
        id: claim.id,
        article: claim.article,
        side: claim.side,
        source: claim.source,
        event: claim.event,
        date: claim.date,
        dateEnd: claim.dateEnd,
        count: claim.count,
        place: geometry ? claim.place : null,
        point: geometry ? geometry.coordinates : null,
      });
    });
    const dates = sorted.map((claim) => claim.properties.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('rejects malformed tables with a reason', () => {
    const good = buildClaimTable(sortForTable(FIXTURE_CLAIMS));
    expect(readClaimTable(good).ok).toBe(true);
    expect(readClaimTable({ ...good, format: 'x' })).toEqual({ ok: false, reason: 'format must be claimmap-table/1' });
    expect(readClaimTable({ ...good, side: good.side.slice(1) })).toMatchObject({ ok: false });
    expect(readClaimTable({ ...good, event: good.event.map(() => 99) })).toMatchObject({
      ok: false,
      reason: 'event.0 is out of range',
    });
    expect(readClaimTable({ ...good, count: good.count.map(() => 'x') })).toMatchObject({ ok: false });
    expect(readClaimTable(null)).toMatchObject({ ok: false });
  });
});
