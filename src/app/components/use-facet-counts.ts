/**
 * The claims per side, event and source under the current filters, for the filter panels.
 *
 * Past VIRTUAL_AFTER claims the counts follow the filters after the map's frame (useAfterFrame):
 * the components subscribe to the compiled filter, which is cheap, and count in their own
 * render once the follow-up comes, so a slider step's input task does not count 100,000 claims
 * (about 1 ms; issue 8). Below it, the counts are those of the filters being shown.
 */
import type { FacetCounts } from '../../pipeline/filter/count-facets.ts';
import { countsUnder, selectCompiledFilter } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';
import { useAfterFrame } from '../use-after-frame.ts';
import { VIRTUAL_AFTER } from './ClaimList.tsx';

export function useFacetCounts(): FacetCounts {
  const table = useAppStore((state) => state.table);
  const filter = useAfterFrame(useAppStore(selectCompiledFilter), table.count > VIRTUAL_AFTER);
  return countsUnder(table, filter);
}
