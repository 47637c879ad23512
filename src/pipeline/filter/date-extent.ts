/**
 * The first and last day any claim covers, or null when there are none. O(n).
 *
 * @example
 * dateExtent(table) // { from: '2022-09-10', to: '2024-08-17' }
 */
import type { ClaimTable } from './claim-table.ts';
import type { DateRange } from './filter-state.ts';
import { dayToIso } from './iso-day.ts';

export function dateExtent(table: Pick<ClaimTable, 'count' | 'day' | 'dayEnd'>): DateRange | null {
  if (table.count === 0) return null;
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (let row = 0; row < table.count; row += 1) {
    from = Math.min(from, table.day[row] ?? from);
    to = Math.max(to, table.dayEnd[row] ?? to);
  }
  return { from: dayToIso(from), to: dayToIso(to) };
}
