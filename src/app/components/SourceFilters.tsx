/**
 * Per-source checkboxes grouped by side, with counts, a search box, "only", all and
 * none, inside a group named "Sources" (issue 6 items 3 and 8).
 */
import { useId, useState } from 'react';
import { SIDES } from '../../pipeline/vocabulary.ts';
import { SIDE_COLORS, SIDE_LABELS } from '../palette.ts';
import { selectCounts } from '../store/selectors.ts';
import { useAppStore } from '../store/store-context.tsx';

export function SourceFilters() {
  const sources = useAppStore((state) => state.sources);
  const selected = useAppStore((state) => state.filters.sources);
  const counts = useAppStore(selectCounts);
  const setSources = useAppStore((state) => state.setSources);
  const toggleSource = useAppStore((state) => state.toggleSource);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const needle = query.trim().toLowerCase();
  const matching = sources.filter((source) => source.name.toLowerCase().includes(needle));
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
                  <input
                    type="checkbox"
                    checked={selected === null || selected.includes(name)}
                    onChange={() => toggleSource(name)}
                  />
                  <span className="check-name" title={name}>
                    {name}
                  </span>{' '}
                  <span className="count">{counts.sources.get(name) ?? 0}</span>
                </label>
                <button type="button" className="only" aria-label={`Only ${name}`} onClick={() => setSources([name])}>
                  only
                </button>
              </div>
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}
