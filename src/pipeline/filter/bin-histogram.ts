/**
 * Claims per time bin, stacked by side, for the histogram above the date slider.
 * Bins are one day wide, or wider (a whole number of days) so there are at most
 * `maxBins`. A claim counts in the bin of its start date. O(n + bins).
 *
 * @example
 * binHistogram(features, { from: '2024-01-01', to: '2024-01-03' }).bins.length // 3
 */
import { type ClaimProperties, SIDES, type Side } from '../schema.ts';
import type { DateRange } from './filter-state.ts';
import { isoToDay } from './iso-day.ts';

export type Histogram = {
  /** first day of the domain, as a day number */
  startDay: number;
  binDays: number;
  bins: Record<Side, number>[];
  /** the tallest stack, for scaling */
  max: number;
};

export function binHistogram(
  claims: readonly Pick<ClaimProperties, 'date' | 'side'>[],
  domain: DateRange,
  maxBins = 120,
): Histogram {
  const startDay = isoToDay(domain.from);
  const days = isoToDay(domain.to) - startDay + 1;
  const binDays = Math.max(1, Math.ceil(days / maxBins));
  const count = Math.max(1, Math.ceil(days / binDays));
  const bins = Array.from(
    { length: count },
    () => Object.fromEntries(SIDES.map((side) => [side, 0])) as Record<Side, number>,
  );
  let max = 0;
  for (const claim of claims) {
    const index = Math.floor((isoToDay(claim.date) - startDay) / binDays);
    const bin = bins[index];
    if (!bin) continue;
    bin[claim.side] += 1;
    const total = SIDES.reduce((sum, side) => sum + bin[side], 0);
    if (total > max) max = total;
  }
  return { startDay, binDays, bins, max };
}
