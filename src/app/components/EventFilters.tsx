/** Event-type toggles with counts. */
import { EVENTS } from '../../pipeline/vocabulary.ts';
import { useAppStore } from '../store/store-context.tsx';
import { FilterCheckbox } from './FilterCheckbox.tsx';
import { eventLabel } from './labels.ts';
import { useFacetCounts } from './use-facet-counts.ts';

export function EventFilters() {
  const events = useAppStore((state) => state.filters.events);
  const counts = useFacetCounts();
  const toggleEvent = useAppStore((state) => state.toggleEvent);
  return (
    <fieldset className="filter-group">
      <legend>Event</legend>
      {EVENTS.map((event) => (
        <label key={event} className="check-row">
          <FilterCheckbox value={event} checked={events.includes(event)} onToggle={toggleEvent} />
          <span className="check-name">{eventLabel(event)}</span> <span className="count">{counts.events[event]}</span>
        </label>
      ))}
    </fieldset>
  );
}
