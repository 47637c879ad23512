/** Side toggles with counts; names begin with the side ("Russia 12"), issue 6 item 8. */
import { SIDES } from '../../pipeline/vocabulary.ts';
import { SIDE_COLORS, SIDE_LABELS } from '../palette.ts';
import { useAppStore } from '../store/store-context.tsx';
import { FilterCheckbox } from './FilterCheckbox.tsx';
import { useFacetCounts } from './use-facet-counts.ts';

export function SideFilters() {
  const sides = useAppStore((state) => state.filters.sides);
  const counts = useFacetCounts();
  const toggleSide = useAppStore((state) => state.toggleSide);
  return (
    <fieldset className="filter-group">
      <legend>Reporting side</legend>
      {SIDES.map((side) => (
        <label key={side} className="check-row">
          <FilterCheckbox value={side} checked={sides.includes(side)} onToggle={toggleSide} />
          <span className="swatch" style={{ background: SIDE_COLORS[side] }} aria-hidden="true" />
          <span className="check-name">{SIDE_LABELS[side]}</span> <span className="count">{counts.sides[side]}</span>
        </label>
      ))}
    </fieldset>
  );
}
