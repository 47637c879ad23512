/**
 * The first and last day any claim covers, or null when there are none. O(n).
 *
 * @example
 * dateExtent([{ properties: { date: '2024-01-02', dateEnd: '2024-01-05' } }])
 * // { from: '2024-01-02', to: '2024-01-05' }
 */
import type { ClaimProperties } from '../schema.ts';
import type { DateRange } from './filter-state.ts';

export function dateExtent(
  features: readonly { properties: Pick<ClaimProperties, 'date' | 'dateEnd'> }[],
): DateRange | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const { properties } of features) {
    const end = properties.dateEnd ?? properties.date;
    if (from === null || properties.date < from) from = properties.date;
    if (to === null || end > to) to = end;
  }
  return from === null || to === null ? null : { from, to };
}
