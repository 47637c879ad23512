// The bench's table: medians, p95, the ratio to the naive way, sizes precise enough to judge a hard limit.
import { describe, expect, it } from 'vitest';
import { formatTable, row, summarize } from '../../scripts/bench/stats.ts';

describe('bench table', () => {
  it('gives the median and the 95th percentile of the samples', () => {
    const samples = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(summarize(samples)).toMatchObject({ median: 10.5, n: 20 });
    expect(summarize(samples).p95).toBeGreaterThanOrEqual(19);
  });

  it('prints kB with one decimal, so 519.5 kB against a 520 kB target does not read 520', () => {
    const table = formatTable([row('JS before first render', 'kB gzip', [519.519])]);
    expect(table).toContain('| 519.5 | 519.5 |');
    expect(formatTable([row('first render', 'ms', [749.4])])).toContain('| 749 | 749 |');
  });

  it('puts the ratio of the naive median to ours', () => {
    expect(formatTable([row('scrub', 'ms', [20], { naive: 90 })])).toContain('| 90.0 | 4.5× |');
  });
});
