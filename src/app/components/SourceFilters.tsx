/**
 * Per-source checkboxes grouped by side, with counts, a search box, "only", all and
 * none, inside a group named "Sources" (issue 6 items 3 and 8).
 */
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import type { FilterState } from '../../pipeline/filter/filter-state.ts';
import { SIDES } from '../../pipeline/vocabulary.ts';
import { SIDE_COLORS, SIDE_LABELS } from '../palette.ts';
import { useAppStore } from '../store/store-context.tsx';
import { FilterCheckbox } from './FilterCheckbox.tsx';
import { useFacetCounts } from './use-facet-counts.ts';

export function SourceFilters() {
  const sources = useAppStore((state) => state.sources);
  const selected = useAppStore((state) => state.filters.sources);
  // Counts change on every slider step; past a few hundred claims they follow after the map's
  // frame (useFacetCounts), and hundreds of rows re-render at low priority (issue 8).
  const counts = useDeferredValue(useFacetCounts());
  const setSources = useAppStore((state) => state.setSources);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const needle = query.trim().toLowerCase();
  const matching = useMemo(
    () => sources.filter((source) => source.name.toLowerCase().includes(needle)),
    [sources, needle],
  );
  return (
    <fieldset className="filter-group sources">
      <legend>Sources</legend>
      <div className="source-tools">
        <label htmlFor={searchId} className="visually-hidden">
          Search sources
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search sources"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="button" onClick={() => setSources(null)}>
          All
        </button>
        <button type="button" onClick={() => setSources([])}>
          None
        </button>
      </div>
      {matching.length === 0 && <p className="muted">No source matches “{query}”.</p>}
      <SourceRows matching={matching} selected={selected} counts={counts.sources} />
    </fieldset>
  );
}

type SourceRowsProps = {
  matching: readonly { name: string; side: (typeof SIDES)[number] }[];
  selected: FilterState['sources'];
  counts: ReadonlyMap<string, number>;
};

/** The checkboxes, grouped by side: re-rendered only when their inputs change. */
const SourceRows = memo(function SourceRows({ matching, selected, counts }: SourceRowsProps) {
  const setSources = useAppStore((state) => state.setSources);
  const toggleSource = useAppStore((state) => state.toggleSource);
  return (
    <>
      {SIDES.map((side) => {
        const group = matching.filter((source) => source.side === side);
        if (group.length === 0) return null;
        return (
          <div key={side} className="source-side">
            <h3 className="source-side-title">
              <span className="swatch" style={{ background: SIDE_COLORS[side] }} aria-hidden="true" />
              {SIDE_LABELS[side]}
            </h3>
            {group.map(({ name }) => (
              <div key={name} className="check-row source-row">
                <label>
                  <FilterCheckbox
                    value={name}
                    checked={selected === null || selected.includes(name)}
                    onToggle={toggleSource}
                  />
                  <span className="check-name" title={name}>
                    {name}
                  </span>{' '}
                  <span className="count">{counts.get(name) ?? 0}</span>
                </label>
                <button type="button" className="only" aria-label={`Only ${name}`} onClick={() => setSources([name])}>
                  only
                </button>
              </div>
            ))}
          </div>
        );
      })}
    </>
  );
});
