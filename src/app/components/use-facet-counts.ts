/**
 * The claims per side, event and source under the current filters, for the filter panels.
 *
 * Past VIRTUAL_AFTER claims the counts follow the filters after the map's frame
 * (useStoreAfterFrame): the panels get the compiled filter in a follow-up and count in that
 * render, so a slider step's input task neither counts 100,000 claims (about 1 ms) nor renders
 * the panels (issue 8). Below it, the counts are those of the filters being shown.
 */
import type { FacetCounts } from '../../pipeline/filter/count-facets.ts';
import { countsUnder, selectCompiledFilter } from '../store/selectors.ts';
import { useAppStore, useAppStoreApi } from '../store/store-context.tsx';
import { useStoreAfterFrame } from '../use-after-frame.ts';
import { VIRTUAL_AFTER } from './ClaimList.tsx';

export function useFacetCounts(): FacetCounts {
  const table = useAppStore((state) => state.table);
  const filter = useStoreAfterFrame(useAppStoreApi(), selectCompiledFilter, table.count > VIRTUAL_AFTER);
  return countsUnder(table, filter);
}
